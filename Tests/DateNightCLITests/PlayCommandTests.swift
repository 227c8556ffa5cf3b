import Foundation
import Testing

@Suite("datenight play, from lines")
struct PlayCommandTests {
    @Test func yesOneWalksTheSamplerToItsEndNamingBothPlayers() throws {
        let result = try Datenight.shell(#"yes 1 | "$DATENIGHT" play sampler --players Alex,Sam --time-scale 0"#)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Alex"))
        #expect(result.stdout.contains("Sam"))
        #expect(result.stdout.contains("— the end —"))
        #expect(result.stdout.contains("Back to the sampler."), "the called scene ran")
    }

    @Test func scriptedAnswersArePrintedBackWhereTheSceneQuotesThem() throws {
        let input = ["", "1", "a sunny walk", "the new book", "warm", "curious"].joined(separator: "\n") + "\n" + String(repeating: "1\n", count: 40)
        let result = try Datenight.run(["play", "sampler", "--players", "Alex,Sam", "--time-scale", "0", "--seed", "4"], input: input)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Alex: a sunny walk"), "the reveal shows Alex's answer:\n\(result.stdout)")
        #expect(result.stdout.contains("Sam: the new book"))
        #expect(result.stdout.contains("Alex found joy in \"a sunny walk\""))
    }

    /// As the README says: at a choice an empty line asks again (a pass there would pick for
    /// the couple); at a question it passes.
    @Test func anEmptyLineAtAChoiceAsksAgainAndAtAQuestionPasses() throws {
        let result = try Datenight.run(["play", "sampler", "--players", "Alex,Sam", "--time-scale", "0", "--no-record"],
                                       input: "\n2\n\n")
        #expect(result.status == 0)
        let out = result.stdout
        let asked = try #require(out.range(of: "How are you feeling tonight?"))
        let again = try #require(out.range(of: "(Pick a number from 1 to 2, or the start of an option; /pass lets the game choose.)"), "\(out)")
        let question = try #require(out.range(of: "[Alex] What was one small joy of your week?"))
        #expect(asked.upperBound <= again.lowerBound && again.upperBound <= question.lowerBound)
        #expect(out[question.upperBound...].contains("Alex passed"))
    }

    @Test func endOfInputStopsCleanly() throws {
        let result = try Datenight.run(["play", "sampler", "--players", "Alex,Sam", "--time-scale", "0"], input: "1\nsomething\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("End of input"))
        #expect(!result.stdout.contains("— the end —"))
    }

    @Test func theSameSeedAndInputPlayTheSame() throws {
        let input = String(repeating: "1\nan answer\n", count: 30)
        let args = ["play", "sampler", "--players", "Alex,Sam", "--time-scale", "0", "--seed", "11"]
        let first = try Datenight.run(args, input: input)
        let second = try Datenight.run(args, input: input)
        #expect(first.stdout == second.stdout)
    }

    @Test func scenesAreFoundFromAnyWorkingDirectory() throws {
        let result = try Datenight.shell(#"yes 1 | "$DATENIGHT" play sampler --players Alex,Sam --time-scale 0"#, in: URL(fileURLWithPath: "/tmp"))
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func badUsageExits64AndUnknownScenesExit66() throws {
        #expect(try Datenight.run(["play", "sampler"]).status == 64, "no players")
        #expect(try Datenight.run(["play", "sampler", "--players", "OnlyOne"]).status == 64)
        #expect(try Datenight.run(["play", "sampler", "--players", "A,B", "--time-scale", "-1"]).status == 64)
        let unknown = try Datenight.run(["play", "no-such-scene", "--players", "A,B"])
        #expect(unknown.status == 66)
        #expect(unknown.stderr.contains("no scene called 'no-such-scene'"))
        #expect(try Datenight.run(["play", "/tmp/none.json", "--players", "A,B"]).status == 66)
    }

    @Test func escapeSequencesInASceneNeverReachTheTerminal() throws {
        let folder = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sneaky.json")
        try Data(#"""
        { "format": 1, "id": "sneaky", "title": "Sneaky\u001b]0;owned\u0007", "summary": "S", "minutes": 1, "kinds": ["emotional"], "start": "a",
          "nodes": [ { "id": "a", "kind": "prompt", "text": "Clear \u001b[2J screen \u009b31m red \u0007 bell", "next": "b" },
                     { "id": "b", "kind": "end", "text": "Bye \u001b[5m" } ] }
        """#.utf8).write(to: file)
        let result = try Datenight.run(["play", file.path, "--players", "Alex,Sam"], input: "typed \u{1b}[31m answer\n")
        #expect(result.status == 0, "\(result.stderr)")
        let controls = result.stdout.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7f...0x9f).contains($0.value) }
        #expect(controls.isEmpty, "control characters reached the terminal: \(controls.map { $0.value })")
        #expect(result.stdout.contains("Clear"))
    }
}

@Suite("datenight scenes")
struct ScenesCommandTests {
    @Test func jsonListsEveryBundledSceneWithItsQuestionCount() throws {
        let result = try Datenight.run(["scenes", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let scenes = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let loveMapping = try #require(scenes.first { $0["id"] as? String == "love-mapping" })
        #expect(loveMapping["title"] as? String == "Love Mapping")
        #expect((loveMapping["questions"] as? Int ?? 0) > 100)
        let gazing = try #require(scenes.first { $0["id"] as? String == "eye-gazing" })
        #expect(gazing["minutes"] as? Int == 8)
        #expect(gazing["kinds"] as? [String] == ["physical", "emotional"])
        #expect(gazing["questions"] == nil)
    }

    @Test func textListsNumberTitleMinutesAndKinds() throws {
        let result = try Datenight.run(["scenes"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Eye Gazing (eye-gazing) — about 8 min — physical, emotional"))
    }

    @Test func hiddenScenesAreNotListedButPlayByTheirID() throws {
        let listing = try Datenight.run(["scenes", "--format", "json"])
        let scenes = try #require(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [[String: Any]])
        let ids = scenes.compactMap { $0["id"] as? String }
        #expect(ids.contains("eye-gazing"))
        #expect(!ids.contains("sampler") && !ids.contains("sampler-hug"), "the samples are for authors: \(ids)")
        #expect(!(try Datenight.run(["scenes"])).stdout.contains("Sampler"))
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let played = try Datenight.shell(#"yes 1 | "$DATENIGHT" play sampler --players Alex,Sam --time-scale 0 --data-dir \#(data.path)"#)
        #expect(played.status == 0, "\(played.stderr)")
        #expect(played.stdout.contains("Sampler: a little of everything"))
        let prefix = try Datenight.run(["play", "sampl", "--players", "Alex,Sam", "--data-dir", data.path])
        #expect(prefix.status == 66, "a hidden scene plays by its whole id only")
        let validated = try Datenight.run(["validate", "Scenes/samples/sampler.json"])
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
    }
}
