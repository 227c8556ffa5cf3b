/// What decides how play can go on from a moment: not the words of answers, nor which
/// questions were drawn, only where play is and what conditions could see (earlier sessions
/// included, until nothing ahead recalls them).
struct SituationKey: Hashable {
    var position: EngineState.Position?
    var stack: [EngineState.Frame]
    var variables: [String: [String: Value]]
    var active: PlayerSlot
    /// Per scene and answer key, for each player and "both": absent (nil), passed (false) or
    /// answered (true) for keys a condition tests; absent or present for the rest.
    var answers: [String: [String: [Bool?]]]
    /// What the couple brought from earlier sessions, while some node still to come recalls it.
    var memory: Memory?

    init(_ game: Interpreter, conditionKeys: [String: Set<String>], relevance: VariableRelevance, recalling: MemoryReach) {
        let state = game.state
        memory = recalling.canStillRecall(state) ? state.memory : nil
        position = state.position.map { position in
            var normalised = position
            normalised.round = position.round.map { .init(questions: Array(repeating: "", count: $0.questions.count), index: $0.index) }
            return normalised
        }
        stack = state.stack.map { frame in
            var normalised = frame
            normalised.round = frame.round.map { .init(questions: Array(repeating: "", count: $0.questions.count), index: $0.index) }
            return normalised
        }
        variables = Dictionary(uniqueKeysWithValues: state.variables.map { sceneID, values in
            (sceneID, Dictionary(uniqueKeysWithValues: values.compactMap { name, value in
                relevance.significant(name, sceneID: sceneID, value).map { (name, $0) }
            }))
        })
        active = state.active
        answers = Dictionary(uniqueKeysWithValues: state.answers.map { sceneID, keys in
            let tested = conditionKeys[sceneID] ?? []
            return (sceneID, Dictionary(uniqueKeysWithValues: keys.map { key, answers in
                (key, [answers.first, answers.second, answers.both, answers.latest].map { response in
                    response.map { tested.contains(key) ? !$0.isPass : true }
                })
            }))
        })
    }
}
