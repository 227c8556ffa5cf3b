import DateNightCore
import TerminalKit

/// Plays from plain lines: each line answers the next question the game asks (a choice by its
/// number), and what a player would see is printed. Used when standard input is not a
/// terminal (scripts, tests, rehearsals). Text from scenes and answers is printed only after
/// control characters are made harmless.
struct LinePlayer {
    enum Outcome: Equatable {
        case finished
        case endOfInput
        case quit
        case recordingFailed
    }

    let session: GameSession
    /// Reads the next line; `secret` when what is typed must not show (echo off at a terminal).
    let readLine: (_ secret: Bool) -> String?
    let write: (String) -> Void
    /// Waits for a timer; the caller scales real time.
    let wait: (_ seconds: Double) -> Void
    let timeScale: Double
    /// What was already explained this evening.
    let told: Told

    private var presenter: PlainPresenter { PlainPresenter(players: session.players) }

    func play(first step: Step) -> Outcome {
        var step = step
        while true {
            show(step.events)
            guard let request = step.request else { return .finished }
            if case .prompt(let prompt) = request {
                if let line = presenter.turnLine(for: prompt) { say(line) }
                if prompt.aloud, !told.talking {
                    told.talking = true
                    say("(" + PlainPresenter.talkingHint + ")")
                }
            }
            for line in presenter.lines(for: request) { say(line) }
            let input: Input
            switch answer(request) {
            case .input(let chosen): input = chosen
            case .endOfInput:
                say("")
                say("(End of input: stopping here.)")
                return .endOfInput
            case .quit:
                say("(Stopping here. See you next time.)")
                return .quit
            }
            do {
                step = try session.send(input)
            } catch let error as InputError {
                say("(\(error.message))")
                step = Step(events: [], request: request)
            } catch {
                say("(Could not save that answer: \(error). Nothing was lost before it; stopping here.)")
                return .recordingFailed
            }
        }
    }

    private enum Reply {
        case input(Input)
        case endOfInput
        case quit
    }

    private func answer(_ request: Request) -> Reply {
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
            while true {
                write("> ")
                let secret = if case .prompt(let prompt) = request { prompt.secret } else { false }
                guard let line = readLine(secret) else { return .endOfInput }
                // Standard input is not a terminal, so nothing echoed the line: show it, and the
                // transcript reads as the players saw it. Secret answers stay hidden.
                if secret {
                    write("(hidden)\n\n")
                } else {
                    write(TextSanitizer.printableLine(line) + "\n\n")
                }
                let text = line.trimmingWhitespace()
                switch InGameCommand(text) {
                case .pass?, .skip?: return .input(.pass)
                case .quit?: return .quit
                case .help?:
                    InGameCommand.explained.forEach { say("  \($0.command)  \($0.meaning)") }
                    continue
                case .pause?:
                    say("(Nothing runs while you read lines from a file, so there is nothing to pause.)")
                    continue
                case .progress?:
                    let progress = session.interpreter.progress
                    say("(\(progress.stepsDone) done so far.)")
                    continue
                case .unknown(let name)?:
                    say("(There is no /\(name) command; type /help to see them.)")
                    continue
                case nil:
                    break
                }
                if case .choice(let choice) = request {
                    if let number = ChoiceMatcher.match(text, options: choice.options) { return .input(.choose(number)) }
                    say("(Pick a number from 1 to \(choice.options.count), or /pass.)")
                    continue
                }
                if case .prompt(let prompt) = request, prompt.aloud { return .input(.spoken(note: text)) }
                return .input(text.isEmpty ? .pass : .answer(text))
            }
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

    private func show(_ events: [Event]) {
        for event in events {
            for line in presenter.lines(for: event) { say(line) }
        }
    }

    private func say(_ line: String) {
        write(TextSanitizer.printable(line) + "\n")
    }
}
