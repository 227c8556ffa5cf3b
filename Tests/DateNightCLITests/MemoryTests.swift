import Foundation
import Testing

/// A couple's earlier sessions, recalled through the real binary reading from a pipe: their own
/// words come back to them, and to nobody else.
@Suite("Memory across sessions")
struct MemoryTests {
    typealias DataFolder = SavedSessionTests.DataFolder

    static let smallThing = "Saturday walk along the canal"

    /// A whole weekly check-in: the answers, then the small thing and the next time.
    static func checkIn(smallThing: String, nextTime: String = "Sunday 8pm") -> String {
        (["best bit", "best bit too", "hard bit", "hard bit too", "an ear", "a hand", "working", "working too",
          "more walks", "more talks", "nothing", "/pass", smallThing, nextTime].joined(separator: "\n")) + "\n"
    }

    func play(_ data: DataFolder, _ players: String, input: String) throws -> String {
        let result = try data.run(["play", "weekly-check-in", "--players", players, "--time-scale", "0"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The lines up to the check-in's usual opening question, where a callback belongs.
    func opening(_ output: String) -> String {
        output.components(separatedBy: "What was the best bit of your week?").first ?? output
    }

    @Test func theSameCoupleIsRemindedOfLastWeeksSmallThing() throws {
        let data = DataFolder()
        defer { data.remove() }
        let first = try play(data, "Maya,Jonah", input: Self.checkIn(smallThing: Self.smallThing))
        #expect(!opening(first).contains("Last time"), "a first check-in has nothing to look back on")
        let second = try play(data, "Maya,Jonah", input: "it happened twice\n")
        #expect(opening(second).contains("Last time your small thing for the week was \"\(Self.smallThing)\""))
        #expect(opening(second).contains("Sunday 8pm"))
    }

    @Test func namesInTheOtherOrderAndCaseAreTheSameCouple() throws {
        let data = DataFolder()
        defer { data.remove() }
        _ = try play(data, "Maya,Jonah", input: Self.checkIn(smallThing: Self.smallThing))
        let second = try play(data, "jonah, maya", input: "")
        #expect(opening(second).contains(Self.smallThing))
    }

    @Test func anotherCoupleOnTheSameComputerIsNotShownIt() throws {
        let data = DataFolder()
        defer { data.remove() }
        _ = try play(data, "Maya,Jonah", input: Self.checkIn(smallThing: Self.smallThing))
        let others = try play(data, "Alex,Sam", input: "")
        #expect(!others.contains(Self.smallThing))
        #expect(!others.contains("Last time"))
        let oneOfThem = try play(data, "Maya,Sam", input: "")
        #expect(!oneOfThem.contains(Self.smallThing))
    }

    @Test func aForgottenSessionIsNotRecalled() throws {
        let data = DataFolder()
        defer { data.remove() }
        _ = try play(data, "Maya,Jonah", input: Self.checkIn(smallThing: Self.smallThing))
        let forget = try data.run(["forget", "1", "--yes"])
        #expect(forget.status == 0, "\(forget.stderr)")
        let second = try play(data, "Maya,Jonah", input: "")
        #expect(!second.contains(Self.smallThing))
        #expect(!second.contains("Last time"))
    }

    @Test func aSessionPlayedWithoutRecordingIsNotRecalled() throws {
        let data = DataFolder()
        defer { data.remove() }
        let result = try data.run(["play", "weekly-check-in", "--players", "Maya,Jonah", "--time-scale", "0", "--no-record"],
                                  input: Self.checkIn(smallThing: Self.smallThing))
        #expect(result.status == 0, "\(result.stderr)")
        let second = try play(data, "Maya,Jonah", input: "")
        #expect(!second.contains(Self.smallThing))
    }

    @Test func aPassedSmallThingLeavesTheOneBeforeIt() throws {
        let data = DataFolder()
        defer { data.remove() }
        _ = try play(data, "Maya,Jonah", input: Self.checkIn(smallThing: Self.smallThing))
        // Week two: how it went, then everything passed, the small thing included.
        _ = try play(data, "Maya,Jonah", input: "lovely\n" + Self.checkIn(smallThing: "/pass", nextTime: "/pass"))
        let third = try play(data, "Maya,Jonah", input: "")
        #expect(opening(third).contains(Self.smallThing))
    }

    @Test func aResumedSessionQuotesWhatItQuotedBefore() throws {
        let data = DataFolder()
        defer { data.remove() }
        _ = try play(data, "Maya,Jonah", input: Self.checkIn(smallThing: Self.smallThing))
        // Session 2 stops at its first question, which quotes the small thing.
        let stopped = try play(data, "Maya,Jonah", input: "")
        #expect(stopped.contains(Self.smallThing))
        // Session 3 changes the couple's latest small thing.
        let newer = "Pottery class on Thursday"
        _ = try play(data, "Maya,Jonah", input: "it happened\n" + Self.checkIn(smallThing: newer))
        let fourth = try play(data, "Maya,Jonah", input: "")
        #expect(fourth.contains(newer), "a new session sees the newest answer")
        let resumed = try data.run(["resume", "2", "--time-scale", "0"], input: "")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Last time your small thing for the week was \"\(Self.smallThing)\""))
        #expect(!resumed.stdout.contains(newer))
    }

    @Test func validatingOneFileChecksItsMemoriesAgainstTheBundledScenes() throws {
        let folder = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = """
        {
          "format": 1, "id": "looking-back", "title": "Looking Back", "summary": "S", "minutes": 5, "kinds": ["emotional"],
          "start": "a",
          "nodes": [
            { "id": "a", "kind": "branch", "cases": [ { "if": { "remembered": "weekly-check-in/one_thing" }, "next": "b" } ], "else": "z" },
            { "id": "b", "kind": "narration", "text": "Your thing: {last.weekly-check-in/one_thing.both}", "next": "c" },
            { "id": "c", "kind": "narration", "text": "Your wish: {last.weekly-check-in/wish.both}", "next": "d" },
            { "id": "d", "kind": "narration", "text": "Unguarded: {last.weekly-check-in/next_time.both}", "next": "z" },
            { "id": "z", "kind": "end" }
          ]
        }
        """
        let file = folder.appendingPathComponent("looking-back.json")
        try json.write(to: file, atomically: true, encoding: .utf8)
        let result = try Datenight.run(["validate", file.path])
        #expect(result.status == 65)
        let output = result.stdout + result.stderr
        #expect(output.contains("\(file.path):7:47: error: node 'c': placeholder {last.weekly-check-in/wish.both} names an answer scene 'weekly-check-in' never saves ('saveAs': \"wish\")"), "\(result.stdout)")
        #expect(output.contains("\(file.path):8:47: error: node 'd': {last.weekly-check-in/next_time.both} may be shown to a couple with no earlier answer to 'weekly-check-in/next_time'"), "\(output)")
        #expect(!output.contains("node 'b'"), "a guarded quote of a key the check-in saves is fine")
    }
}
