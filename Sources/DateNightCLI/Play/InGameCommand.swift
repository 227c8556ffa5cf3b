/// What a player can type at any prompt instead of an answer, in either front end (plain
/// lines or the live terminal): one parser, one list, one help text.
enum InGameCommand: Equatable {
    case pass
    case skip
    case pause
    case progress
    case help
    case quit
    case unknown(String)

    /// For Tab completion.
    static let all = ["/help", "/pass", "/skip", "/pause", "/progress", "/quit"]

    static let explained: [(command: String, meaning: String)] = [
        ("/pass", "let this one go (always fine; Enter on an empty answer passes too, except where you talk it through)"),
        ("/skip", "skip this one; during a timer, press s or Enter"),
        ("/pause", "take a break: the game waits until you're ready"),
        ("/progress", "how far you've come in this scene"),
        ("/quit", "stop for tonight (Ctrl-D does the same)"),
        ("/help", "this list"),
    ]

    static let keysLine = "Tab completes commands and choices; the up arrow brings back what you typed earlier."

    static let careLine = "This is a game, not therapy. If something heavy comes up, it's fine to stop here, "
        + "and talking it through with a couples counsellor is always an option."

    /// Nil when the text is an answer, not a command.
    init?(_ text: String) {
        let typed = text.trimmingWhitespace()
        guard typed.hasPrefix("/"), !typed.hasPrefix("//") else { return nil }
        let name = typed.dropFirst().lowercased()
        switch name {
        case "pass", "p": self = .pass
        case "skip", "s": self = .skip
        case "pause": self = .pause
        case "progress": self = .progress
        case "help", "h", "?": self = .help
        case "quit", "q", "exit": self = .quit
        default:
            // "/ no idea" reads as an answer that happens to start with a slash.
            guard !name.contains(" ") else { return nil }
            self = .unknown(String(name.prefix(20)))
        }
    }
}
