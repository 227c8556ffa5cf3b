/// Something inside braces in scene text that the engine fills in as it plays.
public enum Placeholder: Hashable, Sendable {
    case player(PlayerSlot)
    case active
    case partner
    case variable(String)
    case answer(key: String, owner: AnswerOwner)
    /// The couple's most recent answer to `key` in an earlier session, in `scene` (nil: the
    /// scene whose text holds the placeholder).
    case remembered(Memory.Key, owner: AnswerOwner)
    case question

    /// Whose answer a placeholder quotes.
    public enum AnswerOwner: String, Hashable, Sendable, CaseIterable {
        case player1, player2, active, partner, both
    }

    /// Parses the UTF-8 text between the braces; nil when it names nothing the format knows.
    /// The names without parts, most of those in a scene, are told from their bytes, with no
    /// string made for them.
    init?(parsing name: UnsafeBufferPointer<UInt8>) {
        func named(_ literal: StaticString) -> Bool { literal.withUTF8Buffer { $0.elementsEqual(name) } }
        if named("player1") {
            self = .player(.first)
        } else if named("player2") {
            self = .player(.second)
        } else if named("active") {
            self = .active
        } else if named("partner") {
            self = .partner
        } else {
            self.init(parsing: String(decoding: name, as: UTF8.self))
        }
    }

    /// Parses the text between the braces; nil when it names nothing the format knows.
    public init?(parsing name: String) {
        switch name {
        case "player1": self = .player(.first)
        case "player2": self = .player(.second)
        case "active": self = .active
        case "partner": self = .partner
        case "question": self = .question
        default:
            // Split on the byte, not the Character: every name the format knows is ASCII, and
            // splitting by Character walked grapheme boundaries (10,000 instructions a name).
            let parts = name.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            if parts.count == 2, parts[0] == "var", Identifier.isValid(parts[1]) {
                self = .variable(parts[1])
            } else if parts.count == 3, parts[0] == "answer", Identifier.isValid(parts[1]),
                      let owner = AnswerOwner(rawValue: parts[2]) {
                self = .answer(key: parts[1], owner: owner)
            } else if parts.count == 3, parts[0] == "last", let key = Memory.Key(parsing: parts[1]),
                      let owner = AnswerOwner(rawValue: parts[2]) {
                self = .remembered(key, owner: owner)
            } else {
                return nil
            }
        }
    }
}
