import Foundation
import Testing

/// Runs the real `datenight` binary built next to the tests, the way a person or a script would.
enum Datenight {
    struct Result {
        var status: Int32
        /// True when the process died from a signal (a crash), not by exiting.
        var crashed: Bool
        var stdout: String
        var stderr: String
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

    /// One cache folder for every run of this test process, so the scene listing's cache is
    /// used and replaced as it would be at home, without touching the home folder.
    static let cacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent("datenight-tests-cache-\(UUID().uuidString)")

    /// Runs `datenight ARGS` with `input` on standard input (closed at its end).
    static func run(_ arguments: [String], input: String = "", in directory: URL? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        try launch(executable.path, arguments, input: input, in: directory, environment: environment)
    }

    /// Runs a shell pipeline, for checks written as a person would type them.
    static func shell(_ command: String, in directory: URL? = nil) throws -> Result {
        try launch("/bin/sh", ["-c", command], input: "", in: directory, environment: ["DATENIGHT": executable.path])
    }

    private static func launch(_ path: String, _ arguments: [String], input: String, in directory: URL?,
                               environment: [String: String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repository
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["XDG_DATA_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("datenight-tests-\(UUID().uuidString)").path
        env["XDG_CACHE_HOME"] = cacheFolder.path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        // Files rather than pipes: a chatty process can never block on a full pipe.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("datenight-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inURL = scratch.appendingPathComponent("in"), outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        try Data(input.utf8).write(to: inURL)
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let stdin = try FileHandle(forReadingFrom: inURL)
        let stdout = try FileHandle(forWritingTo: outURL)
        let stderr = try FileHandle(forWritingTo: errURL)
        defer { try? stdin.close(); try? stdout.close(); try? stderr.close() }
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            crashed: process.terminationReason == .uncaughtSignal,
            stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self))
    }

    /// A folder for one test's files, removed afterwards by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("datenight-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
