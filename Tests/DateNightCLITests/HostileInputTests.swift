import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Special files among the scenes, and control or bidi characters in file names, scene text
/// and command-line values: nothing hangs, and nothing reaches any output raw.
@Suite("Hostile files, names and values")
struct HostileInputTests {
    /// Runs `datenight ARGS`, killed after `seconds` so that a hang fails the test instead of
    /// stopping the suite.
    static func run(_ arguments: [String], within seconds: Double = 20) async throws -> (result: Datenight.Result, hung: Bool) {
        let result = try await Datenight.run(arguments, bytes: [], within: seconds)
        return (result, result.hung)
    }

    /// Every scalar a terminal could obey or that reorders text: C0 but newline, DEL, C1, and
    /// the bidi embeddings, overrides, isolates and marks.
    static func rawControls(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { value in
            (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
                || value == 0x200E || value == 0x200F || value == 0x061C
        }
    }

    static let scene = try! String(contentsOf: Datenight.repository.appendingPathComponent("Scenes/eye-gazing.json"), encoding: .utf8)
        .replacingOccurrences(of: "\"id\": \"eye-gazing\"", with: "\"id\": \"own-gazing\"")

    // MARK: - Special files

    @Test func aFIFOATerminalLinkAndAFolderNamedJSONAreSkippedWithTheReason() async throws {
        let folder = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.scene.utf8).write(to: folder.appendingPathComponent("own-gazing.json"))
        #expect(mkfifo(folder.appendingPathComponent("fifo.json").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("tty.json").path, withDestinationPath: "/dev/tty")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("zero.json").path, withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("stdin.json").path, withDestinationPath: "/dev/stdin")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("dir.json"), withIntermediateDirectories: true)

        let scenes = try await Self.run(["scenes", "--scenes", folder.path])
        #expect(!scenes.hung, "scenes hung on a special file")
        #expect(scenes.result.status == 0, "\(scenes.result.stderr)")
        #expect(scenes.result.stdout.contains("(own-gazing)"), "the good scene is still listed")
        #expect(scenes.result.stderr.contains("fifo.json") && scenes.result.stderr.contains("named pipe"), "\(scenes.result.stderr)")
        #expect(scenes.result.stderr.contains("zero.json") && scenes.result.stderr.contains("device"), "\(scenes.result.stderr)")
        #expect(scenes.result.stderr.contains("tty.json"), "\(scenes.result.stderr)")
        #expect(scenes.result.stderr.contains("stdin.json"), "\(scenes.result.stderr)")
        #expect(scenes.result.stderr.contains("dir.json") && scenes.result.stderr.contains("folder"), "\(scenes.result.stderr)")
        #expect(!scenes.result.stderr.contains("NSCocoaErrorDomain"))

        let validate = try await Self.run(["validate", folder.path])
        #expect(!validate.hung, "validate hung on a special file")
        #expect(validate.result.status == 65, "the special files are reported as errors")
        #expect(!validate.result.stderr.contains("NSCocoaErrorDomain"), "\(validate.result.stderr)")
        #expect(validate.result.stderr.contains("\(folder.path)/dir.json:1:1: error: it is a folder, not a scene file"),
                "\(validate.result.stderr)")

        let play = try await Self.run(["play", "own-gazing", "--scenes", folder.path, "--players", "A,B", "--time-scale", "0", "--no-record"])
        #expect(!play.hung, "play hung on a special file")
        #expect(play.result.status == 0, "\(play.result.stderr)")

        let named = try await Self.run(["validate", folder.appendingPathComponent("fifo.json").path])
        #expect(!named.hung && named.result.status == 65, "\(named.result.stderr)")
    }

    @Test func aFileOverTheSizeLimitIsRefusedUnread() async throws {
        let folder = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.json")
        _ = FileManager.default.createFile(atPath: big.path, contents: nil)
        #expect(truncate(big.path, 17 * 1024 * 1024) == 0)
        let result = try await Self.run(["validate", big.path])
        #expect(result.result.status == 65)
        #expect(result.result.stderr.contains("larger than 16 MiB"), "\(result.result.stderr)")
    }

    // MARK: - Names and values

    @Test func escapeAndBidiBytesInFileNamesNeverReachTheTerminal() async throws {
        let folder = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "evil\u{1b}]52;c;aGk=\u{7}\u{1b}[2J\u{9b}1m\u{202e}txt.json"
        try Data("{ \"format\": 1, \"id\": \"x\" ".utf8).write(to: folder.appendingPathComponent(name))
        for arguments in [["validate", folder.path], ["scenes", "--scenes", folder.path], ["validate", "--format", "json", folder.path],
                          ["validate", folder.appendingPathComponent(name).path]] {
            let run = try await Self.run(arguments)
            #expect(run.result.status != 0 || arguments[0] == "scenes")
            #expect(run.result.stderr.contains("evil") || run.result.stdout.contains("evil"), "\(arguments): the file is named")
            #expect(Self.rawControls(run.result.stderr).isEmpty, "\(arguments) stderr: \(Self.rawControls(run.result.stderr))")
            #expect(Self.rawControls(run.result.stdout).isEmpty, "\(arguments) stdout: \(Self.rawControls(run.result.stdout))")
        }
        let json = try await Self.run(["validate", "--format", "json", folder.path]).result.stdout
        #expect(json.contains(#"\u202e"#), "JSON spells the override as an escape")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(parsed.contains { ($0["file"] as? String)?.hasSuffix(name) == true }, "and still means the same name")
    }

    @Test func commandLineValuesInErrorsAreShownInert() async throws {
        let evil = "x\u{1b}]52;c;aGk=\u{7}\u{1b}[2J\u{9b}31m\u{202e}\u{200f}y"
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let cases: [[String]] = [
            ["play", "sampler", "--players", evil],
            ["play", "sampler", "--players", "\(evil),\(evil)x", "--seed", evil],
            ["play", evil, "--players", "A,B"],
            ["play", "sampler", "--players", "A,B", "--time-scale", evil],
            ["scenes", "--format", evil],
            ["sessions", "--format", evil],
            ["journal", evil],
            ["resume", evil],
            ["forget", evil],
            ["graph", evil],
            ["graph", "sampler", "--format", evil],
            ["validate", evil],
            ["test", evil],
            ["progress", "--format", evil],
            [evil],
        ]
        for arguments in cases {
            let run = try await Self.run(arguments + ["--data-dir", data.path])
            #expect(run.result.status != 0, "\(arguments)")
            #expect(!run.result.crashed)
            #expect(Self.rawControls(run.result.stderr).isEmpty, "\(arguments): \(Self.rawControls(run.result.stderr)) in \(run.result.stderr)")
            #expect(Self.rawControls(run.result.stdout).isEmpty, "\(arguments): \(Self.rawControls(run.result.stdout))")
        }
    }

    // MARK: - Machine outputs

    static let bidiScene = #"""
    { "format": 1, "id": "bidi", "title": "Tricky \\ \u202e title \\e[2J \u001b[2J \"quoted\": yes #1 \u2066x\u2069 \u200f\\",
      "summary": "A scene with \u202e overrides \u200e in it.", "minutes": 5, "kinds": ["emotional"], "start": "a",
      "nodes": [
        { "id": "a", "kind": "prompt", "who": "each", "text": "Say \u202egnihtemos\u202c \u2067please\u2069?", "next": "b" },
        { "id": "b", "kind": "end", "text": "Bye \u061c now." } ] }
    """#

    @Test func machineOutputsEscapeBidiAndFormatControls() async throws {
        let folder = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.bidiScene.utf8).write(to: folder.appendingPathComponent("bidi.json"))
        #expect(try await Self.run(["validate", folder.path]).result.status == 0)
        for arguments in [["scenes", "--format", "json"], ["graph", "bidi", "--format", "dot"], ["graph", "bidi", "--format", "mermaid"]] {
            let run = try await Self.run(arguments + ["--scenes", folder.path])
            #expect(run.result.status == 0, "\(arguments): \(run.result.stderr)")
            let format = run.result.stdout.unicodeScalars.filter { $0.properties.generalCategory == .format }
            #expect(format.isEmpty, "\(arguments): \(format.map { String($0.value, radix: 16) })")
            #expect(Self.rawControls(run.result.stdout).isEmpty, "\(arguments)")
        }
        let json = try await Self.run(["scenes", "--format", "json", "--scenes", folder.path]).result.stdout
        #expect(json.contains(#"\u202e"#))
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(listed.contains { $0["summary"] as? String == "A scene with \u{202e} overrides \u{200e} in it." }, "the JSON still means the text")
    }

    @Test func theMermaidTitleIsValidYAMLForAnyTitle() async throws {
        let python = try #require(["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
                                  ?? (try? Datenight.shell("command -v python3").stdout.trimmingCharacters(in: .whitespacesAndNewlines)),
                                  "python3 is needed to read the YAML")
        #expect(try Datenight.shell("\(python) -c 'import yaml'").status == 0, "PyYAML is not installed (pip install pyyaml)")
        let folder = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.bidiScene.utf8).write(to: folder.appendingPathComponent("bidi.json"))
        let mermaid = folder.appendingPathComponent("graph.mmd")
        let run = try await Self.run(["graph", "bidi", "--format", "mermaid", "--scenes", folder.path])
        try Data(run.result.stdout.utf8).write(to: mermaid)
        let script = """
        import sys, yaml, json
        text = open(sys.argv[1], encoding="utf-8").read()
        front = text.split("---\\n")[1]
        print(json.dumps(yaml.safe_load(front)["title"]))
        """
        try Data(script.utf8).write(to: folder.appendingPathComponent("read.py"))
        let read = try Datenight.shell("\(python) \(folder.path)/read.py \(mermaid.path)")
        #expect(read.status == 0, "\(read.stderr)")
        let title = try JSONSerialization.jsonObject(with: Data(read.stdout.utf8), options: .fragmentsAllowed) as? String
        // The title as text, exactly: the backslashes and the escape's spelling kept, the
        // controls written as YAML escapes that decode to themselves.
        #expect(title == "Tricky \\ \u{202e} title \\e[2J \u{1b}[2J \"quoted\": yes #1 \u{2066}x\u{2069} \u{200f}\\",
                "\(String(describing: title))")
    }
}
