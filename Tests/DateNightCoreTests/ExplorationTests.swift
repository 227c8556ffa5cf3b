import DateNightCore
import Foundation
import Testing

/// Every bundled scene, explored the way `datenight test` does: every choice, every pass and
/// every early stop, with each player leading, followed to an end.
@Suite("Every path of every scene")
struct ExplorationTests {
    static let library: [Scene] = (try? Repository.bundledScenes()) ?? []
    /// From the file names, not from what loaded: a scene that fails to load fails its case
    /// instead of silently leaving the list.
    static let sceneIDs: [String] = ((try? Repository.sceneFiles(in: Repository.scenes)) ?? [])
        .map { $0.deletingPathExtension().lastPathComponent }

    @Test func everyBundledSceneIsExplored() {
        #expect(Self.sceneIDs.count >= 12, "the Scenes folder was not found or is nearly empty")
        #expect(Set(Self.library.map(\.id)) == Set(Self.sceneIDs), "every scene file loads, under its file name's id")
    }

    /// Scenes whose every path takes minutes to walk in a debug build: love mapping (a year of
    /// questions, four histories of earlier sessions) and the two that call it. `.ci/run`
    /// walks them with the release `datenight test`; DATENIGHT_EXPLORE_ALL=1 walks them here.
    static let exploredByTheReleaseBuild: Set<String> = ["love-mapping", "date-night", "closeness-check"]
    static let exploreAll = ProcessInfo.processInfo.environment["DATENIGHT_EXPLORE_ALL"] == "1"

    @Test(arguments: sceneIDs)
    func everyPathReachesAnEndWithNothingUnfilled(_ id: String) throws {
        let scene = try #require(Self.library.first { $0.id == id }, "\(id) did not load")
        guard Self.exploreAll || !Self.exploredByTheReleaseBuild.contains(id) else {
            // Still played: seeded random walks through it, every one checked as the explorer would.
            var walks = SceneExplorer(scene: scene, library: Self.library)
            walks.randomWalkCount = 100
            let report = walks.randomWalksOnly()
            #expect(report.problems.filter { $0.kind != .neverReached }.isEmpty, "\(report.problems)")
            return
        }
        var explorer = SceneExplorer(scene: scene, library: Self.library)
        explorer.randomWalkCount = 50
        let report = explorer.explore()
        #expect(report.problems.isEmpty, "\(report.problems)")
        #expect(!report.truncated, "exploration was cut short after \(report.statesExplored) situations")
        #expect(report.endingsReached >= 1)
        #expect(report.statesExplored > 1)
    }

    @Test func aBrokenSceneIsCaughtWithTheNodeNamed() throws {
        // Valid to the validator, yet a couple could get stuck: once 'loop' is chosen, the only
        // way on needs a variable that nothing ever sets.
        let broken = try scene(sceneJSON(variables: #"{ "done": false, "n": 0 }"#, nodes: #"""
        { "id": "a", "kind": "choice", "text": "Which way?", "options": [ { "label": "Loop", "next": "loop" }, { "label": "End", "next": "z" } ] },
        { "id": "loop", "kind": "prompt", "text": "Again?", "next": "check" },
        { "id": "check", "kind": "branch", "cases": [ { "if": { "var": "done", "equals": true }, "next": "z" } ], "else": "loop" },
        { "id": "z", "kind": "end" },
        { "id": "unused-choice", "kind": "choice", "text": "?", "options": [ { "label": "x", "next": "z", "if": { "var": "n", "below": 0 } } ] }
        """#))
        let report = SceneExplorer(scene: broken, library: []).explore()
        #expect(report.problems.contains { $0.kind == .noWayOut && $0.nodeID == "loop" })
        #expect(report.problems.contains { $0.kind == .neverReached && $0.nodeID == "unused-choice" })
        #expect(!report.passed)
    }

    @Test func anAnswerQuotedOnlyForOnePlayerIsReportedAsUnfilled() throws {
        let scene = try scene(sceneJSON(nodes: #"""
        { "id": "a", "kind": "prompt", "text": "A wish?", "saveAs": "wish", "next": "b" },
        { "id": "b", "kind": "end", "text": "Sam wished for {answer.wish.player2}" }
        """#))
        let report = SceneExplorer(scene: scene, library: []).explore()
        #expect(report.problems.contains { $0.kind == .unfilledPlaceholder && $0.nodeID == "b" })
    }
}

@Suite("The question pools")
struct QuestionPoolTests {
    @Test func noQuestionAppearsTwiceAcrossTheScenes() throws {
        var seen: [String: String] = [:]
        for scene in try Repository.bundledScenes() {
            for deck in scene.decks.values {
                for question in deck.questions {
                    let text = question.text.plainText.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }
                    #expect(seen[text] == nil, "\"\(question.text.plainText)\" is in \(seen[text] ?? "") and \(scene.id)/\(question.id)")
                    seen[text] = "\(scene.id)/\(question.id)"
                }
            }
        }
    }

    /// Two questions that ask the same thing in other words. The measure: the share of content
    /// words (stop words dropped, plurals and -ing/-ed endings folded) the two have in common,
    /// out of all the content words either uses (Jaccard). Rewordings of one question scored
    /// 0.6 and above when this was tuned on the pool; distinct questions that merely share
    /// stock phrasing ("what's your favourite way to...") stay below.
    static let sameQuestionThreshold = 0.6

    @Test func noTwoQuestionsAskTheSameThingInOtherWords() throws {
        var questions: [(id: String, words: Set<String>)] = []
        for scene in try Repository.bundledScenes() {
            for deck in scene.decks.values {
                for question in deck.questions {
                    questions.append(("\(scene.id)/\(question.id)", ContentWords.of(question.text.plainText)))
                }
            }
        }
        #expect(questions.count >= 600)
        for (index, first) in questions.enumerated() {
            for second in questions[(index + 1)...] where !first.words.isEmpty && !second.words.isEmpty {
                let shared = Double(first.words.intersection(second.words).count)
                let similarity = shared / Double(first.words.union(second.words).count)
                #expect(similarity < Self.sameQuestionThreshold, "\(first.id) and \(second.id) ask the same thing (\(similarity))")
            }
        }
    }

    @Test func theMeasureCatchesARewording() {
        let original = ContentWords.of("What's your favourite word, just for the sound of it?")
        let reworded = ContentWords.of("What's your favourite sound in the world?")
        let other = ContentWords.of("Which board game do you love most?")
        let similarity = { (a: Set<String>, b: Set<String>) in Double(a.intersection(b).count) / Double(a.union(b).count) }
        #expect(similarity(original, reworded) >= Self.sameQuestionThreshold)
        #expect(similarity(original, other) < Self.sameQuestionThreshold)
    }
}

/// The words of a question that carry its meaning, folded so "dreams" and "dream" match.
enum ContentWords {
    static let stopWords: Set<String> = Set("""
        a an the and or but of to in on at for with about from your you you're you've you'd yours is are was were be \
        been being do does did have has had what which who whom whose when where why how that this these those it its \
        it's there their they them we us our ours i me my one ever most more some any just would could should will can \
        might if than then so as into over by not no
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    static func of(_ text: String) -> Set<String> {
        let lowered = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        let words = lowered.split { !($0.isLetter || $0 == "'") }.map(String.init)
        return Set(words.filter { !stopWords.contains($0) }.map(stem))
    }

    static func stem(_ word: String) -> String {
        for suffix in ["ing", "ed", "es", "s", "ly"] where word.count > 4 && word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        return word
    }
}

@Suite("Situations the explorer tells apart")
struct SituationTests {
    static let tail = (1...8).map { #"{ "id": "t\#($0)", "kind": "prompt", "text": "Step \#($0)?", "next": "\#($0 == 8 ? "z" : "t\($0 + 1)")" }"# }
        .joined(separator: ",\n")

    static func caller(calling callee: String) throws -> Scene {
        try scene(sceneJSON(nodes: #"{ "id": "a", "kind": "call", "scene": "\#(callee)", "next": "t1" },"# + "\n" + tail
            + ",\n" + #"{ "id": "z", "kind": "end" }"#))
    }

    static func callee(_ id: String, nodes: String) throws -> Scene {
        try scene(sceneJSON(nodes: nodes).replacingOccurrences(of: #""id": "t","#, with: #""id": "\#(id)","#))
    }

    @Test func whatACalledSceneLeftBehindDoesNotMultiplyTheCallersSituations() throws {
        // The called scene's answer, passed or given, is tested inside it; once it has ended it
        // is reset before any new call, so the caller's eight steps are the same either way.
        let quiet = try Self.callee("quiet", nodes: #"{ "id": "a", "kind": "end" }"#)
        let asking = try Self.callee("asking", nodes: #"""
            { "id": "a", "kind": "prompt", "text": "Anything?", "saveAs": "k", "next": "b" },
            { "id": "b", "kind": "branch", "cases": [ { "if": { "answered": "k" }, "next": "c" } ], "else": "c" },
            { "id": "c", "kind": "end" }
            """#)
        let plain = SceneExplorer(scene: try Self.caller(calling: "quiet"), library: [quiet]).explore()
        let busy = SceneExplorer(scene: try Self.caller(calling: "asking"), library: [asking]).explore()
        #expect(plain.passed && busy.passed)
        #expect(busy.statesExplored - plain.statesExplored <= 6, "\(plain.statesExplored) against \(busy.statesExplored)")
    }

    @Test func callersSharingWhatTheirCalledScenesFoundReportWhatEachFindsAlone() throws {
        // The second caller looks the called scene up instead of exploring it; its report must
        // still count that scene's situations and name the hole in it.
        let wish = try Self.callee("wish", nodes: #"""
            { "id": "a", "kind": "prompt", "text": "A wish?", "saveAs": "wish", "next": "b" },
            { "id": "b", "kind": "narration", "text": "Sam wished for {answer.wish.player2}", "next": "c" },
            { "id": "c", "kind": "end" }
            """#)
        let first = try Self.caller(calling: "wish")
        var second = first
        second.id = "t2"
        let library = [wish, first, second]
        let alone = [first, second].map { SceneExplorer(scene: $0, library: library).explore() }
        let cache = CalledSceneCache()
        let shared = [first, second].map { scene in
            var explorer = SceneExplorer(scene: scene, library: library)
            explorer.calledScenes = cache
            return explorer.explore()
        }
        for (own, looked) in zip(alone, shared) {
            #expect(own.problems == looked.problems)
            #expect(own.statesExplored == looked.statesExplored)
            #expect(own.transitions == looked.transitions)
            #expect(own.endingsReached == looked.endingsReached)
            #expect(own.problems.contains { $0.kind == .unfilledPlaceholder && $0.sceneID == "wish" && $0.nodeID == "b" })
        }
    }

    @Test func whoPassedDoesNotSplitSituationsOnlyTheLatestResponseDoes() throws {
        // `answered` reads this turn's response; a pass by one player and an answer by the
        // other, or the reverse, leave the same latest response and the same future.
        let each = try scene(sceneJSON(nodes: #"{ "id": "a", "kind": "prompt", "who": "each", "text": "Anything?", "saveAs": "k", "next": "b" },"#
            + "\n" + #"{ "id": "b", "kind": "branch", "cases": [ { "if": { "answered": "k" }, "next": "t1" } ], "else": "t1" },"#
            + "\n" + Self.tail + ",\n" + #"{ "id": "z", "kind": "end" }"#))
        let report = SceneExplorer(scene: each, library: []).explore()
        #expect(report.passed)
        // Two players leading × (two latest outcomes) for each of the tail's steps, at most.
        #expect(report.statesExplored <= 2 * 2 * 12, "\(report.statesExplored)")
    }
}
