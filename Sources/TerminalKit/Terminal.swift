import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// The process's terminal: what it is, how big it is, and putting it back the way the
/// players' shell had it, whatever way the game ends.
///
/// A game that dies in raw mode leaves the players typing blind into a terminal that does
/// not echo, with no cursor; they would blame the game, rightly. So the original `termios`
/// is saved once, before anything changes it, and restored on normal exit (`atexit`), on
/// SIGTERM, SIGHUP and SIGQUIT (async-signal-safe handlers that then re-raise, so the exit
/// status still says "killed by signal"), and on crashes (the previous handler, e.g. Swift's
/// backtracer, runs afterwards). SIGINT and SIGWINCH are not handled here: they are blocked
/// and read from a signalfd by the input loops, where Ctrl-C means "clear the line" or
/// "quit this timer" rather than "die". (SIGCONT is read there too, to redraw after `fg`.)
public enum Terminal {
    public static let standardInput: Int32 = 0
    public static let standardOutput: Int32 = 1

    public static func isTerminal(_ fd: Int32) -> Bool {
        isatty(fd) == 1
    }

    /// Columns and rows of the terminal on `fd`; 80 x 24 when it is not a terminal or
    /// reports zero (some CI pseudo-terminals do).
    public static func size(of fd: Int32 = standardOutput) -> (columns: Int, rows: Int) {
        var rows: UInt16 = 0
        var columns: UInt16 = 0
        if dn_get_window_size(fd, &rows, &columns) == 0, columns > 0 {
            return (Int(columns), rows > 0 ? Int(rows) : 24)
        }
        return (80, 24)
    }

    /// Width to lay text out in: the terminal's, or 80.
    public static var columns: Int { size().columns }

    /// Call first thing in `main`, before anything (Dispatch, a Task, a database pool) can
    /// start a thread. Signal masks are per thread and inherited: SIGINT, SIGWINCH and SIGCONT must be
    /// blocked in every thread, or the kernel may deliver them to a thread that has them
    /// unblocked and SIGINT's default action kills the process with the terminal still raw.
    ///
    /// Also saves the terminal state, installs the restoring handlers and `atexit` hook, and
    /// selects a UTF-8 character type so readline edits multi-byte characters as one.
    public static func prepareSignalsBeforeAnyThreads() {
        SignalChannel.blockInCurrentThread()
        _ = SignalChannel.shared
        TextLocale.prepare()
        installRestoreHandlers()
    }

    /// Puts the terminal back as it was at start: leaves readline, shows the cursor, turns
    /// bracketed paste off, restores the saved `termios`. Safe to call more than once.
    public static func restore() {
        LineReader.abandonActiveLine()
        // Text still buffered in stdio goes out before the reset, not after it.
        fflush(nil)
        restoreForSignal()
    }

    // MARK: - Saved state

    /// Everything the signal handlers need, written once before they are installed, so
    /// the handlers only read plain memory (no allocation, no locks).
    struct SavedState {
        var termios = Glibc.termios()
        var haveTermios = false
        var inputFD: Int32 = 0
        var outputIsTerminal = false
        var handlersInstalled = false
        /// Indexed by signal number; a raw buffer so a handler reads it without touching
        /// reference counts or hashing.
        var previousActions: UnsafeMutablePointer<sigaction>? = nil
    }

    static let signalSlots = 65

    // Written only by `installRestoreHandlers` before any handler exists; afterwards read
    // from handlers and `atexit`. Not thread-shared state in any other sense.
    nonisolated(unsafe) static var saved = SavedState()

    /// Cursor hidden by a runner; the signal path shows it again. A C `int`-sized flag so the
    /// handler's read is a plain load.
    nonisolated(unsafe) static var cursorHidden: Int32 = 0

    static let terminatingSignals: [Int32] = [SIGTERM, SIGHUP, SIGQUIT]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

    static func installRestoreHandlers() {
        if saved.handlersInstalled { return }
        var state = SavedState()
        state.inputFD = standardInput
        state.outputIsTerminal = isTerminal(standardOutput)
        if isTerminal(standardInput), tcgetattr(standardInput, &state.termios) == 0 {
            state.haveTermios = true
        }
        state.handlersInstalled = true
        // Fully written before any handler can run: handlers only read it. Never freed: the
        // handlers stay installed for the life of the process.
        let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: signalSlots)
        previous.initialize(repeating: sigaction(), count: signalSlots)
        for signal in terminatingSignals + crashSignals where signal < signalSlots {
            sigaction(signal, nil, previous + Int(signal))
        }
        state.previousActions = previous
        saved = state

        for signal in terminatingSignals + crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = restoringSignalHandler
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
        atexit(restoringExitHandler)
    }

    /// Only async-signal-safe calls: `write` and `tcsetattr`.
    static func restoreForSignal() {
        if saved.outputIsTerminal {
            let reset: StaticString = "\u{1B}[0m\u{1B}[?25h\u{1B}[?2004l"
            _ = write(standardOutput, reset.utf8Start, reset.utf8CodeUnitCount)
        }
        cursorHidden = 0
        if saved.haveTermios {
            _ = tcsetattr(saved.inputFD, TCSADRAIN, &saved.termios)
        }
    }

    // MARK: - Secret lines

    /// Runs `body`, which reads one line from `fd`, with echo off when `fd` is a terminal: a
    /// secret answer read as a plain line (standard output piped, standard input a terminal)
    /// never shows on screen. The newline still echoes (ECHONL), so what follows starts on a
    /// new row. Ctrl-C here ends the process as usual, but puts echo back first: a shell left
    /// typing blind would be the game's fault.
    public static func withEchoOff<T>(_ fd: Int32 = standardInput, _ body: () -> T) -> T {
        var original = Glibc.termios()
        guard isTerminal(fd), tcgetattr(fd, &original) == 0 else { return body() }
        var quiet = original
        quiet.c_lflag &= ~tcflag_t(ECHO)
        quiet.c_lflag |= tcflag_t(ECHONL)
        var restoring = sigaction()
        var previous = sigaction()
        restoring.__sigaction_handler.sa_handler = restoringSignalHandler
        sigemptyset(&restoring.sa_mask)
        restoring.sa_flags = 0
        sigaction(SIGINT, &restoring, &previous)
        _ = tcsetattr(fd, TCSANOW, &quiet)
        defer {
            _ = tcsetattr(fd, TCSANOW, &original)
            sigaction(SIGINT, &previous, nil)
        }
        return body()
    }

    // MARK: - Key mode

    /// Runs `body` with `fd` in non-canonical, no-echo mode so single key presses arrive at
    /// once. ISIG stays on: Ctrl-C still raises SIGINT, which the loops read as "quit".
    /// `body` receives the settings in force, to apply again after Ctrl-Z and `fg` (a shell
    /// does not always give a stopped job its terminal modes back).
    static func withKeyMode<T>(_ fd: Int32, _ body: (termios?) -> T) -> T {
        var original = Glibc.termios()
        guard isTerminal(fd), tcgetattr(fd, &original) == 0 else { return body(nil) }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        _ = tcsetattr(fd, TCSANOW, &raw)
        defer { _ = tcsetattr(fd, TCSANOW, &original) }
        return body(raw)
    }
}

private func restoringSignalHandler(_ signal: Int32) {
    Terminal.restoreForSignal()
    if let previous = Terminal.saved.previousActions, signal >= 0, signal < Terminal.signalSlots {
        sigaction(signal, previous + Int(signal), nil)
    } else {
        var fallback = sigaction()
        fallback.__sigaction_handler.sa_handler = SIG_DFL
        sigaction(signal, &fallback, nil)
    }
    // A terminating signal (SIGINT too, while `withEchoOff` has this handler on it) is
    // re-raised so it still ends the process with the right status; it stays pending until
    // this handler returns. A crash signal is not: returning
    // re-runs the faulting instruction, which now reaches the previous handler with the
    // original fault information (abort() re-raises by itself).
    if signal == SIGTERM || signal == SIGHUP || signal == SIGQUIT || signal == SIGINT {
        raise(signal)
    }
}

private func restoringExitHandler() {
    Terminal.restore()
}
