import Foundation
import Testing

/// Talking is an answer: at a prompt meant to be said out loud, Enter records `spoken`.
@Suite("Answers said out loud")
struct AloudTests {
    static let scene = """
        {
          "format": 1, "id": "aloud-test", "title": "Aloud", "summary": "Talking counts.", "minutes": 5,
          "kinds": ["emotional"], "start": "first",
          "nodes": [
            {"id": "first", "kind": "prompt", "aloud": true, "text": "Tell each other about your day.", "who": "each", "next": "second"},
            {"id": "second", "kind": "prompt", "aloud": true, "text": "And the best bit?", "next": "typed"},
            {"id": "typed", "kind": "prompt", "text": "One word to keep?", "next": "done"},
            {"id": "done", "kind": "end"}
          ]
        }
        """

    @Test func enterAtAnAloudPromptIsSpokenAndPassIsAPass() throws {
        let folder = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("aloud.json")
        try Self.scene.write(to: file, atomically: true, encoding: .utf8)
        let data = folder.appendingPathComponent("data").path
        // Alex talks (Enter), Sam talks and keeps a note, then a deliberate pass, then an empty typed answer.
        let played = try Datenight.run(["play", file.path, "--players", "Alex,Sam", "--data-dir", data],
                                       input: "\nthe rain on the roof\n/pass\n\n")
        #expect(played.status == 0, "\(played.stderr)")
        let json = try Datenight.run(["journal", "1", "--format", "json", "--data-dir", data])
        #expect(json.status == 0, "\(json.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let answers = try #require(document["answers"] as? [[String: Any]])
        let kinds = answers.map { $0["response"] as? String }
        #expect(kinds == ["spoken", "spoken", "passed", "passed"])
        #expect(answers[1]["text"] as? String == "the rain on the roof")
        let text = try Datenight.run(["journal", "1", "--data-dir", data])
        #expect(text.stdout.contains("talked it through"))
        #expect(text.stdout.contains("(passed)"))
    }

    @Test func aRevealOfAnswersOnlyTalkedThroughSaysSoInsteadOfRowsOfMarks() throws {
        let folder = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("talked.json")
        try Self.scene
            .replacingOccurrences(of: "\"who\": \"each\", \"next\": \"second\"", with: "\"who\": \"each\", \"saveAs\": \"day\", \"next\": \"show\"")
            .replacingOccurrences(of: "{\"id\": \"second\"", with: "{\"id\": \"show\", \"kind\": \"reveal\", \"answers\": [\"day\"], \"next\": \"second\"},\n    {\"id\": \"second\"")
            .write(to: file, atomically: true, encoding: .utf8)
        let talked = "You said these out loud, so nothing was written down to show here."
        // Both talk (Enter, Enter): the reveal says why there is nothing to show.
        let spoken = try Datenight.run(["play", file.path, "--players", "Alex,Sam", "--no-record"], input: "\n\n\n\n")
        #expect(spoken.status == 0, "\(spoken.stderr)")
        #expect(spoken.stdout.contains(talked))
        #expect(!spoken.stdout.contains("Alex: (talked it through)"))
        // One keeps a note: the rows are shown, the note beside the mark.
        let noted = try Datenight.run(["play", file.path, "--players", "Alex,Sam", "--no-record"], input: "\nthe long bus ride\n\n\n")
        #expect(noted.status == 0, "\(noted.stderr)")
        #expect(!noted.stdout.contains(talked))
        #expect(noted.stdout.contains("Alex: (talked it through)") && noted.stdout.contains("Sam: the long bus ride"))
    }

    @Test func aPromptCannotBeBothSecretAndAloud() throws {
        let folder = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("both.json")
        try Self.scene.replacingOccurrences(of: "\"aloud\": true, \"text\": \"And", with: "\"aloud\": true, \"secret\": true, \"text\": \"And")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try Datenight.run(["validate", file.path])
        #expect(result.status == 65)
        #expect(result.stdout.contains("cannot be both 'secret' and 'aloud'") || result.stderr.contains("cannot be both 'secret' and 'aloud'"))
    }
}
