import DateNightCore
import TerminalKit

/// Plays steps from plain lines: each line answers the next question the game asks (a choice
/// by its number), and what a player would see is printed. Used when standard input is not a
/// terminal (scripts, tests, rehearsals). Text from scenes and answers is printed only after
/// control characters are made harmless.
final class LinePlayer: StepPlayer {
    let session: GameSession
    /// Shows the prompt and reads the next line; `secret` when what is typed must not show
    /// (echo off at a terminal, before the prompt appears, so no key typed at once can echo).
    let readLine: (_ secret: Bool, _ showPrompt: () -> Void) -> String?
    private let output: (String) -> Void
    /// Waits for a timer; the caller scales real time.
    let wait: (_ seconds: Double) -> Void
    let timeScale: Double
    /// How far the couple has come, for /progress: it only ever moves forwards.
    private var meter = ProgressMeter()
    /// The transcript so far ends with an empty line.
    private var afterBlankLine = false

    init(session: GameSession, readLine: @escaping (_ secret: Bool, _ showPrompt: () -> Void) -> String?, write: @escaping (String) -> Void,
         wait: @escaping (_ seconds: Double) -> Void, timeScale: Double) {
        self.session = session
        self.readLine = readLine
        output = write
        self.wait = wait
        self.timeScale = timeScale
    }

    private var presenter: PlainPresenter { PlainPresenter(players: session.players) }

    func open(title: String, notes: [String]) {
        write(TextSanitizer.printableLine(title) + "\n\n")
        for note in notes { write(TextSanitizer.printable(note) + "\n\n") }
    }

    func show(_ events: [Event]) -> Bool {
        for event in events {
            for line in presenter.lines(for: event) { say(line) }
        }
        return true
    }

    func say(_ lines: [PlayLine]) {
        for line in lines {
            // The echoed answer already left a blank line; a second one reads as a gap in the transcript.
            if line.tone == .gap, afterBlankLine { continue }
            say(line.text)
        }
    }

    func answer(_ request: Request, lead: [String]) -> PlayReply {
        _ = meter.advance(to: session.interpreter.progress)
        for line in lead { say("(" + line + ")") }
        for line in presenter.lines(for: request) { say(line) }
        switch request {
        case .timer(let timer):
            runTimer(seconds: timer.seconds, cues: timer.cues)
            if let end = timer.endText { say(end) }
            say("")
            return .input(.timerFinished)
        case .breathing(let breathing):
            runTimer(seconds: breathing.totalSeconds, cues: [])
            if let end = breathing.endText { say(end) }
            say("")
            return .input(.timerFinished)
        case .prompt, .choice:
            return ask(request)
        }
    }

    private func ask(_ request: Request) -> PlayReply {
        while true {
            let secret = if case .prompt(let prompt) = request { prompt.secret } else { false }
            guard let line = readLine(secret, { write("> ") }) else { return .endOfInput }
            // Standard input is not a terminal, so nothing echoed the line: show it, and the
            // transcript reads as the players saw it. Secret answers stay hidden.
            write((secret ? Wording.Lines.hidden : TextSanitizer.printableLine(line)) + "\n\n")
            let text = line.trimmingWhitespace()
            switch InGameCommand(text) {
            case .pass?, .skip?: return .input(.pass)
            case .quit?: return .leave
            case .help?:
                InGameCommand.explained.forEach { say("  \($0.command)  \($0.meaning)") }
                continue
            case .pause?:
                say(Wording.Lines.nothingToPause)
                continue
            case .progress?:
                let percent = Int((meter.shown * 100).rounded(.down))
                say(Wording.progress(title: session.sceneTitle, percent: percent, place: session.interpreter.roundPlace))
                continue
            case .unknown(let name)?:
                say(Wording.unknownCommand(name))
                continue
            case nil:
                break
            }
            if case .choice(let choice) = request {
                if let number = ChoiceMatcher.match(text, options: choice.options) { return .input(.choose(number)) }
                say(Wording.unmatchedChoice(choice.options.count))
                continue
            }
            if case .prompt(let prompt) = request, prompt.aloud { return .input(.spoken(note: text)) }
            return .input(text.isEmpty ? .pass : .answer(text))
        }
    }

    private func runTimer(seconds: Int, cues: [TimerRequest.Cue]) {
        guard timeScale > 0 else { return }
        var elapsed = 0
        for cue in cues where cue.secondsLeft < seconds {
            let at = seconds - cue.secondsLeft
            wait(Double(at - elapsed) * timeScale)
            elapsed = at
            say(cue.text)
        }
        wait(Double(seconds - elapsed) * timeScale)
    }

    private func write(_ text: String) {
        output(text)
        if !text.isEmpty { afterBlankLine = text.hasSuffix("\n\n") || (afterBlankLine && text == "\n") }
    }

    private func say(_ line: String) {
        write(TextSanitizer.printable(line) + "\n")
    }
}
