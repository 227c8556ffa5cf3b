import DateNightCore
import TerminalKit

/// Plays a session in a live terminal: readline prompts that say whose turn it is, live
/// countdowns, the timer and breathing runners, reveals side by side. Plays through the
/// same `GameSession` as the plain front end, so recording works the same in both.
final class TerminalPlayer {
    /// What a request led to.
    enum Reply: Equatable {
        case input(Input)
        /// A timed exercise ended early after this many seconds of its own time.
        case exercise(Input, elapsedSeconds: Double)
        case leave
    }

    let session: GameSession
    let screen: ScreenWriter
    let keyboard: Keyboard
    let timers: TimerRunner
    let timeScale: Double
    /// Said when the players stop early, e.g. where to pick the session up again.
    let stopNote: String?
    /// Nodes whose time limit was explained: a lightning round says it once, not every question.
    var explainedCountdowns: Set<String> = []
    /// What has been explained this evening, across scenes.
    let told: Told
    /// The header's bar, which only ever moves forwards.
    var meter = ProgressMeter()
    /// The step's last event already waited for Enter (narration with `pause`): an exercise
    /// that follows at once starts on that Enter instead of asking a second time.
    var waitedForEnter = false

    init(session: GameSession, screen: ScreenWriter, keyboard: Keyboard, timers: TimerRunner, timeScale: Double, stopNote: String?,
         told: Told = Told()) {
        self.session = session
        self.told = told
        self.screen = screen
        self.keyboard = keyboard
        self.timers = timers
        self.timeScale = timeScale
        self.stopNote = stopNote
    }

    var players: [String] { session.players }
    var style: Style { screen.style }

    func play(first: Step, notes: [String] = []) -> PlayOutcome {
        screen.blank()
        screen.say(session.sceneTitle, .bold)
        for note in notes { screen.note(note) }
        screen.note("Type /help at any prompt for what you can do.")
        var step = first
        while true {
            guard show(step.events) else { return stop() }
            guard let request = step.request else { return .finished }
            header(request)
            let input: Input
            var elapsed: Double?
            switch answer(request) {
            case .input(let given): input = given
            case .exercise(let given, let seconds): (input, elapsed) = (given, seconds)
            case .leave: return stop()
            }
            do {
                step = try session.send(input, elapsedSeconds: elapsed)
            } catch let error as InputError {
                screen.note("(\(error.message))")
                step = Step(events: [], request: request)
            } catch {
                screen.blank()
                screen.say("That answer could not be saved: \(error)", .warning)
                screen.say("Everything before it is safe. Stopping here; once the problem is fixed you can carry on.")
                return .recordingFailed
            }
        }
    }

    // MARK: - Events

    /// Prints what happened; false when the players chose to stop at a pause.
    private func show(_ events: [Event]) -> Bool {
        waitedForEnter = false
        for event in events {
            waitedForEnter = false
            switch event {
            case .narration(let text, let pause):
                screen.blank()
                screen.say(text)
                if pause {
                    screen.blank()
                    guard waitForEnter() else { return false }
                    waitedForEnter = true
                }
            case .reveal(let reveal):
                screen.blank()
                if let text = reveal.text { screen.say(text) }
                screen.blank()
                screen.reveal(RevealLayout.lines(rows: reveal.rows, names: players, width: min(screen.fullWidth, 100)))
            case .sceneStarted(_, let title):
                screen.blank()
                screen.say("— \(title) —", .bold)
            case .recorded(let record):
                if record.response.isPass, !record.isChoice {
                    let who = record.player.map { players[$0.rawValue] } ?? "You"
                    screen.note("(\(who) passed, and that's fine.)")
                }
            case .exercise:
                break
            case .finished(let text):
                screen.blank()
                if let text { screen.say(text) }
                screen.blank()
                screen.say("That's the end of this one. Take good care of each other.", .bold)
                screen.blank()
            case .stuck(let node):
                screen.blank()
                screen.say("This scene went round in circles at step '\(node)' and was stopped here. "
                           + "Nothing you did caused it; please tell whoever wrote the scene.")
            }
        }
        return true
    }

    /// Where the couple is, above each step, in units that never run backwards.
    func header(_ request: Request) {
        let fraction = meter.advance(to: session.interpreter.progress)
        let line = StepHeader.line(title: session.sceneTitle, place: StepHeader.place(of: request, in: session.interpreter),
                                   fraction: fraction, width: screen.measure, glyphs: screen.glyphs, showBar: !screen.plain)
        screen.blank()
        screen.raw(style.dim(line) + "\n")
        screen.blank()
    }

    private func stop() -> PlayOutcome {
        screen.blank()
        screen.say("Stopping here for tonight, and that's completely fine.")
        if let stopNote { screen.note(stopNote) }
        screen.say("Thank you both.", .bold)
        screen.blank()
        return .stopped
    }
}
