import DateNightCore
import Testing

/// Progress credits a kind of closeness for what was done: a node's own kinds, a deck
/// category's kinds, or the scene's; and a hidden scene loads like any other.
@Suite("Kinds of closeness per node and deck category")
struct ClosenessCreditTests {
    static let decks = """
        { "qs": { "categoryKinds": { "values": ["spiritual", "intellectual"] }, "questions": [
          { "id": "q-values", "text": "What matters?", "category": "values", "depth": 1 },
          { "id": "q-food", "text": "Best snack?", "category": "food", "depth": 1 } ] } }
        """

    static let nodes = """
        { "id": "a", "kind": "deck", "deck": "qs", "draw": 2, "next": "quick" },
        { "id": "quick", "kind": "deck", "deck": "qs", "draw": 2, "kinds": ["intellectual"], "next": "hug" },
        { "id": "hug", "kind": "timer", "label": "Hug", "seconds": 20, "kinds": ["physical"], "next": "end" },
        { "id": "end", "kind": "end" }
        """

    @Test func aNodesOwnKindsComeFirstThenTheCategoryThenTheScene() throws {
        let loaded = try scene(sceneJSON(decks: Self.decks, nodes: Self.nodes))
        #expect(loaded.kinds(doneAt: "a", question: "q-values") == [.spiritual, .intellectual])
        #expect(loaded.kinds(doneAt: "a", question: "q-food") == [.emotional], "no category kinds: the scene's")
        #expect(loaded.kinds(doneAt: "quick", question: "q-values") == [.intellectual], "a lightning round is not spiritual")
        #expect(loaded.kinds(doneAt: "hug") == [.physical])
        #expect(loaded.kinds(doneAt: "end") == [.emotional])
        #expect(loaded.hidden == false)
    }

    @Test func aHiddenSceneLoadsAndSaysSo() throws {
        let json = sceneJSON(nodes: #"{ "id": "a", "kind": "end" }"#)
            .replacingOccurrences(of: #""kinds": ["emotional"],"#, with: #""kinds": ["emotional"], "hidden": true,"#)
        #expect(try scene(json).hidden)
    }

    @Test func mistakesInKindsAreReported() {
        let decks = """
            { "qs": { "categoryKinds": { "valuse": ["spiritual"], "food": [] }, "questions": [
              { "id": "q-values", "text": "What matters?", "category": "values", "depth": 1 },
              { "id": "q-food", "text": "Best snack?", "category": "food", "depth": 1 } ] } }
            """
        let nodes = """
            { "id": "a", "kind": "narration", "text": "Hi", "kinds": ["spirtual"], "next": "b" },
            { "id": "b", "kind": "deck", "deck": "qs", "draw": 1, "kinds": [], "next": "end" },
            { "id": "end", "kind": "end" }
            """
        let messages = load(sceneJSON(decks: decks, nodes: nodes)).diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("no question has the category 'valuse'") && $0.contains("values") })
        #expect(messages.contains { $0.contains("the kinds for category 'food' must be a list naming at least one") })
        #expect(messages.contains { $0.contains("unknown kind of closeness 'spirtual'") })
        #expect(messages.contains { $0.contains("'kinds' must name at least one") })
    }

    @Test func everyBundledLightningRoundAndDeckCategoryCreditsNamedKinds() throws {
        let scenes = try Repository.bundledScenes()
        let loveMapping = try #require(scenes.first { $0.id == "love-mapping" })
        #expect(!loveMapping.kinds(doneAt: "lightning-deck", question: nil).contains(.spiritual))
        let deck = try #require(loveMapping.decks["love-map"])
        let values = try #require(deck.questions.first { $0.category == "values-and-meaning" })
        #expect(loveMapping.kinds(doneAt: "classic-values", question: values.id).contains(.spiritual))
        let samples = scenes.filter { $0.id.hasPrefix("sampler") }
        #expect(samples.count == 2 && samples.allSatisfy(\.hidden))
    }
}
