/// Commands a player can type at any prompt instead of an answer.
enum InGameCommand: Equatable {
    case pass
    case quit
    case help
    case unknown(String)

    static let all = ["/pass", "/help", "/quit"]

    static let helpLines = [
        "  /pass   let this one go (always fine; an empty answer passes too)",
        "  /quit   stop here",
        "  /help   this list",
    ]

    /// Nil when the text is an answer, not a command.
    init?(_ text: String) {
        guard text.hasPrefix("/"), !text.hasPrefix("//") else { return nil }
        let name = text.dropFirst().lowercased()
        switch name {
        case "pass", "p": self = .pass
        case "quit", "q", "exit": self = .quit
        case "help", "h", "?": self = .help
        default:
            guard !name.contains(" ") else { return nil }
            self = .unknown(String(name.prefix(20)))
        }
    }
}
