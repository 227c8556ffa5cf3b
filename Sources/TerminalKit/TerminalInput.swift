#if canImport(Glibc)
import Glibc
#endif

/// Keys from a file descriptor (standard input) plus SIGINT/SIGWINCH from the signalfd,
/// multiplexed with `poll`: the thread sleeps until a key, a signal or the deadline.
public final class TerminalInput: InputSource {
    private let fd: Int32
    private let clock: any MonotonicClock
    private var inputEnded = false
    /// The key-mode settings while `withKeyMode` runs.
    private var keyMode: termios?

    public init(fd: Int32 = Terminal.standardInput, clock: any MonotonicClock = SystemMonotonicClock()) {
        self.fd = fd
        self.clock = clock
    }

    public func withKeyMode<T>(_ body: () -> T) -> T {
        Terminal.withKeyMode(fd) { settings in
            // Ctrl-Z arrives as a key, so the runner can show the cursor and pause before
            // the process stops (the tty would otherwise stop it mid-frame, cursor hidden).
            if var settings {
                withUnsafeMutableBytes(of: &settings.c_cc) { cc in cc[Int(VSUSP)] = 0 }
                _ = tcsetattr(fd, TCSANOW, &settings)
                keyMode = settings
            }
            defer { keyMode = nil }
            return body()
        }
    }

    /// The shell gets the terminal as it was before the game changed it; after `fg`, key
    /// mode comes back (the SIGCONT that follows also asks for a redraw).
    public func suspend() {
        if Terminal.saved.haveTermios {
            var original = Terminal.saved.termios
            _ = tcsetattr(fd, TCSANOW, &original)
        }
        raise(SIGTSTP)
        if var settings = keyMode { _ = tcsetattr(fd, TCSANOW, &settings) }
    }

    public func wait(until deadline: MonotonicInstant?) -> InputEvent {
        let signals = SignalChannel.shared
        while true {
            var fds: [pollfd] = []
            if let signals { fds.append(pollfd(fd: signals.fd, events: Int16(POLLIN), revents: 0)) }
            if !inputEnded { fds.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
            let timeout = Self.pollTimeout(until: deadline, now: clock.now())
            if fds.isEmpty, timeout < 0 { return .endOfInput }
            if timeout == 0 { return .timeout }
            let ready = poll(&fds, nfds_t(fds.count), timeout)
            if ready < 0 {
                if errno == EINTR { continue }
                return .endOfInput
            }
            if ready == 0 {
                // poll rounds to whole milliseconds; loop until the clock agrees.
                if let deadline, clock.now() < deadline { continue }
                return .timeout
            }
            for entry in fds where entry.revents != 0 {
                if let signals, entry.fd == signals.fd {
                    let received = signals.drain()
                    if received.contains(SIGINT) { return .interrupt }
                    if received.contains(SIGCONT), var settings = keyMode {
                        _ = tcsetattr(fd, TCSANOW, &settings)
                    }
                    if received.contains(SIGWINCH) || received.contains(SIGCONT) { return .resize }
                    continue
                }
                var buffer = [UInt8](repeating: 0, count: 64)
                let count = read(fd, &buffer, buffer.count)
                if count > 0 { return .bytes(Array(buffer[0..<count])) }
                if count < 0, errno == EINTR || errno == EAGAIN { continue }
                inputEnded = true
                return .endOfInput
            }
        }
    }

    /// Milliseconds for `poll`: rounded up so a wake-up is never early (an early wake-up
    /// would find nothing due and spin), -1 for "no deadline", 0 if already due.
    static func pollTimeout(until deadline: MonotonicInstant?, now: MonotonicInstant) -> Int32 {
        guard let deadline else { return -1 }
        let nanoseconds = deadline.nanoseconds - now.nanoseconds
        if nanoseconds <= 0 { return 0 }
        let milliseconds = (nanoseconds + 999_999) / 1_000_000
        return Int32(clamping: milliseconds)
    }
}
