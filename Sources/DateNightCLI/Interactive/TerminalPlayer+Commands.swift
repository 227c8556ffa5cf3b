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

    func handle(_ command: InGameCommand) -> CommandResult {
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
            screen.note(Wording.unknownCommand(name))
            return .stay
        }
    }

    func showHelp() {
        screen.blank()
        let width = (InGameCommand.explained.map { $0.command.count }.max() ?? 0) + 2
        for entry in InGameCommand.explained {
            screen.hanging(entry.meaning, lead: "  " + entry.command + String(repeating: " ", count: width - entry.command.count))
        }
        screen.blank()
        screen.note(InGameCommand.keysLine)
        screen.blank()
        screen.say(InGameCommand.careLine)
        screen.blank()
    }

    func showProgress() {
        let percent = Int((meter.shown * 100).rounded(.down))
        screen.say(Wording.progress(title: session.sceneTitle, percent: percent, place: session.interpreter.roundPlace))
        if !screen.plain {
            screen.raw("  " + ProgressBar.render(fraction: meter.shown, cells: 20, glyphs: screen.glyphs) + "\n")
        }
    }

    /// A calm stop in the middle of anything; false if they decided to leave instead.
    func pause() -> Bool {
        screen.blank()
        screen.say(Wording.Live.paused, .bold)
        screen.say(Wording.Live.pausedHint)
        screen.blank()
        while true {
            switch keyboard.ask(style.dim(Wording.Live.pausedPrompt) + " › ", completions: ["/quit"]) {
            case .leave: return false
            case .line(let text):
                if InGameCommand(text) == .quit { return false }
                screen.blank()
                return true
            case .timeUp: return true
            }
        }
    }

    /// After narration that asks the couple to talk (`pause: true`), and before a timer: Enter goes on.
    func waitForEnter(prompt: String = Wording.Live.goOn) -> Bool {
        while true {
            switch keyboard.ask(style.dim(prompt) + " › ", completions: InGameCommand.all) {
            case .leave: return false
            case .timeUp: return true
            case .line(let text):
                guard let command = InGameCommand(text) else { return true }
                switch handle(command) {
                case .leave: return false
                case .pass: return true
                case .again, .stay: continue
                }
            }
        }
    }
}
