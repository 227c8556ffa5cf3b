import Foundation
import PTYTestSupport
import Testing

/// `resume` at a terminal when the scene lost the saved step: it asks, and starts over only on yes.
@Suite("Resuming at a terminal")
struct ResumeAtATerminalTests {
    @Test func aSceneThatLostTheSavedStepOffersToStartOverAndKeepsTheOldSave() throws {
        let scenes = try SaveFixtures.sceneFolder()
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scenes); try? FileManager.default.removeItem(at: data) }
        let common = ["--data-dir", data.path, "--scenes", scenes.path]
        let play = ["play", "long-evening", "--players", "Alex,Sam", "--time-scale", "0", "--seed", "3"] + common
        #expect(try Datenight.run(play, input: SaveFixtures.longEveningScript.prefix(3).joined(separator: "\n") + "\n").status == 0)
        let file = scenes.appendingPathComponent("long-evening.json")
        let edited = SaveFixtures.longEvening
            .replacingOccurrences(of: #""text": "Round {var.round}: one small joy of today?", "next": "word""#,
                                  with: #""text": "Round {var.round}: one small joy of today?", "next": "pick""#)
            .replacingOccurrences(of: #"{ "id": "word", "kind": "prompt", "who": "each", "secret": true, "saveAs": "word", "label": "A word", "text": "One secret word for tonight?", "next": "pick" },"#,
                                  with: "")
        #expect(!edited.contains(#""id": "word""#))
        try Data(edited.utf8).write(to: file)

        // No: nothing changes.
        let declined = try PTYProcess(Datenight.executable.path, ["resume", "--time-scale", "0"] + common,
                                      environment: PTYProcess.environment(["NO_COLOR": "1"]))
        _ = try declined.expect("[y/N] ›")
        #expect(declined.screen.joined(separator: " ").contains("has the step 'word' you were at"))
        declined.type("n\r")
        #expect(try declined.waitForExit() == .status(0))
        #expect(declined.visibleText.contains("Nothing changed. To start over later: datenight play long-evening"))

        // Yes: a new session starts from the beginning, with the same players; the old one stays.
        let accepted = try PTYProcess(Datenight.executable.path, ["resume", "--time-scale", "0"] + common,
                                      environment: PTYProcess.environment(["NO_COLOR": "1"]))
        _ = try accepted.expect("[y/N] ›")
        accepted.type("y\r")
        _ = try accepted.expect("Session 2")
        _ = try accepted.expect("Press Enter to go on ›")
        accepted.type("\r")
        _ = try accepted.expect("one small joy of today?")
        _ = try accepted.expect("Alex ›")
        accepted.type("\u{04}")
        #expect(try accepted.waitForExit() == .status(0))
        #expect(accepted.visibleText.contains("Resume with: datenight resume 2"))

        let listed = try Datenight.run(["sessions", "--format", "json", "--data-dir", data.path])
        let sessions = try #require(SaveFixtures.jsonObject(listed.stdout) as? [[String: Any]])
        #expect(sessions.count == 2)
        let old = try #require(sessions.first { $0["id"] as? Int == 1 })
        #expect(old["stepsDone"] as? Int == 3 && old["resumable"] as? Bool == true, "the old save is kept as it was")
        #expect(sessions.first { $0["id"] as? Int == 2 }?["players"] as? [String] == ["Alex", "Sam"])
    }
}
