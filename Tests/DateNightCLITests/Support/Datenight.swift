import Foundation
import PTYTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Runs the real `datenight` binary built next to the tests, the way a person or a script would.
enum Datenight {
    struct Result {
        var status: Int32
        /// True when the process died from a signal (a crash), not by exiting.
        var crashed: Bool
        var stdout: String
        var stderr: String
        /// True when it was still running at the deadline and had to be killed.
        var hung = false
        /// Standard output and error as bytes, for checks that must see what was written
        /// exactly (a string would already have replaced invalid UTF-8).
        var stdoutBytes: [UInt8] = []
        var stderrBytes: [UInt8] = []
    }

    static let buildFolder: URL = {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: me).deletingLastPathComponent()
        // The test binary may sit inside a bundle folder such as `datenightPackageTests.xctest`.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("datenight").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder
    }()

    static var executable: URL { buildFolder.appendingPathComponent("datenight") }

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The scene listing's cache, used and replaced as it would be at home, without touching
    /// the home folder or leaving a folder behind per run.
    static let cacheFolder = URL(fileURLWithPath: PTYProcess.testCacheFolder)

    /// Runs `datenight ARGS` with `input` on standard input (closed at its end).
    static func run(_ arguments: [String], input: String = "", in directory: URL? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        try launch(executable.path, arguments, input: Array(input.utf8), in: directory, environment: environment)
    }

    /// Runs `datenight ARGS` with any bytes on standard input, killed after `seconds` so that a
    /// hang fails the test (`hung`) instead of stopping the suite. Waits without holding a
    /// thread: Swift Testing's pool has as many threads as cores, and a test blocked on a child
    /// process would keep every other test off one of them.
    static func run(_ arguments: [String], bytes: [UInt8], within seconds: Double, in directory: URL? = nil,
                    environment: [String: String] = [:]) async throws -> Result {
        let launched = try Launched(executable.path, arguments, input: bytes, in: directory, environment: environment)
        let deadline = Date().addingTimeInterval(seconds)
        while launched.process.isRunning, Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        return launched.finish(killingIfRunning: true)
    }

    /// Runs a shell pipeline, for checks written as a person would type them.
    static func shell(_ command: String, in directory: URL? = nil) throws -> Result {
        try launch("/bin/sh", ["-c", command], input: [], in: directory, environment: ["DATENIGHT": executable.path])
    }

    private static func launch(_ path: String, _ arguments: [String], input: [UInt8], in directory: URL?,
                               environment: [String: String]) throws -> Result {
        try Launched(path, arguments, input: input, in: directory, environment: environment).finish(killingIfRunning: false)
    }

    /// A started process with its files; `finish` waits for it, reads what it wrote and removes
    /// every file and folder it was given.
    private final class Launched {
        let process = Process()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("datenight-run-\(UUID().uuidString)")
        /// A save folder of its own unless the test gives one, removed afterwards: a test run
        /// leaves nothing behind in the temporary folder.
        let dataHome = FileManager.default.temporaryDirectory.appendingPathComponent("datenight-tests-\(UUID().uuidString)")
        var handles: [FileHandle] = []
        var outURL: URL { scratch.appendingPathComponent("out") }
        var errURL: URL { scratch.appendingPathComponent("err") }

        init(_ path: String, _ arguments: [String], input: [UInt8], in directory: URL?, environment: [String: String]) throws {
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
            process.currentDirectoryURL = directory ?? Datenight.repository
            var env = ProcessInfo.processInfo.environment
            env["NO_COLOR"] = "1"
            env["XDG_DATA_HOME"] = dataHome.path
            env["XDG_CACHE_HOME"] = Datenight.cacheFolder.path
            for (key, value) in environment { env[key] = value }
            process.environment = env
            // Files rather than pipes: a chatty process can never block on a full pipe.
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            let inURL = scratch.appendingPathComponent("in")
            try Data(input).write(to: inURL)
            _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
            _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
            handles = [try FileHandle(forReadingFrom: inURL), try FileHandle(forWritingTo: outURL), try FileHandle(forWritingTo: errURL)]
            process.standardInput = handles[0]
            process.standardOutput = handles[1]
            process.standardError = handles[2]
            do {
                try process.run()
            } catch {
                cleanUp()
                throw error
            }
        }

        func finish(killingIfRunning: Bool) -> Result {
            let hung = killingIfRunning && process.isRunning
            if hung { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            let out = [UInt8]((try? Data(contentsOf: outURL)) ?? Data()), err = [UInt8]((try? Data(contentsOf: errURL)) ?? Data())
            cleanUp()
            return Result(
                status: process.terminationStatus,
                crashed: process.terminationReason == .uncaughtSignal && !hung,
                stdout: String(decoding: out, as: UTF8.self),
                stderr: String(decoding: err, as: UTF8.self),
                hung: hung, stdoutBytes: out, stderrBytes: err)
        }

        private func cleanUp() {
            for handle in handles { try? handle.close() }
            try? FileManager.default.removeItem(at: scratch)
            try? FileManager.default.removeItem(at: dataHome)
        }
    }

    /// A folder for one test's files, removed afterwards by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("datenight-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
