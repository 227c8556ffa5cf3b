/// What one player gave at one prompt or choice.
public enum Response: Hashable, Sendable, Codable {
    case text(String)
    case passed
    /// A timed answer whose countdown ran out; the words typed by then.
    case timeUp(String)

    /// How the response reads when quoted or revealed.
    public var displayText: String {
        switch self {
        case .text(let text): text
        case .passed: "(passed)"
        case .timeUp(let text): text.isEmpty ? "(time ran out)" : text
        }
    }

    public var isPass: Bool { self == .passed }
}
