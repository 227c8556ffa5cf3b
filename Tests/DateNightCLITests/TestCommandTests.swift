import Foundation
import Testing

@Suite("datenight test")
struct TestCommandTests {
    @Test func aGoodScenePasses() throws {
        let result = try Datenight.run(["test", "sampler", "--walks", "20"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("sampler: ok"))
    }

    @Test func pipedItShowsNoProgressOnlyEachSceneItTests() throws {
        // Two scenes, explored side by side, reported in the order named; standard error is
        // not a terminal here, so it carries one plain line per scene and no redrawn progress.
        let result = try Datenight.run(["test", "sampler-hug", "sampler", "--walks", "300"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr == "testing sampler-hug…\ntesting sampler…\n")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].hasPrefix("sampler-hug: ok") && lines[1].hasPrefix("sampler: ok"), "\(result.stdout)")
    }

    @Test func aBrokenSceneFailsNamingTheProblemAndItsNode() throws {
        let folder = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("stuck.json")
        // The validator cannot see it, but once 'Keep going' is picked nothing ever ends.
        try Data(#"""
        { "format": 1, "id": "stuck", "title": "Stuck", "summary": "S", "minutes": 2, "kinds": ["emotional"], "start": "a",
          "variables": { "done": false },
          "nodes": [
            { "id": "a", "kind": "choice", "text": "Which way?", "options": [ { "label": "Keep going", "next": "loop" }, { "label": "Stop", "next": "z" } ] },
            { "id": "loop", "kind": "prompt", "text": "Again?", "next": "check" },
            { "id": "check", "kind": "branch", "cases": [ { "if": { "var": "done", "equals": true }, "next": "z" } ], "else": "loop" },
            { "id": "z", "kind": "end" }
          ] }
        """#.utf8).write(to: file)
        let result = try Datenight.run(["test", file.path, "--walks", "5"])
        #expect(result.status == 65)
        #expect(result.stdout.contains("stuck: "))
        #expect(result.stdout.contains("\(file.path):5:5: error: node 'loop': no way out"), "\(result.stdout)")
    }
}
