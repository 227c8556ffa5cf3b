/// The nodes from which play can still come to something that recalls earlier sessions: a
/// `{last...}` quote, or a `remembered` or `finished` condition. Past them, two sessions that
/// differ only in what they remember go on alike, so the explorer merges them.
struct MemoryReach {
    /// "scene/node" for every node that recalls, or leads (through calls too) to one that does.
    private var leading: Set<String> = []

    init(scenes: [Scene]) {
        let byID = Dictionary(scenes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var predecessors: [String: [String]] = [:]
        var recalling: [String] = []
        for scene in scenes {
            for node in scene.nodes.values {
                let here = "\(scene.id)/\(node.id)"
                if Self.recalls(node.body) { recalling.append(here) }
                var next = node.body.targets.map { "\(scene.id)/\($0.target)" }
                if case .call(let call) = node.body, case .scene(let target) = call.target, let callee = byID[target.target] {
                    next.append("\(callee.id)/\(callee.start.target)")
                }
                for target in next { predecessors[target, default: []].append(here) }
            }
        }
        var stack = recalling
        while let id = stack.popLast() {
            guard leading.insert(id).inserted else { continue }
            stack.append(contentsOf: predecessors[id] ?? [])
        }
    }

    /// Whether anything ahead of this moment, or after a call in progress returns, may recall.
    func canStillRecall(_ state: EngineState) -> Bool {
        guard !leading.isEmpty else { return false }
        let places = (state.position.map { [($0.scene, $0.node)] } ?? []) + state.stack.map { ($0.scene, $0.node) }
        return places.contains { leading.contains("\($0.0)/\($0.1)") }
    }

    private static func recalls(_ body: Node.Body) -> Bool {
        if body.templates.contains(where: { !$0.rememberedKeys.isEmpty }) { return true }
        let conditions: [Condition]
        switch body {
        case .choice(let choice): conditions = choice.options.compactMap(\.condition)
        case .branch(let branch): conditions = branch.cases.map(\.condition)
        default: conditions = []
        }
        return conditions.contains { !$0.rememberedKeys.isEmpty || !$0.finishedCounts.isEmpty }
    }
}
