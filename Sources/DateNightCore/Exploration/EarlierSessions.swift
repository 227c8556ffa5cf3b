/// The histories a couple can bring to a scene that recalls earlier sessions, for the
/// explorer: none at all (a first visit), every answer the scenes recall, and each count of
/// finished sessions a condition tells apart, in each combination. Earlier answers are all
/// present or all absent: the validator already makes sure each quote is guarded by its own key.
struct EarlierSessions {
    /// Each remembered key with its scene spelled out.
    private var keys: Set<Memory.Key> = []
    /// Every count of finished sessions some condition compares against, with 0.
    private var counts: Set<Int> = [0]
    /// The scenes those conditions count.
    private var finishedScenes: Set<String> = []

    init(scenes: [Scene]) {
        for scene in scenes {
            for node in scene.nodes.values {
                for template in node.body.templates {
                    keys.formUnion(template.rememberedKeys.map { $0.qualified(in: scene.id) })
                }
                for condition in Self.conditions(of: node.body) {
                    keys.formUnion(condition.rememberedKeys.map { $0.key.qualified(in: scene.id) })
                    for (name, bound) in condition.finishedCounts {
                        finishedScenes.insert(name.id)
                        counts.insert(bound)
                        if bound > 0 { counts.insert(bound - 1) }
                    }
                }
            }
        }
    }

    var variants: [Memory] {
        let answerSets: [[String: [String: EngineState.Answers]]] = keys.isEmpty ? [[:]] : [[:], rememberedAnswers]
        return answerSets.flatMap { answers in
            counts.sorted().map { count in
                Memory(answers: answers, finished: Dictionary(uniqueKeysWithValues: finishedScenes.map { ($0, count) }))
            }
        }
    }

    private var rememberedAnswers: [String: [String: EngineState.Answers]] {
        var answers: [String: [String: EngineState.Answers]] = [:]
        let earlier = Response.text("an earlier answer")
        for key in keys {
            answers[key.scene ?? "", default: [:]][key.key] = .init(first: earlier, second: earlier, both: earlier, latest: nil)
        }
        return answers
    }

    private static func conditions(of body: Node.Body) -> [Condition] {
        switch body {
        case .choice(let choice): choice.options.compactMap(\.condition)
        case .branch(let branch): branch.cases.map(\.condition)
        default: []
        }
    }
}
