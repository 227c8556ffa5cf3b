import DateNightCore
import TerminalKit

/// The interactive front end's pieces, made once per command when standard input and output
/// are both terminals. Anything else (a pipe, a file, a test harness) plays from plain lines.
final class TerminalFrontEnd {
    let screen: ScreenWriter
    let keyboard: Keyboard
    let timers: TimerRunner
    let timeScale: Double

    /// Both ends are terminals: readline can edit and the screen can be redrawn.
    static var isAvailable: Bool {
        Terminal.isTerminal(Terminal.standardInput) && Terminal.isTerminal(Terminal.standardOutput)
    }

    static func ifAvailable(global: GlobalOptions, timeScale: Double) -> TerminalFrontEnd? {
        guard isAvailable else { return nil }
        return TerminalFrontEnd(noColor: global.noColor, plain: global.plain, timeScale: timeScale)
    }

    init(noColor: Bool, plain: Bool, timeScale: Double) {
        var timerOptions = TimerRunner.Options.detect(plainRequested: plain, timeScale: timeScale)
        let detected = Style.detect()
        let style = Style(escapes: detected.escapes, colors: detected.colors && !noColor)
        timerOptions.style = style
        screen = ScreenWriter(style: style, plain: timerOptions.plain, glyphs: timerOptions.glyphs)
        keyboard = Keyboard(reader: LineReader(options: .init(plain: timerOptions.plain, style: style)), screen: screen)
        timers = TimerRunner(options: timerOptions)
        self.timeScale = timeScale
    }

    func play(session: GameSession, first: Step, notes: [String] = [], stopNote: String? = nil) -> TerminalPlayer.Outcome {
        TerminalPlayer(session: session, screen: screen, keyboard: keyboard, timers: timers,
                       timeScale: timeScale, stopNote: stopNote).play(first: first, notes: notes)
    }

    /// Both names, offering the last session's; nil when the players leave instead.
    func askNames(global: GlobalOptions) -> Players? {
        NamePrompt(screen: screen, keyboard: keyboard).ask(offering: SavesLookup(dataDirectory: global.dataDirectory).lastPlayers())
    }

    /// A scene from the picker; nil when the players leave instead.
    func pickScene(from catalog: SceneCatalog, global: GlobalOptions) -> SceneCatalog.Entry? {
        let history = SavesLookup(dataDirectory: global.dataDirectory).playedScenes()
        return ScenePicker(screen: screen, keyboard: keyboard, played: history.played, finished: history.finished)
            .pick(from: catalog)
    }
}
