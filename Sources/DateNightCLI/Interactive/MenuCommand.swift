import ArgumentParser
import TerminalKit

/// `datenight` with no command: the evening, at a terminal or from plain lines.
struct MenuCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "menu",
        abstract: "The evening: start a date night, carry on, see your progress.",
        shouldDisplay: false
    )

    @OptionGroup var options: PlayOptions
    @OptionGroup var global: GlobalOptions
    @OptionGroup var sound: SoundOptions

    func run() throws {
        let frontEnd = TerminalFrontEnd.best(global: global, timeScale: options.timeScale, sound: sound)
        try Evening(frontEnd: frontEnd, global: global, options: options).run()
    }
}
