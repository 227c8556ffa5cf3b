import LocatedJSON

/// A scene's nodes numbered in file order, each node's parts made once and every edge resolved
/// to a number once, so the validator's checks walk arrays instead of hashing id strings and
/// copying nodes out of `Scene.nodes` at every step: a large scene's checks stay linear and cheap.
struct NumberedNodes {
    /// Node ids by number: `Scene.nodeOrder`.
    let ids: [String]
    /// Where each node starts in the file, by number. (The nodes themselves are not copied:
    /// a copy of every node was an eighth of the peak memory of a large scene.)
    let positions: [SourcePosition]
    /// Each node's parts by number; their edges only until `releaseEdges()`.
    private(set) var parts: [Node.Parts]
    /// Per node, whether it finishes its part of the graph (has no edge out).
    let finishes: [Bool]
    /// The number of each node id.
    let numbers: [String: Int]
    /// Per node, the nodes its `targets` lead to (a target with no node is left out).
    let successors: [[Int]]
    /// Per node, the nodes its `continuations` lead to (a target with no node is left out).
    let continuations: [[Int]]

    init(_ scene: Scene) {
        var ids: [String] = []
        var positions: [SourcePosition] = []
        var parts: [Node.Parts] = []
        var numbers: [String: Int] = [:]
        ids.reserveCapacity(scene.nodeOrder.count)
        positions.reserveCapacity(scene.nodeOrder.count)
        parts.reserveCapacity(scene.nodeOrder.count)
        numbers.reserveCapacity(scene.nodeOrder.count)
        for id in scene.nodeOrder {
            guard let node = scene.nodes[id] else { continue }
            numbers[id] = ids.count
            ids.append(id)
            positions.append(node.position)
            parts.append(node.body.parts)
        }
        var successors: [[Int]] = []
        var continuations: [[Int]] = []
        successors.reserveCapacity(ids.count)
        continuations.reserveCapacity(ids.count)
        finishes = parts.map(\.finishes)
        for own in parts {
            var targets: [Int] = []
            var onward: [Int] = []
            for edge in own.edges where edge.role != .play {
                guard let target = numbers[edge.target.target] else { continue }
                targets.append(target)
                if edge.role.continues { onward.append(target) }
            }
            successors.append(targets)
            continuations.append(onward)
        }
        self.ids = ids
        self.positions = positions
        self.parts = parts
        self.numbers = numbers
        self.successors = successors
        self.continuations = continuations
    }

    /// Frees every node's edges, which the whole-graph checks read as numbers: on a large
    /// scene the edges are the bulk of the parts, and the checks after the first build tables
    /// of their own.
    mutating func releaseEdges() {
        for number in parts.indices { parts[number].edges = [] }
    }

    var count: Int { ids.count }

    /// The node numbers in file order.
    var indices: Range<Int> { 0 ..< ids.count }
}
