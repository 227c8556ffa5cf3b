import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// Reads a line from the players: GNU readline editing, session history, tab completion,
/// a secret mode and an optional live countdown.
///
/// Readline is process-global C state, so only one prompt can be open at a time, and all
/// calls must come from the thread that called `Terminal.prepareSignalsBeforeAnyThreads`
/// (the main thread). When standard input is not a terminal (a pipe, a test script) there is
/// nothing to edit and readline would echo into the output, so lines are read directly.
public final class LineReader {
    public struct Options: Sendable {
        /// No live countdown in the prompt; the time left is announced on its own line at
        /// intervals instead (screen readers speak every redraw).
        public var plain: Bool
        public var style: Style
        /// Lines kept for the up arrow; older ones are dropped.
        public var historyLimit: Int

        public init(plain: Bool = false, style: Style = .plain, historyLimit: Int = 200) {
            self.plain = plain
            self.style = style
            self.historyLimit = historyLimit
        }
    }

    public var options: Options
    /// Submitted non-secret lines of this session, oldest first. Never written to disk:
    /// what one partner typed is not for the next evening's players to scroll back to.
    public private(set) var history: [String] = []

    public let inputFD: Int32
    let outputFD: Int32
    let clock: any MonotonicClock
    private let inputStream: UnsafeMutablePointer<FILE>?
    private let outputStream: UnsafeMutablePointer<FILE>?
    private let ownsStreams: Bool
    private lazy var plainInput = PlainLineInput(fd: inputFD, clock: clock)

    /// - Parameters:
    ///   - inputFD, outputFD: the terminal; standard input and output unless a test points
    ///     them at a pseudo-terminal.
    public init(
        options: Options = Options(),
        inputFD: Int32 = Terminal.standardInput,
        outputFD: Int32 = Terminal.standardOutput,
        clock: any MonotonicClock = SystemMonotonicClock()
    ) {
        self.options = options
        self.inputFD = inputFD
        self.outputFD = outputFD
        self.clock = clock
        if inputFD == Terminal.standardInput, outputFD == Terminal.standardOutput {
            inputStream = dn_stdin()
            outputStream = dn_stdout()
            ownsStreams = false
        } else {
            inputStream = fdopen(dup(inputFD), "r")
            outputStream = fdopen(dup(outputFD), "w")
            ownsStreams = true
        }
        TextLocale.prepare()
    }

    deinit {
        if ownsStreams {
            if let inputStream { fclose(inputStream) }
            if let outputStream { fclose(outputStream) }
        }
    }

    /// Asks for one line.
    ///
    /// - Parameters:
    ///   - prompt: may span lines (only the last is redrawn) and may carry `Style` colours;
    ///     anything else that could act on the terminal is made visible.
    ///   - secret: for answers the partner must not see: nothing typed is echoed (not even
    ///     asterisks, which would give away the length), and the line skips the history.
    ///   - completions: words Tab completes the line to, case-insensitively (`/help`,
    ///     `/pass`, the labels of the current choices).
    ///   - countdown: a time limit with a live `mm:ss` before the prompt.
    ///   - context: what the prompt is about (may carry `Style` colours), drawn again when
    ///     Ctrl-L clears the screen.
    public func readLine(
        prompt: String,
        secret: Bool = false,
        completions: [String] = [],
        countdown: CountdownSpec? = nil,
        context: String = ""
    ) -> LineEvent {
        let prompt = Typography.forTerminal(prompt)
        let event: LineEvent
        if let countdown, !(countdown.totalSeconds > 0 && countdown.timeScale > 0 && countdown.timeScale.isFinite) {
            // Rehearsal at scale 0, or no time at all: the time is up before the prompt.
            writeOut(Style.visibleText(TextSanitizer.printableKeepingStyle(prompt)) + "\n")
            return .timeUp(partial: "")
        }
        if Terminal.isTerminal(inputFD), let inputStream, let outputStream {
            let session = ReadlineSession(
                reader: self, input: inputStream, output: outputStream,
                prompt: prompt, secret: secret, completions: completions, countdown: countdown, context: context
            )
            event = session.run(history: secret ? [] : history)
        } else {
            writeOut(Style.visibleText(TextSanitizer.printableKeepingStyle(prompt)))
            event = plainInput.readLine(countdown: countdown, reader: self)
        }
        if case .line(let text) = event, !secret {
            remember(text)
        }
        return event
    }

    func remember(_ line: String) {
        guard !line.allSatisfy({ $0 == " " }), history.last != line else { return }
        history.append(line)
        if history.count > max(0, options.historyLimit) {
            history.removeFirst(history.count - max(0, options.historyLimit))
        }
    }

    /// Writes through the same C stream readline uses, so the order on screen is the order
    /// of the calls.
    func writeOut(_ text: String) {
        guard let stream = outputStream else { return }
        var copy = text
        copy.withUTF8 { bytes in
            if let base = bytes.baseAddress { _ = fwrite(base, 1, bytes.count, stream) }
        }
        fflush(stream)
    }

    /// Called at exit: a prompt still open must hand the terminal back.
    static func abandonActiveLine() {
        ReadlineSession.abandonActive()
    }
}
