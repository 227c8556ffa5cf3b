import DateNightCore
import TerminalKit

/// Shows and answers a session's steps in a live terminal, for `PlayLoop`: readline prompts
/// that say whose turn it is, live countdowns, the timer and breathing runners, reveals side by
/// side, a header with the progress bar above each step.
final class TerminalPlayer: StepPlayer {
    let session: GameSession
    let screen: ScreenWriter
    let keyboard: Keyboard
    let timers: TimerRunner
    let timeScale: Double
    /// Nodes whose time limit was explained: a lightning round says it once, not every question.
    var explainedCountdowns: Set<String> = []
    /// The header's bar, which only ever moves forwards.
    var meter = ProgressMeter()
    /// The step's last event already waited for Enter (narration with `pause`): an exercise
    /// that follows at once starts on that Enter instead of asking a second time.
    var waitedForEnter = false

    init(session: GameSession, screen: ScreenWriter, keyboard: Keyboard, timers: TimerRunner, timeScale: Double) {
        self.session = session
        self.screen = screen
        self.keyboard = keyboard
        self.timers = timers
        self.timeScale = timeScale
    }

    var players: [String] { session.players }
    var style: Style { screen.style }

    func open(title: String, notes: [String]) {
        screen.blank()
        screen.say(title, .bold)
        for note in notes { screen.note(note) }
        screen.note(Wording.Live.helpHint)
    }

    func say(_ lines: [PlayLine]) {
        for line in lines {
            switch line.tone {
            case .gap: screen.blank()
            case .plain: screen.say(line.text)
            case .note: screen.note(line.text)
            case .strong: screen.say(line.text, .bold)
            case .warning: screen.say(line.text, .warning)
            }
        }
    }

    // MARK: - Events

    func show(_ events: [Event]) -> Bool {
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
                if let talked = Wording.talkedReveal(reveal) {
                    screen.say(talked)
                } else {
                    screen.reveal(RevealLayout.lines(rows: reveal.rows, names: players, width: min(screen.fullWidth, 100)))
                }
            case .sceneStarted(_, let title):
                screen.blank()
                screen.say(Wording.sceneStarted(title), .bold)
            case .recorded(let record):
                if let passed = Wording.passed(record, players: players) { screen.note(passed) }
            case .exercise:
                break
            case .finished(let text):
                screen.blank()
                if let text { screen.say(text) }
                screen.blank()
                screen.say(Wording.Live.finished, .bold)
                screen.blank()
            case .stuck(let node):
                screen.blank()
                screen.say(Wording.stuck(at: node))
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
}
