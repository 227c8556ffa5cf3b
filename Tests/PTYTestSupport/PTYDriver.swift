import CReadline
import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// A pseudo-terminal with a scripted typist on its own thread, the way pexpect works:
/// wait until some text has been drawn, then type. Keys are sent only after readline has
/// drawn its prompt (and so has set the terminal up), which makes the runs deterministic
/// without any sleeping.
///
/// Shared by the TerminalKit tests (readline in this process) and the CLI tests, whose
/// `PTYProcess` runs the real binary on a pseudo-terminal of its own.
public final class PTYDriver: @unchecked Sendable {
    public enum Step {
        /// Wait until the output so far contains this text.
        case waitFor(String)
        /// Wait until this text appears again after the point already matched.
        case waitForMore(String)
        case type(String)
        /// Deliver SIGINT to the thread that started the script (it has SIGINT blocked, so
        /// the signal waits for that thread's signalfd and cannot reach any other thread).
        case interrupt
        /// Let a `GatedClock` start moving.
        case release(GatedClock)
        /// Change the window size and send SIGWINCH to the reading thread, as a terminal does.
        case resize(columns: UInt16)
    }

    public let master: Int32
    public let slave: Int32
    private let lock = Lock()
    private var output: [UInt8] = []
    private var matchedUpTo = 0
    private var stopping = false
    private var thread: pthread_t?
    public private(set) var timedOut = false

    public init(columns: UInt16 = 80) throws {
        PTYDriver.prepareEnvironment()
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw DriverError.openpty }
        self.master = master
        self.slave = slave
    }

    deinit {
        close(master)
        close(slave)
    }

    public enum DriverError: Error { case openpty, thread }

    nonisolated(unsafe) private static var environmentReady = false

    /// Readline reads TERM and INPUTRC once, at its first initialisation in the process.
    private static func prepareEnvironment() {
        if environmentReady { return }
        environmentReady = true
        setenv("INPUTRC", writeInputrc(), 1)
        setenv("TERM", "xterm-256color", 1)
    }

    /// An inputrc that turns off bracketed paste, which readline 8.2 turns on: the typed
    /// keys would otherwise arrive wrapped in paste markers. One fixed file, rewritten each
    /// run, so runs do not leave files behind. Returns its path.
    public static func writeInputrc() -> String {
        let path = "/tmp/datenight-tests.inputrc"
        if let file = fopen(path, "w") {
            fputs("set enable-bracketed-paste off\n", file)
            fclose(file)
        }
        return path
    }

    public func reader(plain: Bool = false, clock: any MonotonicClock = SystemMonotonicClock()) -> LineReader {
        LineReader(
            options: .init(plain: plain, style: Style(escapes: true, colors: true)),
            inputFD: slave, outputFD: slave, clock: clock
        )
    }

    /// Starts the typist. Call from the thread that will call `readLine`.
    public func run(_ steps: [Step]) throws {
        // Blocked here, before the typist exists, so the signals it sends this thread wait for
        // the thread's signalfd (TerminalKit's SignalChannel) instead of interrupting it.
        var mask = sigset_t()
        sigemptyset(&mask)
        for signal in [SIGINT, SIGWINCH, SIGCONT] { sigaddset(&mask, signal) }
        pthread_sigmask(SIG_BLOCK, &mask, nil)
        let target = pthread_self()
        let context = Unmanaged.passRetained(Context(driver: self, steps: steps, target: target)).toOpaque()
        var handle = pthread_t()
        guard pthread_create(&handle, nil, { raw in
            guard let raw else { return nil }
            let context = Unmanaged<Context>.fromOpaque(raw).takeRetainedValue()
            context.driver.work(context.steps, target: context.target)
            return nil
        }, context) == 0 else {
            Unmanaged<Context>.fromOpaque(context).release()
            throw DriverError.thread
        }
        thread = handle
    }

    /// Stops the typist and returns everything drawn on the terminal.
    public func finish() -> String {
        lock.with { stopping = true }
        if let thread { pthread_join(thread, nil) }
        thread = nil
        collect(timeout: 0)
        return lock.with { String(decoding: output, as: UTF8.self) }
    }

    private final class Context {
        let driver: PTYDriver
        let steps: [Step]
        let target: pthread_t
        init(driver: PTYDriver, steps: [Step], target: pthread_t) {
            self.driver = driver
            self.steps = steps
            self.target = target
        }
    }

    private func work(_ steps: [Step], target: pthread_t) {
        var remaining = steps[...]
        var waited = 0
        while !lock.with({ stopping }) {
            collect(timeout: 10)
            guard let step = remaining.first else { continue }
            switch step {
            case .waitFor(let text), .waitForMore(let text):
                let found: Bool = lock.with {
                    let haystack = String(decoding: output, as: UTF8.self)
                    let searchFrom: String.Index
                    if case .waitForMore = step {
                        let offset = min(matchedUpTo, haystack.utf8.count)
                        searchFrom = haystack.utf8.index(haystack.utf8.startIndex, offsetBy: offset)
                    } else {
                        searchFrom = haystack.startIndex
                    }
                    guard let range = haystack[searchFrom...].firstRange(of: text) else { return false }
                    matchedUpTo = haystack.utf8.distance(from: haystack.startIndex, to: range.upperBound)
                    return true
                }
                if found {
                    remaining = remaining.dropFirst()
                    waited = 0
                } else {
                    // A hang guard, not a timing assertion: after about a minute, end the
                    // prompt so the test fails on its expectations instead of hanging.
                    waited += 1
                    if waited > 6_000 {
                        lock.with { timedOut = true }
                        type("\r\u{04}")
                        remaining = []
                    }
                }
            case .type(let keys):
                type(keys)
                remaining = remaining.dropFirst()
            case .interrupt:
                pthread_kill(target, SIGINT)
                remaining = remaining.dropFirst()
            case .release(let clock):
                clock.release()
                remaining = remaining.dropFirst()
            case .resize(let columns):
                _ = dn_set_window_size(master, 24, columns)
                pthread_kill(target, SIGWINCH)
                remaining = remaining.dropFirst()
            }
        }
    }

    private func type(_ keys: String) {
        var bytes = Array(keys.utf8)
        _ = write(master, &bytes, bytes.count)
    }

    private func collect(timeout: Int32) {
        var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        var buffer = [UInt8](repeating: 0, count: 4096)
        var wait = timeout
        while poll(&entry, 1, wait) > 0, entry.revents & Int16(POLLIN) != 0 {
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            lock.with { output.append(contentsOf: buffer[0..<count]) }
            wait = 0
        }
    }
}

/// A clock that stands still until released, then runs at real speed from where it stood:
/// a countdown cannot start eating its time before the scripted typist has typed.
public final class GatedClock: MonotonicClock, @unchecked Sendable {
    private let lock = Lock()
    private let real = SystemMonotonicClock()
    private var frozenAt: MonotonicInstant?
    private var offset: Int64 = 0

    public init() {
        frozenAt = real.now()
    }

    public func now() -> MonotonicInstant {
        lock.with {
            if let frozenAt { return frozenAt }
            return MonotonicInstant(nanoseconds: real.now().nanoseconds - offset)
        }
    }

    public func release() {
        lock.with {
            guard let frozenAt else { return }
            offset = real.now().nanoseconds - frozenAt.nanoseconds
            self.frozenAt = nil
        }
    }
}

/// pthread mutex: the test support stays free of Foundation like the module it tests.
public final class Lock: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    public init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    public func with<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}
