import Foundation
import PTYTestSupport
import Testing

/// Scenes may come from strangers: nothing in one may reach the terminal as a control
/// sequence, in the picker, the prompts, the choices, the reveal or the closing text.
@Suite("Scene text at a terminal")
struct TerminalEscapeTests {
    @Test func escapeSequencesInASceneNeverReachTheTerminal() throws {
        let scenes = try Couple.sceneFolder(Self.sneakyScene, named: "sneaky")
        defer { try? FileManager.default.removeItem(at: scenes) }
        // --no-color: datenight's own escapes are then only bold, dim and underline (1, 2, 4, 0).
        let couple = try Couple(["play", "--players", "Alex,Sam", "--scenes", scenes.path, "--time-scale", "0", "--no-color"], gazing: false)
        try couple.at("Which one?", type: "sneak" + Key.enter)
        try couple.at("Press Enter to go on ›", type: Key.enter)
        try couple.at("Alex ›", type: "my answer" + Key.enter)
        try couple.at("Alex & Sam ›", type: "2" + Key.enter)
        try couple.at("Sam ›", type: Key.enter)
        try couple.expect("The end")
        #expect(try couple.terminal.waitForExit() == .status(0))

        let raw = couple.terminal.rawOutput
        let text = String(decoding: raw, as: UTF8.self)
        // None of the planted sequences, in any spelling a terminal would obey.
        for planted in ["\u{1B}[2J", "\u{1B}]0;", "\u{1B}[31m", "\u{1B}[5m", "\u{1B}P", "\u{1B}c"] {
            #expect(!text.contains(planted), "\(planted.debugDescription) reached the terminal")
        }
        #expect(!raw.contains(0x07), "no bell: this scene has no timer")
        #expect(!raw.contains(0x9B) && !text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "no C1 controls")
        #expect(!text.contains("\u{202E}"), "no bidi override")
        // Every escape sequence left is one of datenight's or readline's own.
        for sequence in Self.escapeSequences(in: text) {
            #expect(Self.isOwn(sequence), "unexpected escape sequence \(sequence.debugDescription)")
        }
        // Shown instead, harmlessly.
        let screen = couple.terminal.visibleText
        #expect(screen.contains("^[[2J"))
        #expect(screen.contains("<U+009B>"))
        #expect(screen.contains("<U+202E>"))
    }

    /// The sequences readline and TerminalKit write: SGR for bold, dim and underline only
    /// (no colour with --no-color), line editing and cursor moves, keypad and paste modes.
    static func isOwn(_ sequence: String) -> Bool {
        let body = sequence.dropFirst()
        if body == "=" || body == ">" { return true }
        guard body.first == "[", let final = body.last else { return false }
        let parameters = body.dropFirst().dropLast()
        switch final {
        case "m":
            return parameters.split(separator: ";").allSatisfy { ["0", "1", "2", "4"].contains($0) }
        case "K", "C", "D", "A", "B", "G", "P", "@":
            return parameters.allSatisfy(\.isNumber)
        case "h", "l":
            return ["?1", "?25", "?2004", "?1034"].contains(String(parameters))
        default:
            return false
        }
    }

    static func escapeSequences(in text: String) -> [String] {
        var found: [String] = []
        var scalars = Array(text.unicodeScalars)[...]
        while let index = scalars.firstIndex(of: "\u{1B}") {
            var sequence = "\u{1B}"
            var rest = scalars[(index + 1)...]
            if rest.first == "[" {
                sequence.append("[")
                rest = rest.dropFirst()
                while let scalar = rest.first {
                    sequence.unicodeScalars.append(scalar)
                    rest = rest.dropFirst()
                    if (0x40...0x7E).contains(scalar.value) { break }
                }
            } else if let scalar = rest.first {
                sequence.unicodeScalars.append(scalar)
                rest = rest.dropFirst()
            }
            found.append(sequence)
            scalars = rest
        }
        return found
    }

    static let sneakyScene = #"""
    { "format": 1, "id": "sneaky", "title": "Sneaky\u001b]0;owned\u0007 scene", "summary": "Clears \u001b[2J your \u009b31m screen",
      "minutes": 1, "kinds": ["emotional"], "start": "hello",
      "nodes": [
        { "id": "hello", "kind": "narration", "pause": true,
          "text": ["Hi {player1} \u001b[5mblink\u001b[0m", "bell \u0007 and \u001bP device \u001b\\ and \u001bc reset"], "next": "ask" },
        { "id": "ask", "kind": "prompt", "text": "Say \u001b[2J something \u202e reversed", "saveAs": "said",
          "label": "Said \u001b[31m red", "next": "pick" },
        { "id": "pick", "kind": "choice", "text": "Pick \u009b2J one", "options": [
          { "label": "Plain", "next": "other" },
          { "label": "Red \u001b[31m option", "next": "other" } ] },
        { "id": "other", "kind": "prompt", "who": "partner", "text": "And you?", "saveAs": "said2", "label": "Also", "next": "show" },
        { "id": "show", "kind": "reveal", "text": "Side \u001b[2J by side", "answers": ["said", "said2"], "next": "end" },
        { "id": "end", "kind": "end", "text": "The end \u001b[2J for real" }
      ] }
    """#
}
