import Foundation
import Testing

/// A scene whose every string holds ESC/CSI, OSC, C1, DEL and bidi controls, in a file whose
/// name holds them too, played with answers that hold them: no command lets one reach the
/// terminal, on standard output or standard error.
@Suite("Control bytes on every command", .serialized)
struct ControlBytesEverywhereTests {
    /// Escaped for JSON where JSON requires it (ESC, BEL), raw where it allows it (C1, DEL, bidi).
    static let evil = #"\u001b[2J\u001b]0;evil\u0007\u001b[31m"# + "\u{9b}1m\u{7f}\u{202e}\u{2066}\u{200f}\u{61c}"
    /// The same, as typed at a prompt.
    static let typed = "said\u{1b}[2J\u{1b}]0;evil\u{7}\u{9b}31m\u{7f}\u{202e}\u{2066}"

    static let scene = """
    { "format": 1, "id": "hostile", "title": "Title \(evil)", "summary": "Summary \(evil)", "minutes": 5,
      "kinds": ["emotional"], "start": "hello", "variables": { "word": "Word \(evil)" },
      "decks": { "qs": { "title": "Deck \(evil)", "questions": [
          { "id": "q1", "text": "Question one \(evil) {var.word}", "category": "hopes-and-dreams", "depth": 1 },
          { "id": "q2", "text": "Question two \(evil)", "category": "hopes-and-dreams", "depth": 1 } ] } },
      "nodes": [
        { "id": "hello", "kind": "narration", "text": ["Hello \(evil) {player1}", "More \(evil) {var.word}"], "next": "ask" },
        { "id": "ask", "kind": "prompt", "who": "each", "saveAs": "said", "label": "Label \(evil)", "text": "Prompt \(evil)", "next": "hide" },
        { "id": "hide", "kind": "prompt", "who": "each", "secret": true, "saveAs": "hidden", "text": "Secret \(evil)", "next": "loud" },
        { "id": "loud", "kind": "prompt", "who": "both", "aloud": true, "saveAs": "loud", "text": "Aloud \(evil)", "next": "quick" },
        { "id": "quick", "kind": "prompt", "who": "partner", "seconds": 20, "saveAs": "quick", "text": "Quick \(evil)", "next": "show" },
        { "id": "show", "kind": "reveal", "text": "Reveal \(evil)", "answers": ["said", "hidden"], "next": "deck" },
        { "id": "deck", "kind": "deck", "deck": "qs", "draw": 2, "who": "partner", "text": "Round \(evil)", "next": "pick" },
        { "id": "pick", "kind": "choice", "who": "both", "saveAs": "picked", "text": "Choose \(evil)", "options": [
            { "label": "Option one \(evil)", "next": "clock" }, { "label": "Option two \(evil)", "next": "breathe" } ] },
        { "id": "clock", "kind": "timer", "label": "Timer \(evil)", "text": "Gaze \(evil)", "seconds": 4,
          "cues": [ { "at": "halfway", "text": "Cue \(evil)" } ], "endText": "Time \(evil)", "next": "breathe" },
        { "id": "breathe", "kind": "breathing", "text": "Breathe \(evil)",
          "pattern": { "inhale": 1, "holdFull": 0, "exhale": 1, "holdEmpty": 0 }, "cycles": 1, "endText": "Done \(evil)", "next": "bye" },
        { "id": "bye", "kind": "end", "text": "Bye \(evil) {answer.quick.player1}" }
      ] }
    """

    static let fileName = "hostile\u{1b}[31m\u{9b}1m\u{7}\u{202e}nosj.json"

    /// Every byte or scalar a terminal would obey, or that reorders what follows it.
    static func leaks(_ bytes: [UInt8]) -> [String] {
        var found: [String] = []
        if bytes.contains(0x1b) { found.append("ESC") }
        if bytes.contains(0x07) { found.append("BEL") }
        let text = String(decoding: bytes, as: UTF8.self)
        found += HostileInputTests.rawControls(text).map { "U+" + String($0, radix: 16, uppercase: true) }
        return found
    }

    /// Signs that the hostile text was there and shown inert, rather than left out.
    static func showsInert(_ text: String) -> Bool {
        ["^[", "<U+009B>", "<U+202E>", #"\u001b"#, #"\u001B"#, #"\u202e"#, "&#8238;", "#8238;"].contains { text.contains($0) }
    }

    @Test func noCommandWritesAControlByte() async throws {
        let root = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let scenes = root.appendingPathComponent("scenes"), data = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: scenes, withIntermediateDirectories: true)
        let file = scenes.appendingPathComponent(Self.fileName)
        try Data(Self.scene.utf8).write(to: file)
        let common = ["--scenes", scenes.path, "--data-dir", data.path]

        // Every answer holds the controls. Only the partner answers 'quick', so a path where
        // Sam starts leaves {answer.quick.player1} unfilled and `test` quotes the end text.
        let answers = Array(repeating: Self.typed, count: 8) + ["1", "/pass", "/pass"]
        var runs: [(what: String, result: Datenight.Result, showsText: Bool)] = []
        func run(_ arguments: [String], input: String = "", statuses: Set<Int32> = [0], showsText: Bool = true) async throws {
            let result = try await Datenight.run(arguments, bytes: Array(input.utf8), within: 120)
            #expect(!result.hung && !result.crashed, "\(arguments)")
            #expect(statuses.contains(result.status), "\(arguments) exited \(result.status): \(result.stderr.suffix(1500))")
            runs.append((arguments.joined(separator: " "), result, showsText))
        }
        try await run(["play", "hostile", "--players", "Alex,Sam", "--time-scale", "0.01", "--seed", "1"] + common,
                input: answers.joined(separator: "\n") + "\n")
        try await run(["play", file.path, "--players", "Sam,Alex", "--time-scale", "0", "--seed", "2"] + common,
                input: (answers.prefix(8) + ["2"]).joined(separator: "\n") + "\n")
        try await run(["test", "hostile", "--walks", "5"] + common, statuses: [65])
        try await run(["test", file.path, "--walks", "5"] + common, statuses: [65])
        for format in ["dot", "mermaid"] { try await run(["graph", "hostile", "--format", format] + common) }
        for format in ["text", "json"] {
            // A valid file: nothing to say about it but that it is fine.
            try await run(["validate", "--format", format, file.path] + common, showsText: false)
            try await run(["validate", "--format", format, scenes.path] + common, showsText: false)
            try await run(["scenes", "--format", format] + common)
            try await run(["sessions", "--format", format] + common)
            try await run(["progress", "--format", format] + common)
        }
        for format in ["text", "markdown", "html", "json"] {
            try await run(["journal", "--format", format] + common)
            try await run(["journal", "1", "--format", format] + common)
            try await run(["journal", "--all", "--players", "Alex,Sam", "--format", format] + common)
        }

        #expect(runs.count == 28)
        for (what, result, showsText) in runs {
            #expect(Self.leaks(result.stdoutBytes).isEmpty, "\(what) stdout: \(Self.leaks(result.stdoutBytes))")
            #expect(Self.leaks(result.stderrBytes).isEmpty, "\(what) stderr: \(Self.leaks(result.stderrBytes))")
            #expect(!showsText || Self.showsInert(result.stdout + result.stderr), "\(what) showed none of the hostile text: \(result.stdout.prefix(600))")
        }
        let played = try #require(runs.first).result.stdout
        #expect(played.contains("Option one") && played.contains("Question") && played.contains("Cue"), "\(played)")
        let tested = runs[2].result.stdout
        #expect(tested.contains("unfilled placeholder") && tested.contains("Bye"), "\(tested)")
    }
}
