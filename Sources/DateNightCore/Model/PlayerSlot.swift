/// One of the two people at the keyboard, by the order their names were given.
public enum PlayerSlot: Int, Codable, Sendable, CaseIterable {
    case first = 0
    case second = 1

    public var other: PlayerSlot { self == .first ? .second : .first }
}
