import Foundation
import PTYTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Two people at one keyboard: the real `datenight` on a pseudo-terminal of its own, with a
/// private data folder, a fixed terminal type, and readline's bracketed paste off.
final class Couple {
    let terminal: PTYProcess
    let folder: URL

    /// - Parameters:
    ///   - color: false sets NO_COLOR (bold and dim stay, as no-color.org asks).
    ///   - gazing: adds `--scenes` with `Couple.gazingScene`, a scene whose words these tests own
    ///     (the bundled scenes' wording is free to change).
    init(_ arguments: [String], columns: Int = 80, rows: Int = 30, color: Bool = true, gazing: Bool = true,
         environment: [String: String] = [:]) throws {
        folder = try Datenight.temporaryFolder()
        var arguments = arguments
        if gazing {
            let scenes = folder.appendingPathComponent("scenes")
            try FileManager.default.createDirectory(at: scenes, withIntermediateDirectories: true)
            try Data(Self.gazingScene.utf8).write(to: scenes.appendingPathComponent("quiet-gazing.json"))
            arguments += ["--scenes", scenes.path]
        }
        var extra = ["XDG_DATA_HOME": folder.appendingPathComponent("data").path]
        if !color { extra["NO_COLOR"] = "1" }
        for (key, value) in environment { extra[key] = value }
        terminal = try PTYProcess(Datenight.executable.path, arguments, environment: PTYProcess.environment(extra),
                                  columns: columns, rows: rows)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Waits for `text`, then types `keys`.
    func at(_ text: String, type keys: String) throws {
        try terminal.expect(text)
        terminal.type(keys)
    }

    func expect(_ text: String) throws {
        try terminal.expect(text)
    }

    var screen: [String] { terminal.screen }

    /// The number the picker shows for a scene title, read off the screen.
    func pickerNumber(of title: String) throws -> String {
        let lines = try terminal.expectScreen("the picker lists \(title)") { lines in
            lines.contains { $0.contains(". \(title) ·") }
        }
        let line = lines.first { $0.contains(". \(title) ·") } ?? ""
        return line.trimmingCharacters(in: .whitespaces).components(separatedBy: ".").first ?? ""
    }

    /// A scene file in a folder of its own, for `--scenes`; the caller removes the folder.
    static func sceneFolder(_ json: String, named name: String) throws -> URL {
        let scenes = try Datenight.temporaryFolder()
        try Data(json.utf8).write(to: scenes.appendingPathComponent("\(name).json"))
        return scenes
    }
}

extension Couple {
    /// Eye gazing in miniature: a narration that waits for Enter, a choice, a timer with a cue,
    /// two questions each, a reveal and a closing line.
    static let gazingScene = #"""
    { "format": 1, "id": "quiet-gazing", "title": "Quiet Gazing",
      "summary": "A few quiet minutes looking at each other, then a word each about it.",
      "minutes": 6, "kinds": ["physical", "emotional"], "start": "welcome", "variables": { "gaze_seconds": 180 },
      "nodes": [
        { "id": "welcome", "kind": "narration", "pause": true,
          "text": ["Quiet gazing, {player1} and {player2}: just the two of you, looking at each other, with nothing else to do.",
                   "Sit facing each other."], "next": "duration" },
        { "id": "duration", "kind": "choice", "text": "How long shall we gaze? Three minutes is a good place to start.",
          "options": [ { "label": "Two minutes", "next": "gaze", "set": { "gaze_seconds": 120 } },
                       { "label": "Three minutes", "next": "gaze", "default": true } ] },
        { "id": "gaze", "kind": "timer", "label": "Gazing", "seconds": { "var": "gaze_seconds" },
          "text": "Look into each other's eyes.", "cues": [ { "at": "halfway", "text": "Halfway." } ],
          "endText": "Time. Take a breath.", "next": "felt" },
        { "id": "felt", "kind": "prompt", "who": "each", "text": "What was that like for you?", "saveAs": "felt",
          "label": "What it was like", "next": "noticed" },
        { "id": "noticed", "kind": "prompt", "who": "each", "text": "What did you notice?", "saveAs": "noticed",
          "label": "What I noticed", "next": "show" },
        { "id": "show", "kind": "reveal", "text": "Side by side:", "answers": ["felt", "noticed"], "next": "end" },
        { "id": "end", "kind": "end", "text": "Thank you for looking." }
      ] }
    """#
}

/// Keys as a terminal sends them.
enum Key {
    static let enter = "\r"
    static let ctrlA = "\u{01}"
    static let ctrlC = "\u{03}"
    static let ctrlD = "\u{04}"
    static let ctrlE = "\u{05}"
    static let backspace = "\u{7F}"
    static let up = "\u{1B}[A"
    static let tab = "\t"
}
