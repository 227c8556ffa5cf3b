import DateNightCore
import Foundation
import TerminalKit

/// Plays from plain lines (standard input not a terminal: scripts, tests, rehearsals): each
/// line answers the next thing asked, and what a player would see is printed as it comes.
/// One line reader for the whole run, so the menu, the names and every scene share its input.
final class LineFrontEnd: FrontEnd {
    let screen: ScreenWriter
    let keyboard: Keyboard
    let timeScale: Double
    var isInteractive: Bool { false }
    let told = Told()

    init(timeScale: Double) {
        screen = ScreenWriter(style: .plain, plain: true, glyphs: .ascii)
        keyboard = Keyboard(reader: LineReader(options: .init(plain: true, style: .plain)), screen: screen)
        self.timeScale = timeScale
    }

    func stepPlayer(for session: GameSession) -> any StepPlayer {
        let reader = keyboard.reader
        return LinePlayer(
            session: session,
            readLine: { secret, showPrompt in
                // Standard input may still be a terminal with the output piped: a secret answer
                // is then read with echo off, turned off before the prompt shows, so even keys
                // typed the instant it appears never show.
                let line = { () -> String? in
                    guard case .line(let text) = reader.readLine(prompt: "") else { return nil }
                    return text
                }
                guard secret else {
                    showPrompt()
                    return line()
                }
                return Terminal.withEchoOff(Terminal.standardInput) {
                    showPrompt()
                    return line()
                }
            },
            write: { [screen] text in screen.raw(text) },
            wait: { seconds in if seconds > 0 { Thread.sleep(forTimeInterval: seconds) } },
            timeScale: timeScale)
    }
}
