import Foundation

/// Two players as memory knows them: the same two names in either order, ignoring case and
/// the spaces around them. "Maya, Jonah" and "jonah, maya" are one couple; Maya with anyone
/// else is another, who never sees what these two said.
public struct Couple: Hashable, Sendable {
    /// The names as this session gives them, player 1 first.
    public let players: (String, String)
    private let folded: (String, String)

    public init(_ first: String, _ second: String) {
        players = (first, second)
        folded = (Self.fold(first), Self.fold(second))
    }

    public static func == (lhs: Couple, rhs: Couple) -> Bool {
        lhs.matches(rhs.players.0, rhs.players.1)
    }

    public func hash(into hasher: inout Hasher) {
        let names = [folded.0, folded.1].sorted()
        hasher.combine(names[0])
        hasher.combine(names[1])
    }

    /// Whether a session played by these names (in its order) was this couple.
    public func matches(_ first: String, _ second: String) -> Bool {
        order(of: first, second) != nil
    }

    /// How a session's player order lines up with this couple's: `.same` when its player 1 is
    /// this couple's player 1, `.swapped` when the names come the other way round, nil when it
    /// was another pair.
    public func order(of first: String, _ second: String) -> Order? {
        let other = (Self.fold(first), Self.fold(second))
        if other == folded { return .same }
        if other == (folded.1, folded.0) { return .swapped }
        return nil
    }

    public enum Order: Sendable {
        case same, swapped
    }

    private static func fold(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
