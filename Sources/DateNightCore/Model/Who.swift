/// Who acts at a node, relative to whose turn it is.
public enum Who: String, Codable, Sendable, CaseIterable {
    /// The player whose turn it is.
    case active
    /// The other player.
    case partner
    /// The active player, then the partner, each on their own.
    case each
    /// The two together: one shared answer or decision.
    case both
}
