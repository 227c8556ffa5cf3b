import Foundation
import Testing

/// Every path of the scenes added for issue 13, played from a script the way a couple at a
/// pipe would: each choice's every option is taken in some script, and each script checks
/// the words that only its branch shows.
@Suite("The new scenes, every branch")
struct NewScenesPathTests {
    struct Path: CustomTestStringConvertible, Sendable {
        var scene: String
        var name: String
        var lines: [String]
        /// Text this branch shows.
        var shows: [String]
        /// Text another branch shows, which this one must not.
        var hides: [String] = []
        var testDescription: String { "\(scene): \(name)" }
    }

    /// `count` distinct answers, so an answer landing at a choice would show.
    static func say(_ count: Int, _ tag: String = "said") -> [String] { (1...count).map { "\(tag) \($0)" } }

    static let highsAndLows: [Path] = [
        Path(scene: "highs-and-lows", name: "with a plan for tomorrow",
             lines: say(6) + ["1", "ask for help at work"] + say(2, "funny"),
             shows: ["What's the plan?", "funny 2", "That's today, shared"]),
        Path(scene: "highs-and-lows", name: "just good to say it",
             lines: say(6) + ["2"] + say(2, "funny"),
             shows: ["what made you laugh or smile today?", "funny 1"], hides: ["What's the plan?"]),
    ]

    /// how long, slips, mood, how it went, again: every option of each somewhere.
    static func techFree(_ how: Int, _ slip: Int, _ mood: Int, _ went: Int, _ again: Int, next: String = "Friday") -> [String] {
        ["\(how)", "the drawer", "music only", "\(slip)", "\(mood)"] + say(4, "idea") + ["the walk"] + say(3, "carry")
            + ["\(went)"] + say(4) + ["\(again)"] + (again == 1 ? [next] : [])
    }

    static let techFreeEvening: [Path] = [
        Path(scene: "tech-free-evening", name: "cosy, lovely, again",
             lines: techFree(1, 1, 1, 1, 1),
             shows: ["screens off until bedtime", "a gentle nudge and a smile", "Cosy it is.", "Remember how easy", "pencilled in:", "Friday"]),
        Path(scene: "tech-free-evening", name: "moving, mostly, now and then",
             lines: techFree(2, 2, 2, 2, 2),
             shows: ["screens off for two hours", "whoever slips picks", "Let's get moving", "Mostly is more than"], hides: ["pencilled in:"]),
        Path(scene: "tech-free-evening", name: "making, hard, next time passed",
             lines: techFree(3, 3, 3, 3, 1, next: "/pass"),
             shows: ["screens off for three hours", "a laugh, and carry on", "Something to make together.", "That's honest"],
             hides: ["pencilled in:"]),
        Path(scene: "tech-free-evening", name: "talking",
             lines: techFree(1, 2, 4, 1, 2), shows: ["Talk and play."]),
        Path(scene: "tech-free-evening", name: "a bit of everything",
             lines: techFree(2, 3, 5, 2, 2), shows: ["A bit of everything. Four ideas."]),
    ]

    /// how deep, then the ritual; the motto passed or given.
    static func standFor(deep: Int, ritual: Int, motto: String = "kindness first") -> [String] {
        say(2, "peace") + ["honest kind brave", "curious calm loyal", "we meet at kindness"]
            + ["\(deep)"] + say(deep == 1 ? 8 : 12, "value") + [motto, "\(ritual)"] + (ritual == 2 ? say(2, "thanks") : [])
    }

    static let whatWeStandFor: [Path] = [
        Path(scene: "what-we-stand-for", name: "gently, a quiet minute",
             lines: standFor(deep: 1, ritual: 1),
             shows: ["Your three words, side by side:", "honest kind brave", "A quiet minute", "Your motto, for now:", "kindness first"],
             hides: ["value 9"]),
        Path(scene: "what-we-stand-for", name: "all the way, one thankful thing each",
             lines: standFor(deep: 2, ritual: 2),
             shows: ["The last ones go deep.", "value 12", "to whoever or whatever you thank", "thanks 2"]),
        Path(scene: "what-we-stand-for", name: "no ritual, motto passed",
             lines: standFor(deep: 1, ritual: 3, motto: "/pass"),
             shows: ["Thank you for showing each other"], hides: ["Your motto, for now:", "Sit together in silence"]),
    ]

    /// where, then how it went.
    static func somethingNew(_ place: Int, _ went: Int) -> [String] {
        ["\(place)"] + say(4, "idea") + ["the climbing wall", "it'll be a laugh", "I'll be nervous", "\(went)"]
            + (went == 4 ? ["next Saturday"] : say(4) + ["pottery"])
    }

    static let somethingNewPaths: [Path] = [
        Path(scene: "something-new", name: "in, brilliant", lines: somethingNew(1, 1),
             shows: ["without leaving home", "Brilliant! Tell each other", "what you each predicted", "it'll be a laugh", "That's a new memory"]),
        Path(scene: "something-new", name: "out, funny", lines: somethingNew(2, 2),
             shows: ["Something new out there.", "Funny is perfect."]),
        Path(scene: "something-new", name: "either, unexpected", lines: somethingNew(3, 3),
             shows: ["In or out, whatever appeals.", "Unexpected counts as new."]),
        Path(scene: "something-new", name: "not got round to it", lines: somethingNew(1, 4),
             shows: ["The plan will keep", "Planning it together was the first step."], hides: ["what you each predicted"]),
    ]

    /// after set one, after set two (when reached), how to finish (when reached).
    static func threeSets(_ afterOne: Int, _ afterTwo: Int? = nil, gaze: Int? = nil) -> [String] {
        var lines = say(24, "one") + ["\(afterOne)"]
        if afterOne <= 2 {
            lines += say(24, "two") + ["\(afterTwo ?? 1)"]
            if (afterTwo ?? 1) <= 2 { lines += say(24, "three") + say(2, "liked") }
        }
        if let gaze { lines += ["\(gaze)"] + say(2, "felt") + say(2, "stays") }
        return lines
    }

    static let threeSetsAndAGaze: [Path] = [
        Path(scene: "three-sets-and-a-gaze", name: "stop after set one", lines: threeSets(4),
             shows: ["Set one: easy and curious.", "A good set, well shared."], hides: ["Set two:"]),
        Path(scene: "three-sets-and-a-gaze", name: "set one, then hands held", lines: threeSets(3, gaze: 5),
             shows: ["Hold hands and close your eyes.", "Hands held, eyes closed — 04:00", "felt 2"], hides: ["Set two:"]),
        Path(scene: "three-sets-and-a-gaze", name: "two sets, then two minutes of eye contact", lines: threeSets(1, 3, gaze: 1),
             shows: ["Set two: a little more personal.", "Look into each other's eyes.", "Eye contact — 02:00"], hides: ["Set three:"]),
        Path(scene: "three-sets-and-a-gaze", name: "breaks, all three sets, three minutes", lines: threeSets(2, 2, gaze: 2),
             shows: ["Stretch, have some water", "Take a breather.", "Set three: the deep end.", "liked 2", "Eye contact — 03:00"]),
        Path(scene: "three-sets-and-a-gaze", name: "all three sets, four minutes", lines: threeSets(1, 1, gaze: 3),
             shows: ["one thing you noticed and liked", "Eye contact — 04:00", "stays 2"]),
        Path(scene: "three-sets-and-a-gaze", name: "all three sets, five minutes", lines: threeSets(1, 1, gaze: 4),
             shows: ["Eye contact — 05:00"]),
        Path(scene: "three-sets-and-a-gaze", name: "stop after set two", lines: threeSets(1, 4),
             shows: ["A good set, well shared."], hides: ["Set three:"]),
    ]

    static let all = highsAndLows + techFreeEvening + whatWeStandFor + somethingNewPaths + threeSetsAndAGaze

    @Test(arguments: all)
    func plays(_ path: Path) throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try Datenight.run(["play", path.scene, "--players", "Maya,Jonah", "--time-scale", "0", "--seed", "7",
                                        "--data-dir", data.path], input: path.lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("— the end —"), "the script ran out before the end:\n\(result.stdout.suffix(600))")
        for text in path.shows {
            #expect(result.stdout.contains(text), "'\(text)' missing:\n\(result.stdout.suffix(800))")
        }
        for text in path.hides {
            #expect(!result.stdout.contains(text), "'\(text)' belongs to another branch")
        }
        #expect(!result.stdout.contains("(no answer)"))
    }

    @Test func everyChoiceOptionOfTheNewScenesIsTakenBySomeScript() throws {
        // The scripts above pick options by number; this keeps them honest as options are added.
        let counts: [String: [String: Int]] = [
            "highs-and-lows": ["need-a-hand": 2],
            "tech-free-evening": ["how-long": 3, "slips": 3, "mood": 5, "welcome-back": 3, "again": 2],
            "what-we-stand-for": ["how-deep": 2, "ritual": 3],
            "something-new": ["where": 3, "back": 4],
            "three-sets-and-a-gaze": ["after-one": 4, "after-two": 4, "gaze-length": 5],
        ]
        for (scene, choices) in counts {
            let url = Datenight.repository.appendingPathComponent("Scenes/\(scene).json")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
            let nodes = try #require(json["nodes"] as? [[String: Any]])
            let found = nodes.filter { $0["kind"] as? String == "choice" }
            #expect(Set(found.compactMap { $0["id"] as? String }) == Set(choices.keys), "\(scene): choices changed")
            for node in found {
                let id = node["id"] as? String ?? ""
                #expect((node["options"] as? [Any])?.count == choices[id], "\(scene)/\(id): options changed")
            }
        }
    }
}
