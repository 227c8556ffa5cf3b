import TerminalKit

/// What `datenight` alone opens: a short, calm list of what to do.
struct MainMenu {
    enum Choice: Equatable {
        case start
        case resume
        case progress
        case quit
    }

    let screen: ScreenWriter
    let keyboard: Keyboard

    /// The entries on offer, in order; resume only when there is a session to carry on.
    static func entries(resumeNote: String?) -> [(Choice, String)] {
        var entries: [(Choice, String)] = [(.start, "Start a date night")]
        if let resumeNote { entries.append((.resume, "Carry on where you stopped (\(resumeNote))")) }
        entries.append((.progress, "Your progress together"))
        entries.append((.quit, "That's us for tonight"))
        return entries
    }

    /// - Parameter resumeNote: what the session to carry on is, when there is one.
    func choose(resumeNote: String?, greet: Bool) -> Choice {
        let entries = Self.entries(resumeNote: resumeNote)
        if greet {
            screen.blank()
            screen.say("datenight", .bold)
            screen.note("A little time for the two of you.")
        }
        screen.blank()
        for (index, entry) in entries.enumerated() {
            screen.hanging(entry.1, lead: "  \(index + 1). ")
        }
        screen.blank()
        let labels = entries.map(\.1)
        while true {
            guard case .line(let text) = keyboard.ask("What would you like? › ", completions: labels + ["/quit"]) else { return .quit }
            let typed = text.trimmingWhitespace().lowercased()
            if typed.isEmpty {
                screen.note("Type a number from 1 to \(entries.count).")
                continue
            }
            if let command = InGameCommand(typed) {
                if command == .quit { return .quit }
                screen.note("Type a number from the list, or the start of what you'd like.")
                continue
            }
            if ["q", "quit", "exit", "bye"].contains(typed) { return .quit }
            if let number = ChoiceMatcher.match(typed, options: labels) { return entries[number - 1].0 }
            screen.note("Type a number from 1 to \(entries.count).")
        }
    }
}
