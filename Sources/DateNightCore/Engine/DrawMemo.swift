import Synchronization

/// Rounds already drawn, for the explorer: it reaches the same draw (the same deck node, visit,
/// seed and questions drawn before) on many paths, and a draw shuffles the whole deck. A draw
/// depends on nothing else, so the remembered round is the one that would be drawn.
final class DrawMemo: Sendable {
    struct Key: Hashable, Sendable {
        var sceneID: String
        var nodeID: String
        var visit: Int
        var seed: UInt64
        var drawnBefore: [String]
        var explored: Set<String>
    }

    private let rounds = Mutex<[Key: [String]]>([:])

    /// The ids of the round `key` draws, from `draw` the first time.
    func questions(for key: Key, draw: () -> [String]) -> [String] {
        if let known = rounds.withLock({ $0[key] }) { return known }
        let drawn = draw()
        rounds.withLock { $0[key] = drawn }
        return drawn
    }
}
