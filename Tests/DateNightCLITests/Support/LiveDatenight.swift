import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A `datenight` process that keeps running while a test feeds it lines through a pipe,
/// watches what it prints, and may kill it at any moment.
final class LiveDatenight {
    let process = Process()
    private let input = Pipe()
    private let scratch: URL
    private let outURL: URL
    private let errURL: URL

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        // Writing to a pipe whose reader was killed must be an error here, not a signal.
        signal(SIGPIPE, SIG_IGN)
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("datenight-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        outURL = scratch.appendingPathComponent("out")
        errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.executableURL = Datenight.executable
        process.arguments = arguments
        process.currentDirectoryURL = Datenight.repository
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["XDG_DATA_HOME"] = scratch.appendingPathComponent("xdg").path
        env["XDG_CACHE_HOME"] = Datenight.cacheFolder.path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = input
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
    }

    deinit {
        if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: scratch)
    }

    var stdout: String { String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self) }
    var stderr: String { String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self) }

    /// Sends one line; false when the process is no longer reading.
    @discardableResult
    func send(_ line: String) -> Bool {
        (try? input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))) != nil
    }

    /// Waits until the output contains `text` (true) or the process ends or time runs out (false).
    func waitForOutput(_ text: String, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if stdout.contains(text) { return true }
            if !process.isRunning { return stdout.contains(text) }
            usleep(2_000)
        }
        return false
    }

    /// SIGKILL, the way a power cut or `kill -9` ends a game: no chance to clean up.
    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Closes standard input (the end of the script) and waits for the process to finish.
    func finish() -> (status: Int32, killed: Bool) {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal)
    }

    var wasKilled: Bool { !process.isRunning && process.terminationReason == .uncaughtSignal }
}
