import TerminalKit

/// Asks for lines through readline and deals with the keys that mean "stop": Ctrl-C clears
/// the line (a second one in a row asks whether to stop), Ctrl-D on an empty line leaves.
/// A countdown keeps its time across a cleared line or a /help: only /pause stops the clock.
final class Keyboard {
    enum Reply: Equatable {
        case line(String)
        /// A timed prompt ran out; what had been typed.
        case timeUp(String)
        /// Ctrl-D, a confirmed Ctrl-C, or the terminal went away.
        case leave
    }

    /// A time limit on one prompt, in the prompt's own seconds, with what is left of it.
    struct Countdown {
        let timeScale: Double
        private(set) var secondsLeft: Double

        init(seconds: Int, timeScale: Double) {
            self.timeScale = timeScale
            secondsLeft = Double(seconds)
        }

        mutating func spend(realSeconds: Double) {
            guard timeScale > 0 else { secondsLeft = 0; return }
            secondsLeft = max(0, secondsLeft - realSeconds / timeScale)
        }
    }

    let reader: LineReader
    let screen: ScreenWriter
    private let clock = SystemMonotonicClock()
    /// Ctrl-C presses since the last line was given.
    private var interrupts = 0

    init(reader: LineReader, screen: ScreenWriter) {
        self.reader = reader
        self.screen = screen
    }

    /// - Parameter prompt: the line the cursor sits on, built with `Style` (already safe).
    /// - Parameter context: what is being asked, drawn again if Ctrl-L clears the screen.
    func ask(_ prompt: String, secret: Bool = false, completions: [String] = [], context: String = "",
             countdown: inout Countdown?) -> Reply {
        while true {
            let spec = countdown.map { CountdownSpec(totalSeconds: $0.secondsLeft, timeScale: $0.timeScale) }
            let started = clock.now()
            let event = reader.readLine(prompt: prompt, secret: secret, completions: completions, countdown: spec, context: context)
            countdown?.spend(realSeconds: clock.now().seconds(since: started))
            switch event {
            case .line(let text):
                interrupts = 0
                // From plain lines nothing echoed what was read: show it, so the transcript
                // reads as the players saw it (a secret stays hidden).
                if !Terminal.isTerminal(reader.inputFD) {
                    screen.raw(secret ? "(hidden)\n" : TextSanitizer.printableLine(text) + "\n")
                }
                return .line(text)
            case .timeUp(let partial):
                interrupts = 0
                return .timeUp(partial)
            case .endOfInput:
                return .leave
            case .interrupted:
                interrupts += 1
                if interrupts == 1 {
                    screen.note("(Line cleared. Press Ctrl-C again if you'd like to stop for tonight.)")
                    continue
                }
                if confirmStop() { return .leave }
                interrupts = 0
                screen.note("Carrying on.")
            }
        }
    }

    func ask(_ prompt: String, secret: Bool = false, completions: [String] = [], context: String = "") -> Reply {
        var none: Countdown? = nil
        return ask(prompt, secret: secret, completions: completions, context: context, countdown: &none)
    }

    /// "Stop here for tonight?" Enter carries on; y stops; a third Ctrl-C or Ctrl-D stops too.
    func confirmStop() -> Bool {
        let prompt = "Stop here for tonight? " + screen.style.dim("y to stop, Enter to carry on") + " › "
        switch reader.readLine(prompt: prompt) {
        case .line(let answer):
            let word = answer.trimmingWhitespace().lowercased()
            return ["y", "yes", "stop", "q", "quit"].contains(word)
        case .interrupted, .endOfInput:
            return true
        case .timeUp:
            return false
        }
    }
}
