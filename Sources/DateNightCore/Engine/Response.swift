/// What one player gave at one prompt or choice.
public enum Response: Hashable, Sendable, Codable {
    case text(String)
    case passed
    /// Said out loud rather than typed, with an optional note to remember it by.
    case spoken(String)
    /// A timed answer whose countdown ran out; the words typed by then.
    case timeUp(String)

    public var isPass: Bool { self == .passed }

    /// Whether there are words to quote: a typed answer, a note, or what was typed before time ran out.
    public var hasWords: Bool {
        switch self {
        case .text(let text), .timeUp(let text), .spoken(let text): !text.isEmpty
        case .passed: false
        }
    }
}

extension Response {
    /// The response's kind as saves and machine outputs name it: one mapping for every format.
    public enum Kind: String, CaseIterable, Sendable, Codable {
        case text, passed, timeUp, spoken
    }

    public var kind: Kind {
        switch self {
        case .text: .text
        case .passed: .passed
        case .timeUp: .timeUp
        case .spoken: .spoken
        }
    }

    /// The words given with the response; nil for a pass.
    public var words: String? {
        switch self {
        case .text(let text), .timeUp(let text), .spoken(let text): text
        case .passed: nil
        }
    }

    public init(kind: Kind, words: String?) {
        switch kind {
        case .text: self = .text(words ?? "")
        case .passed: self = .passed
        case .timeUp: self = .timeUp(words ?? "")
        case .spoken: self = .spoken(words ?? "")
        }
    }
}
