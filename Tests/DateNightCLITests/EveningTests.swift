import Foundation
import DateNightCore
@testable import DateNightCLI
import Testing

/// `datenight` alone, as one evening: from plain lines here (a script, a test), the same
/// loop a couple meets at the terminal.
@Suite("The evening")
struct EveningTests {
    @Test func linesPlayTwoScenesInOneRunWithWhatNextBetween() throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        // Start, names, "an hour"; the hug and the closeness check by name; every prompt answered by a line; the
        // input ends at "What next?" the third time.
        let hug = ["calm", "calm", "warm", "happy", "2"]
        let script = ["1", "Maya", "Jonah", "2", "Twenty-Second Hug"] + hug + ["1"]
        let result = try Datenight.run(["--time-scale", "0", "--data-dir", data.path], input: script.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        let firstEnd = try #require(out.range(of: "— the end —"))
        let whatNext = try #require(out.range(of: "What next?", range: firstEnd.upperBound..<out.endIndex))
        // The "1" typed at "What next?" starts the first scene in the list: a second scene, same run,
        // and the end of the input in the middle of it stops cleanly.
        let second = try #require(out.range(of: "Session 2", range: whatNext.upperBound..<out.endIndex))
        #expect(second.lowerBound > whatNext.upperBound)
        #expect(out.contains("That's us for tonight."))
        #expect(out.contains("Tonight you played:"))
        #expect(out.contains("  - Twenty-Second Hug\n"))
        #expect(out.contains("Goodnight, Maya and Jonah."))
        let sessions = try Datenight.run(["sessions", "--data-dir", data.path])
        #expect(sessions.stdout.contains("Twenty-Second Hug"))
    }

    @Test func theNumberTypedAtWhatNextPlaysTheSceneListedUnderIt() throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try Datenight.run(["--time-scale", "0", "--data-dir", data.path], input: "1\nMaya\nJonah\n\n")
        let listed = result.stdout.split(separator: "\n").filter { $0.contains(" · about ") }
        #expect(listed.count >= 15)
        #expect(!result.stdout.contains("Sampler"), "hidden scenes are not offered")
        // Pick the hug by the number shown beside it: that very scene starts.
        let hugLine = try #require(listed.first { $0.contains("Twenty-Second Hug") })
        let number = try #require(hugLine.split(separator: ".").first?.trimmingCharacters(in: .whitespaces))
        let played = try Datenight.run(["--time-scale", "0", "--data-dir", data.path], input: "1\nMaya\nJonah\n\n\(number)\n")
        #expect(played.stdout.contains("Twenty-Second Hug\n\nSession"), "\(played.stdout.suffix(600))")
    }

    @Test func thatsUsEndsWithARecapAndOneLineFromEach() throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let hug = ["calm", "calm", "warm", "happy", "2"]
        let script = ["1", "Maya", "Jonah", "", "Twenty-Second Hug"] + hug + ["That's us for tonight", "We laughed a lot", ""]
        let result = try Datenight.run(["--time-scale", "0", "--data-dir", data.path], input: script.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let recap = try #require(result.stdout.range(of: "Tonight you played:"))
        let after = String(result.stdout[recap.upperBound...])
        #expect(after.contains("Maya: \u{201C}We laughed a lot\u{201D}"))
        #expect(!after.contains("Jonah: \u{201C}"), "an empty line skips")
        #expect(after.contains("Goodnight, Maya and Jonah."))
    }

    @Test func carryOnOffersEveryUnfinishedSessionNotOnlyTheLatest() throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        // Two sessions stopped part way: the hug first, then eye gazing.
        for scene in ["twenty-second-hug", "eye-gazing"] {
            let started = try Datenight.run(["play", scene, "--players", "Maya,Jonah", "--time-scale", "0", "--data-dir", data.path], input: "")
            #expect(started.status == 0)
        }
        // Carry on, then the older one (listed second), then stop at its first prompt.
        let result = try Datenight.run(["--time-scale", "0", "--data-dir", data.path], input: "2\n2\n\n")
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("Which one shall we carry on?"))
        #expect(out.contains("1. Eye Gazing, Maya & Jonah (session 2)"))
        #expect(out.contains("2. Twenty-Second Hug, Maya & Jonah (session 1)"))
        #expect(out.contains("Session 1, carrying on at step"))
    }

    @Test func endOfInputAtTheMenuEndsKindlyWithStatusZero() throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try Datenight.run(["--data-dir", data.path], input: "")
        #expect(result.status == 0)
        #expect(result.stdout.contains("What would you like?"))
        #expect(result.stdout.contains("Take good care of each other."))
    }

    @Test func suggestionsSayWhyAndSkipWhatWasPlayedTonight() {
        let scenes: [EveningSuggestionsProbe.Scene] = [
            .init(id: "hug", title: "Hug", minutes: 4, kinds: [.physical]),
            .init(id: "maps", title: "Maps", minutes: 30, kinds: [.intellectual, .emotional]),
            .init(id: "thanks", title: "Thanks", minutes: 12, kinds: [.emotional, .spiritual]),
            .init(id: "photos", title: "Photos", minutes: 25, kinds: [.experiential]),
        ]
        let picked = EveningSuggestionsProbe.suggest(scenes: scenes, playedBefore: ["maps"], playedTonight: ["hug"],
                                                     recent: [.physical: 3, .intellectual: 2, .emotional: 2, .spiritual: 0, .experiential: 1],
                                                     minutesLeft: 20, focus: nil)
        #expect(!picked.map(\.id).contains("hug"), "played tonight")
        #expect(picked.first?.id == "thanks", "the one that fits the 20 minutes they have")
        #expect(picked.count == 2, "two at least, the second a bonus beyond their time")
        for suggestion in picked where suggestion.id != "thanks" {
            #expect(suggestion.why.contains("over your time"), "\(suggestion)")
        }
        #expect(picked.first?.why.contains("spiritual") == true)
        let focused = EveningSuggestionsProbe.suggest(scenes: scenes, playedBefore: [], playedTonight: [], recent: [:],
                                                      minutesLeft: nil, focus: .experiential)
        #expect(focused.first?.id == "photos")
        #expect(focused.first?.why.contains("you said") == true)
        #expect((2...3).contains(focused.count))
    }
}

/// The suggestions with plain arguments, for readable tests.
enum EveningSuggestionsProbe {
    typealias Scene = EveningSuggestions.Scene

    static func suggest(scenes: [Scene], playedBefore: Set<String>, playedTonight: Set<String>, recent: [Closeness: Int],
                        minutesLeft: Int?, focus: Closeness?) -> [EveningSuggestions.Suggestion] {
        EveningSuggestions(scenes: scenes, playedBefore: playedBefore, playedTonight: playedTonight, recentKinds: recent,
                           minutesLeft: minutesLeft, focus: focus).suggestions()
    }
}
