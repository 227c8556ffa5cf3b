/// A variable's value. Scenes keep variables small and explicit: text, whole numbers and flags.
public enum Value: Hashable, Sendable {
    case string(String)
    case integer(Int)
    case boolean(Bool)

    public var typeName: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .boolean: "a boolean"
        }
    }

    /// How the value reads inside text, e.g. `{var.rounds}`.
    public var displayText: String {
        switch self {
        case .string(let text): text
        case .integer(let number): String(number)
        case .boolean(let flag): flag ? "yes" : "no"
        }
    }

    func hasSameType(as other: Value) -> Bool {
        switch (self, other) {
        case (.string, .string), (.integer, .integer), (.boolean, .boolean): true
        default: false
        }
    }
}

// Saved as a bare JSON value so a save file reads like the scene that produced it.
extension Value: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = .boolean(flag)
        } else if let number = try? container.decode(Int.self) {
            self = .integer(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .integer(let number): try container.encode(number)
        case .boolean(let flag): try container.encode(flag)
        }
    }
}
