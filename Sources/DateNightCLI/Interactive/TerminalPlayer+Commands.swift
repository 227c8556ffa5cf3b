import DateNightCore
import TerminalKit

extension TerminalPlayer {
    /// What an in-game command means for the prompt it was typed at.
    enum CommandResult {
        /// Let this one go.
        case pass
        /// Stop for tonight.
        case leave
        /// Ask again, showing the question once more (after a pause, which may have been long).
        case again
        /// Ask again as it is.
        case stay
    }

    func handle(_ command: TerminalCommand) -> CommandResult {
        switch command {
        case .pass, .skip:
            return .pass
        case .quit:
            return .leave
        case .help:
            showHelp()
            return .again
        case .progress:
            showProgress()
            return .stay
        case .pause:
            return pause() ? .again : .leave
        case .unknown(let name):
            screen.note("(There's no /\(name) here; /help lists what you can type.)")
            return .stay
        }
    }

    func showHelp() {
        screen.blank()
        let width = (TerminalCommand.explained.map { $0.command.count }.max() ?? 0) + 2
        for entry in TerminalCommand.explained {
            screen.hanging(entry.meaning, lead: "  " + entry.command + String(repeating: " ", count: width - entry.command.count))
        }
        screen.blank()
        screen.note(TerminalCommand.keysLine)
        screen.blank()
        screen.say(TerminalCommand.careLine)
        screen.blank()
    }

    func showProgress() {
        let progress = session.interpreter.progress
        let step = progress.stepsDone + 1
        let total = progress.estimatedTotal.map { " of about \($0)" } ?? ""
        screen.say("You're on step \(step)\(total) of \(session.sceneTitle).")
        if !screen.plain, let estimate = progress.estimatedTotal, estimate > 0 {
            let bar = ProgressBar.render(fraction: Double(progress.stepsDone) / Double(estimate), cells: 20, glyphs: screen.glyphs)
            screen.raw("  " + bar + "\n")
        }
    }

    /// A calm stop in the middle of anything; false if they decided to leave instead.
    func pause() -> Bool {
        screen.blank()
        screen.say("Paused.", .bold)
        screen.say("Take all the time you need. Press Enter when you're ready to go on.")
        screen.blank()
        while true {
            switch keyboard.ask(style.dim("paused") + " › ", completions: ["/quit"]) {
            case .leave: return false
            case .line(let text):
                if TerminalCommand(text) == .quit { return false }
                screen.blank()
                return true
            case .timeUp: return true
            }
        }
    }

    /// After narration that asks for a moment (`pause: true`): Enter goes on.
    func waitForEnter() -> Bool {
        while true {
            switch keyboard.ask(style.dim("Press Enter to go on") + " › ", completions: TerminalCommand.all) {
            case .leave: return false
            case .timeUp: return true
            case .line(let text):
                guard let command = TerminalCommand(text) else { return true }
                switch handle(command) {
                case .leave: return false
                case .pass: return true
                case .again, .stay: continue
                }
            }
        }
    }
}
