import DateNightCore
import Testing

/// A year of weekly classic rounds: whichever flavour a couple picks, no question comes back.
@Suite("A year of love mapping")
struct LoveMappingYearTests {
    static let heavy: Set<String> = ["hardship", "fears-and-insecurities"]

    /// One sitting: picks classic rounds and the flavour, answers every question, and stops at
    /// "Where to next?". Returns the questions asked, in order, once each.
    static func sitting(_ scene: Scene, flavour: Int, seed: UInt64, explored: Set<String>) throws -> [Deck.Question] {
        try sittingWithDeck(scene, flavour: flavour, seed: seed, explored: explored).questions
    }

    /// The sitting's questions and the deck node that asked them.
    static func sittingWithDeck(_ scene: Scene, flavour: Int, seed: UInt64, explored: Set<String>) throws -> (questions: [Deck.Question], deck: String?) {
        var deckNode: String?
        let questions = try sitting(scene, flavour: flavour, seed: seed, explored: explored) { deckNode = $0 }
        return (questions, deckNode)
    }

    static func sitting(_ scene: Scene, flavour: Int, seed: UInt64, explored: Set<String>,
                        askedAt: (String) -> Void) throws -> [Deck.Question] {
        var game = Interpreter(scene: scene, players: ("Maya", "Jonah"), seed: seed, explored: explored)
        var step = game.start()
        var asked: [Deck.Question] = []
        let questions = scene.decks["love-map"]?.questions ?? []
        for _ in 0..<500 {
            switch step.request {
            case .prompt(let prompt)?:
                if let id = prompt.questionID, asked.last?.id != id, let question = questions.first(where: { $0.id == id }) {
                    asked.append(question)
                    askedAt(prompt.nodeID)
                }
                step = try game.send(.answer("ok"))
            case .choice(let choice)?:
                switch choice.nodeID {
                case "again": return asked
                case "menu":
                    let classic = try #require(choice.options.firstIndex { $0.hasPrefix("Classic") })
                    step = try game.send(.choose(classic + 1))
                case "classic-flavour": step = try game.send(.choose(flavour + 1))
                default: step = try game.send(.pass)
                }
            case .timer?, .breathing?:
                step = try game.send(.timerFinished)
            case nil:
                return asked
            }
        }
        Issue.record("the sitting never came back to 'Where to next?'")
        return asked
    }

    @Test func fiftyTwoWeeklySittingsOfEachFlavourNeverRepeatAQuestion() throws {
        let scene = try #require(try Repository.bundledScenes().first { $0.id == "love-mapping" })
        guard case .choice(let flavours)? = scene.nodes["classic-flavour"]?.body else {
            Issue.record("love-mapping has no flavour choice")
            return
        }
        #expect(flavours.options.count >= 7)
        for flavour in flavours.options.indices {
            var explored: Set<String> = []
            for week in 0..<52 {
                let (asked, deckNode) = try Self.sittingWithDeck(scene, flavour: flavour, seed: UInt64(week * 7919 + flavour), explored: explored)
                guard case .deck(let draw)? = deckNode.flatMap({ scene.nodes[$0]?.body }) else {
                    Issue.record("flavour \(flavour + 1) asked nothing from a deck")
                    continue
                }
                #expect(draw.draw >= 10)
                #expect(asked.count == draw.draw, "flavour \(flavour + 1), week \(week + 1): \(asked.count) of \(draw.draw) questions")
                for question in asked {
                    #expect(explored.insert("love-mapping/\(question.id)").inserted,
                            "flavour \(flavour + 1), week \(week + 1): '\(question.id)' came back")
                }
                for (earlier, later) in zip(asked, asked.dropFirst()) where earlier.depth == 3 && later.depth == 3 {
                    #expect(!(Self.heavy.contains(earlier.category) && Self.heavy.contains(later.category)),
                            "two heavy deep questions in a row: \(earlier.id), \(later.id)")
                }
                if let last = asked.last {
                    #expect(last.depth < 3, "a round lands on a light or personal question, not its deepest one")
                    #expect(week > 40 || last.depth == 1, "while light questions last, the landing is a light one")
                }
            }
        }
    }

    @Test func theMixLeavesOutHardTopicsUnlessTheCoupleOptsIn() throws {
        let scene = try #require(try Repository.bundledScenes().first { $0.id == "love-mapping" })
        for seed in UInt64(0)..<20 {
            let asked = try Self.sitting(scene, flavour: 0, seed: seed, explored: [])
            #expect(!asked.contains { Self.heavy.contains($0.category) }, "seed \(seed)")
        }
    }

    @Test func everyCategoryAndDepthHoldsAtLeastTwentyFiveQuestionsAndOldIdsRemain() throws {
        let scene = try #require(try Repository.bundledScenes().first { $0.id == "love-mapping" })
        let questions = try #require(scene.decks["love-map"]?.questions)
        #expect(questions.count >= 600)
        let categories = Set(questions.map(\.category)).subtracting(["wildcards"])
        #expect(categories.count >= 9)
        for category in categories {
            for depth in 1...3 {
                let count = questions.filter { $0.category == category && $0.depth == depth }.count
                #expect(count >= 25, "\(category) at depth \(depth) has \(count)")
            }
        }
        // Every id the first release shipped, which saves and progress refer to.
        let ids = Set(questions.map(\.id))
        let firstRelease = [("lm-rel", 21), ("lm-fam", 19), ("lm-hd", 19), ("lm-hs", 17), ("lm-fi", 16), ("lm-vm", 19), ("lm-ft", 22)]
        for (prefix, last) in firstRelease {
            for number in 1...last {
                let id = "\(prefix)-" + String(repeating: "0", count: number < 10 ? 2 : 1) + "\(number)"
                #expect(ids.contains(id), "\(id) is gone")
            }
        }
    }
}
