import Foundation
import Testing

@Suite("datenight test")
struct TestCommandTests {
    @Test func aGoodScenePasses() throws {
        let result = try Datenight.run(["test", "sampler", "--walks", "20"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("sampler: ok"))
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
