import DateNightCore
import TerminalKit

extension TerminalPlayer {
    func run(_ timer: TimerRequest) -> PlayReply {
        if let text = timer.text {
            screen.say(text)
            screen.blank()
        }
        guard ready() else { return .leave }
        let cues = timer.cues.map { TimerCue(atSecond: Double(timer.seconds - $0.secondsLeft), message: $0.text) }
        let outcome = timers.run(seconds: Double(timer.seconds), label: timer.label, cues: cues, closing: timer.endText ?? Wording.timerClosing)
        return reply(to: outcome, stoppedText: timer.stoppedText)
    }

    func run(_ breathing: BreathingRequest) -> PlayReply {
        if let text = breathing.text {
            screen.say(text)
            screen.blank()
        }
        guard ready() else { return .leave }
        let pattern = breathing.pattern
        let pacer = BreathingPacer(
            pattern: .init(inhale: Double(pattern.inhale), holdFull: Double(pattern.holdFull),
                           exhale: Double(pattern.exhale), holdEmpty: Double(pattern.holdEmpty)),
            cycles: breathing.cycles)
        let outcome = timers.breathe(pacer, label: Wording.breathingPacer,
                                     closing: breathing.endText ?? Wording.breathingClosing)
        return reply(to: outcome, stoppedText: breathing.stoppedText)
    }

    /// The clock starts when the couple is ready, never while they are still reading: every
    /// time, an encore or a resumed exercise too. (A rehearsal's instant timer does not wait.)
    private func ready() -> Bool {
        guard timeScale > 0 else { return true }
        if waitedForEnter { return true }
        return waitForEnter(prompt: Wording.Live.ready)
    }

    private func reply(to outcome: TimerOutcome, stoppedText: String?) -> PlayReply {
        switch outcome {
        case .finished:
            return .input(.timerFinished)
        case .skipped(let elapsed):
            screen.note(stoppedText ?? Wording.stoppedEarly)
            return .exercise(.pass, elapsedSeconds: elapsed)
        case .quit:
            return .leave
        }
    }
}
