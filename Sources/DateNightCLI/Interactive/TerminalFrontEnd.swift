import DateNightCore
import TerminalKit

/// The interactive front end's pieces, made once per command when standard input and output
/// are both terminals. Anything else (a pipe, a file, a test harness) plays from plain lines.
final class TerminalFrontEnd: FrontEnd {
    let screen: ScreenWriter
    let keyboard: Keyboard
    let timers: TimerRunner
    let timeScale: Double
    var isInteractive: Bool { true }
    /// What was explained this evening, across every scene this front end plays.
    let told = Told()

    /// Both ends are terminals: readline can edit and the screen can be redrawn.
    static var isAvailable: Bool {
        Terminal.isTerminal(Terminal.standardInput) && Terminal.isTerminal(Terminal.standardOutput)
    }

    static func ifAvailable(global: GlobalOptions, timeScale: Double, sound: SoundOptions = SoundOptions()) -> TerminalFrontEnd? {
        guard isAvailable else { return nil }
        return TerminalFrontEnd(noColor: global.noColor, plain: global.plain, timeScale: timeScale, sound: sound)
    }

    /// The live terminal where there is one, plain lines everywhere else.
    static func best(global: GlobalOptions, timeScale: Double, sound: SoundOptions = SoundOptions()) -> any FrontEnd {
        ifAvailable(global: global, timeScale: timeScale, sound: sound) ?? LineFrontEnd(timeScale: timeScale)
    }

    init(noColor: Bool, plain: Bool, timeScale: Double, sound: SoundOptions = SoundOptions()) {
        var timerOptions = TimerRunner.Options.detect(plainRequested: plain, timeScale: timeScale)
        let (timerSound, soundNote) = sound.resolved()
        timerOptions.sound = timerSound
        let detected = Style.detect()
        let style = Style(escapes: detected.escapes, colors: detected.colors && !noColor)
        timerOptions.style = style
        screen = ScreenWriter(style: style, plain: timerOptions.plain, glyphs: timerOptions.glyphs)
        keyboard = Keyboard(reader: LineReader(options: .init(plain: timerOptions.plain, style: style)), screen: screen)
        timers = TimerRunner(options: timerOptions)
        self.timeScale = timeScale
        if let soundNote { screen.note(soundNote) }
    }

    func stepPlayer(for session: GameSession) -> any StepPlayer {
        TerminalPlayer(session: session, screen: screen, keyboard: keyboard, timers: timers, timeScale: timeScale)
    }
}

extension FrontEnd {
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
