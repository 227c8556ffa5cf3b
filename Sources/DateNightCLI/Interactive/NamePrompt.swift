import TerminalKit

/// Asks who is playing, offering last time's names. The first name given starts.
struct NamePrompt {
    let screen: ScreenWriter
    let keyboard: Keyboard

    /// Both names; nil when the players leave instead (Ctrl-D, /quit).
    func ask(offering last: Players?) -> Players? {
        screen.blank()
        screen.say("Who's playing tonight?", .bold)
        if let last {
            screen.note("Last time: \(last.first) and \(last.second). Press Enter to play as them again, or type a new first name.")
        } else {
            screen.note("Two first names, or nicknames. Whoever goes first starts.")
        }
        screen.blank()
        let offered = last.map { [$0.first, $0.second] } ?? []
        guard let first = name("First player › ", offered: offered, emptyMeans: last) else { return nil }
        if case .keep(let players) = first {
            screen.say("Welcome back, \(players.first) and \(players.second).")
            return players
        }
        guard case .name(let firstName) = first else { return nil }
        while true {
            guard case .name(let secondName)? = name("Second player › ", offered: offered, emptyMeans: nil) else { return nil }
            switch Players.make(first: firstName, second: secondName) {
            case .success(let players):
                return players
            case .failure(let problem):
                // The same rule as --players, in the same words, kindly.
                screen.note("Two people called \(secondName)! \(problem.sentence)")
            }
        }
    }

    private enum Given {
        case name(String)
        case keep(Players)
    }

    private func name(_ prompt: String, offered: [String], emptyMeans keep: Players?) -> Given? {
        while true {
            guard case .line(let text) = keyboard.ask(prompt, completions: offered + ["/quit"]) else { return nil }
            let typed = text.trimmingWhitespace()
            if let command = InGameCommand(typed) {
                if command == .quit { return nil }
                screen.note("Type a first name and press Enter. /quit leaves.")
                continue
            }
            if typed.isEmpty {
                if let keep { return .keep(keep) }
                screen.note("A name, please; a nickname is fine.")
                continue
            }
            switch Players.checked(typed) {
            case .success(let name):
                return .name(name)
            case .failure(let problem):
                screen.note(problem.sentence)
            }
        }
    }
}
