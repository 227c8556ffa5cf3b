/// The histories a couple can bring to a scene that recalls earlier sessions, for the
/// explorer: no earlier answer (a first visit), each recalled key alone, and every one of
/// them, each with every count of finished sessions a condition tells apart. Not every subset
/// of keys: the validator already makes sure each quote is guarded by its own key, and one key
/// at a time reaches the paths for "this but not that".
struct EarlierSessions {
    /// Each remembered key with its scene spelled out.
    private(set) var keys: Set<Memory.Key> = []
    /// Every count of finished sessions some condition compares against, with 0.
    private var counts: Set<Int> = [0]
    /// The scenes those conditions count.
    private(set) var finishedScenes: Set<String> = []

    init(scenes: [Scene]) {
        for scene in scenes {
            for node in scene.nodes.values {
                for template in node.body.templates {
                    keys.formUnion(template.rememberedKeys.map { $0.qualified(in: scene.id) })
                }
                for condition in node.body.conditions {
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
        let sorted = keys.sorted { ($0.scene ?? "", $0.key) < ($1.scene ?? "", $1.key) }
        let answerSets = [[:]] + (sorted.count > 1 ? sorted.map { answers(for: [$0]) } : []) + (sorted.isEmpty ? [] : [answers(for: sorted)])
        return answerSets.flatMap { answers in
            counts.sorted().map { count in
                Memory(answers: answers, finished: Dictionary(uniqueKeysWithValues: finishedScenes.map { ($0, count) }))
            }
        }
    }

    private func answers(for keys: [Memory.Key]) -> [String: [String: EngineState.Answers]] {
        var answers: [String: [String: EngineState.Answers]] = [:]
        let earlier = Response.text("an earlier answer")
        for key in keys {
            answers[key.scene ?? "", default: [:]][key.key] = .init(first: earlier, second: earlier, both: earlier, latest: nil)
        }
        return answers
    }
}
