/// The nodes from which play can still come to something that recalls earlier sessions: a
/// `{last...}` quote, or a `remembered` or `finished` condition. Past them, two sessions that
/// differ only in what they remember go on alike, so the explorer merges them.
struct MemoryReach {
    private struct Place: Hashable {
        var scene: String
        var node: String
    }

    /// Every node that recalls, or leads (through calls too) to one that does.
    private var leading: Set<Place> = []

    /// `keys` (scene spelled out) and `finishedScenes` are what the explored histories differ in.
    init(scenes: [Scene], keys: Set<Memory.Key>, finishedScenes: Set<String>) {
        let byID = Dictionary(scenes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var predecessors: [Place: [Place]] = [:]
        var recalling: [Place] = []
        for scene in scenes {
            for node in scene.nodes.values {
                let here = Place(scene: scene.id, node: node.id)
                if Self.recalls(node.body, in: scene.id, keys: keys, finishedScenes: finishedScenes) { recalling.append(here) }
                var next = node.body.targets.map { Place(scene: scene.id, node: $0.target) }
                if case .call(let call) = node.body, case .scene(let target) = call.target, let callee = byID[target.target] {
                    next.append(Place(scene: callee.id, node: callee.start.target))
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
        if let position = state.position, leading.contains(Place(scene: position.scene, node: position.node)) { return true }
        return state.stack.contains { leading.contains(Place(scene: $0.scene, node: $0.node)) }
    }

    private static func recalls(_ body: Node.Body, in sceneID: String, keys: Set<Memory.Key>, finishedScenes: Set<String>) -> Bool {
        let quoted = body.templates.flatMap(\.rememberedKeys) + body.conditions.flatMap { $0.rememberedKeys.map(\.key) }
        if quoted.contains(where: { keys.contains($0.qualified(in: sceneID)) }) { return true }
        return body.conditions.contains { $0.finishedCounts.contains { finishedScenes.contains($0.scene.id) } }
    }

    /// "scene/node" for the nodes of `scene` that only a couple with a history there can
    /// reach: past a branch case or an option that needs an earlier answer or a finished visit.
    static func onlyOnReturnVisits(in scene: Scene) -> Set<String> {
        var firstVisit: Set<String> = []
        var stack = [scene.start.target]
        while let id = stack.popLast() {
            guard firstVisit.insert(id).inserted, let node = scene.nodes[id] else { continue }
            // An edge is closed to a first visit when it needs a condition that needs history,
            // or needs one to fail that holds without it.
            for edge in node.body.edges where edge.role != .play
                && !edge.holds.contains(where: \.needsHistory) && !edge.fails.contains(where: \.holdsWithoutHistory) {
                stack.append(edge.target.target)
            }
        }
        return Set(scene.nodeOrder.filter { !firstVisit.contains($0) }.map { "\(scene.id)/\($0)" })
    }
}

extension Condition {
    /// Certain to fail for a couple with no earlier sessions.
    var needsHistory: Bool {
        switch self {
        case .remembered: true
        case .finishedAtLeast(_, let bound): bound >= 1
        case .finishedBelow(_, let bound): bound <= 0
        case .all(let parts): parts.contains(where: \.needsHistory)
        case .any(let parts): parts.allSatisfy(\.needsHistory)
        case .not(let inner): inner.holdsWithoutHistory
        case .equals, .notEquals, .atLeast, .below, .answered: false
        }
    }

    /// Certain to hold for a couple with no earlier sessions.
    var holdsWithoutHistory: Bool {
        switch self {
        case .finishedAtLeast(_, let bound): bound <= 0
        case .finishedBelow(_, let bound): bound >= 1
        case .all(let parts): parts.allSatisfy(\.holdsWithoutHistory)
        case .any(let parts): parts.contains(where: \.holdsWithoutHistory)
        case .not(let inner): inner.needsHistory
        case .equals, .notEquals, .atLeast, .below, .answered, .remembered: false
        }
    }
}
