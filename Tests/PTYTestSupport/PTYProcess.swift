import Foundation
import CReadline
import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// A program running on a pseudo-terminal of its own, driven the way pexpect drives one:
/// wait until something is on the screen, then type. The program is a session leader with
/// the terminal as its controlling terminal, so Ctrl-C typed as `\u{03}` reaches it as SIGINT
/// through the terminal's line discipline and a new window size as SIGWINCH, exactly as at a
/// real keyboard.
///
/// Waiting is on what was drawn, never on the clock; the timeouts are hang guards only.
public final class PTYProcess: @unchecked Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case openpty
        case spawn(Int32)
        /// The text never appeared; what the screen showed instead.
        case timedOut(waitingFor: String, screen: [String])
        case stillRunning

        public var description: String {
            switch self {
            case .openpty: "openpty failed"
            case .spawn(let code): "posix_spawn failed: \(String(cString: strerror(code)))"
            case .timedOut(let text, let screen):
                "timed out waiting for \"\(text)\"; the screen shows:\n" + screen.joined(separator: "\n")
            case .stillRunning: "the program did not exit"
            }
        }
    }

    /// How the program ended.
    public enum Exit: Equatable, Sendable {
        case status(Int32)
        case signal(Int32)
    }

    public let pid: pid_t
    private let master: Int32
    private var bytes: [UInt8] = []
    /// Where each resize happened in the byte stream, for replaying the screen.
    private var resizes: [(offset: Int, columns: Int)] = []
    /// Searches with `expect` start after the previous match, as with pexpect.
    private var visibleMatchedUpTo = 0
    private var exited: Exit?
    public private(set) var columns: Int
    public let rows: Int
    private let startColumns: Int

    /// Starts `executable` with exactly `environment` on a new `columns` x `rows` terminal.
    public init(_ executable: String, _ arguments: [String], environment: [String: String],
                columns: Int = 80, rows: Int = 30) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw Failure.openpty }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        defer { close(slave) }
        guard let name = ttyname(slave) else {
            close(master)
            throw Failure.openpty
        }
        let slavePath = String(cString: name)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened by name after setsid, so the terminal becomes the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The test thread may have signals blocked (readline tests do); the program starts clean.
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH, SIGCONT, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // POSIX_SPAWN_SETSID (glibc's value; the header hides it behind _GNU_SOURCE).
        let setsid: Int32 = 0x80
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | setsid))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            close(master)
            throw Failure.spawn(result)
        }
        self.pid = pid
        self.master = master
        self.columns = columns
        self.startColumns = columns
        self.rows = rows
    }

    deinit {
        if exited == nil {
            _ = Glibc.kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// A typical environment for the binary: a known terminal, UTF-8, no colour unless asked,
    /// bracketed paste off (see `PTYDriver.writeInputrc`), and `extra` on top.
    /// Where datenight keeps its scene-listing cache in tests: one folder, the same for every
    /// run, so tests neither write to the home folder nor leave a new folder behind each time.
    /// The cache is safe to share (written whole and renamed, keyed by what it was made from).
    public static let testCacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent("datenight-tests-cache").path

    public static func environment(_ extra: [String: String]) -> [String: String] {
        var environment: [String: String] = [
            "PATH": "/usr/bin:/bin",
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            "INPUTRC": PTYDriver.writeInputrc(),
            "XDG_CACHE_HOME": testCacheFolder,
        ]
        if let home = getenv("HOME") { environment["HOME"] = String(cString: home) }
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    // MARK: - Typing

    public func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written <= 0 { break }
            offset += written
        }
    }

    /// Each key on its own, as fingers would: readline sees them one read at a time.
    public func typeSlowly(_ keys: String) {
        for character in keys {
            type(String(character))
            collect(waitMilliseconds: 5)
        }
    }

    public func resize(columns: Int, rows: Int? = nil) {
        collect(waitMilliseconds: 0)
        resizes.append((bytes.count, columns))
        self.columns = columns
        // The kernel sends SIGWINCH to the terminal's foreground process group.
        _ = dn_set_window_size(master, UInt16(rows ?? self.rows), UInt16(columns))
    }

    /// The terminal's modes as the program left them (the master shares the slave's).
    public var terminalModes: termios? {
        var modes = termios()
        return tcgetattr(master, &modes) == 0 ? modes : nil
    }

    // MARK: - Reading

    /// Everything the program wrote, byte for byte.
    public var rawOutput: [UInt8] {
        collect(waitMilliseconds: 0)
        return bytes
    }

    /// What the program wrote with every escape sequence taken out: the text a reader sees,
    /// in the order it was written.
    public var visibleText: String {
        collect(waitMilliseconds: 0)
        return Style.visibleText(String(decoding: bytes, as: UTF8.self))
    }

    /// The screen as a terminal of this size would show it now.
    public var screen: [String] {
        collect(waitMilliseconds: 0)
        var model = ScreenModel(width: startColumns, height: rows)
        var start = 0
        for resize in resizes {
            model.feed(String(decoding: bytes[start..<resize.offset], as: UTF8.self))
            model.resize(width: resize.columns)
            start = resize.offset
        }
        model.feed(String(decoding: bytes[start...], as: UTF8.self))
        return model.lines
    }

    /// Waits until `text` appears in the visible text after the previous match.
    @discardableResult
    public func expect(_ text: String, timeout: Double = 60) throws -> String {
        let deadline = now() + timeout
        var finalLook = false
        while true {
            let visible = visibleText
            let utf8 = visible.utf8
            let from = utf8.index(utf8.startIndex, offsetBy: min(visibleMatchedUpTo, utf8.count))
            if let range = visible[from...].firstRange(of: text) {
                visibleMatchedUpTo = utf8.distance(from: utf8.startIndex, to: range.upperBound)
                return visible
            }
            if now() > deadline || finalLook { throw Failure.timedOut(waitingFor: text, screen: screen) }
            // Once the program has ended and nothing more can come, one last look.
            if !collect(waitMilliseconds: 50), pollExit() != nil { finalLook = true }
        }
    }

    /// Waits until the screen as drawn now satisfies `condition`.
    @discardableResult
    public func expectScreen(_ description: String, timeout: Double = 60, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = now() + timeout
        var finalLook = false
        while true {
            let lines = screen
            if condition(lines) { return lines }
            if now() > deadline || finalLook { throw Failure.timedOut(waitingFor: description, screen: lines) }
            if !collect(waitMilliseconds: 50), pollExit() != nil { finalLook = true }
        }
    }

    /// Waits for the program to end, reading what it writes meanwhile.
    public func waitForExit(timeout: Double = 60) throws -> Exit {
        let deadline = now() + timeout
        while true {
            collect(waitMilliseconds: 20)
            if let exit = pollExit() {
                collect(waitMilliseconds: 0)
                return exit
            }
            if now() > deadline { throw Failure.stillRunning }
        }
    }

    public func send(signal: Int32) {
        _ = Glibc.kill(pid, signal)
    }

    private func pollExit() -> Exit? {
        if let exited { return exited }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift cannot import.
        let signal = status & 0x7F
        exited = signal == 0 ? .status((status >> 8) & 0xFF) : .signal(signal)
        return exited
    }

    /// Reads whatever is waiting; true if anything came.
    @discardableResult
    private func collect(waitMilliseconds: Int32) -> Bool {
        var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        var buffer = [UInt8](repeating: 0, count: 8192)
        var wait = waitMilliseconds
        var got = false
        while poll(&entry, 1, wait) > 0, entry.revents & Int16(POLLIN) != 0 {
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            got = true
            wait = 0
        }
        return got
    }

    private func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
