import DateNightCLI
import DateNightCore
import Foundation
import Testing

/// The fuzzer plays every scene it loads through `Rehearsal`, the line player `play` uses
/// from a pipe: these hold that it is the real thing, and that it always stops.
@Suite("Rehearsal through the line player")
struct RehearsalTests {
    static func scene(_ json: String) throws -> Scene {
        try #require(SceneLoader.load(Array(json.utf8), file: "rehearsal.json", knownScenes: nil).scene)
    }

    static var sampler: Scene {
        get throws {
            let bytes = try Data(contentsOf: Datenight.repository.appendingPathComponent("Scenes/samples/sampler.json"))
            return try #require(SceneLoader.load(Array(bytes), file: "sampler.json", knownScenes: nil).scene)
        }
    }

    @Test func linesAnswerAsTheyDoFromAPipe() throws {
        let transcript = Rehearsal.play(try Self.sampler, players: ("Alex", "Sam"), seed: 4,
                                        lines: ["1", "a sunny walk", "the new book"] + Array(repeating: "1", count: 60))
        #expect(transcript.text.contains("Alex: a sunny walk"), "the reveal quotes what was typed:\n\(transcript.text)")
        #expect(transcript.linesRead > 3)
    }

    @Test func slashCommandsAndHostileLinesAreTheLinePlayersToHandle() throws {
        let lines = ["/help", "-9223372036854775808", "\u{1B}]0;owned\u{07}", "/nonsense", "/quit"]
        let transcript = Rehearsal.play(try Self.sampler, players: ("Alex", "Sam"), seed: 4, lines: lines)
        #expect(transcript.text.contains("/pass"), "the help lists the commands")
        #expect(!transcript.finished)
        #expect(transcript.linesRead == lines.count)
        #expect(!transcript.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    /// A timer that leads back to itself asks for no line: the limit on answers ends it.
    @Test func aTimerThatLoopsForEverStillStops() throws {
        let scene = try Self.scene("""
        {"format": 1, "id": "loop", "title": "Loop", "summary": "s", "minutes": 1, "kinds": ["physical"],
         "variables": {"done": 0}, "start": "t", "nodes": [
           {"id": "t", "kind": "timer", "label": "Again", "seconds": 5, "next": "b"},
           {"id": "b", "kind": "branch", "cases": [{"if": {"var": "done", "equals": 1}, "next": "e"}], "else": "t"},
           {"id": "e", "kind": "end"}]}
        """)
        let transcript = Rehearsal.play(scene, players: ("A", "B"), seed: 1, lines: [], limit: 50)
        #expect(!transcript.finished)
        #expect(transcript.text.components(separatedBy: "Again").count > 10)
    }
}
