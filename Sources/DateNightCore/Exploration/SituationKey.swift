/// What decides how play can go on from a moment: not the words of answers, nor which
/// questions were drawn, only where play is and what conditions could see (earlier sessions
/// included, until nothing ahead recalls them).
struct SituationKey: Hashable {
    var position: EngineState.Position?
    var stack: [EngineState.Frame]
    var variables: [String: [String: Value]]
    var active: PlayerSlot
    /// Per scene and answer key, for each player and "both": absent (nil) or present (true);
    /// and the latest response: passed (false) or answered (true) for keys a condition tests,
    /// which is all `answered` reads (whose pass it was changes only the words shown).
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
        // A scene that is neither playing nor waiting for a call to return starts afresh when
        // it is called again (the interpreter resets its variables and answers), so what it
        // left behind cannot change what happens next.
        let live = Set(state.stack.map(\.scene) + [state.position?.scene].compactMap { $0 })
        variables = Dictionary(uniqueKeysWithValues: state.variables.filter { live.contains($0.key) }.map { sceneID, values in
            (sceneID, Dictionary(uniqueKeysWithValues: values.compactMap { name, value in
                relevance.significant(name, sceneID: sceneID, value).map { (name, $0) }
            }))
        })
        active = state.active
        answers = Dictionary(uniqueKeysWithValues: state.answers.filter { live.contains($0.key) }.map { sceneID, keys in
            let tested = conditionKeys[sceneID] ?? []
            return (sceneID, Dictionary(uniqueKeysWithValues: keys.map { key, answers in
                // Placeholders only need an answer to exist (a pass quotes as a pass); an
                // `answered` condition reads the latest response alone. So only `latest` of a
                // tested key keeps the answered-or-passed difference.
                (key, [answers.first, answers.second, answers.both].map { $0.map { _ in true } }
                    + [answers.latest.map { tested.contains(key) ? !$0.isPass : true }])
            }))
        })
    }
}
