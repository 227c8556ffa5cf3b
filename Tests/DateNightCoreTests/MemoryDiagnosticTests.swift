import DateNightCore
import Testing

/// What scenes recall from earlier sessions is checked like everything else: each reference
/// names a scene and a key that exist, and an earlier answer is only quoted where a
/// `remembered` condition has made sure the couple has one.
@Suite("Memory diagnostics")
struct MemoryDiagnosticTests {
    private func messages(_ json: String) -> [String] {
        load(json).diagnostics.map(\.formatted)
    }

    /// Loads `json` (as test.json) together with another scene, `other.json`, as a folder is checked.
    private func messagesAlongside(_ json: String, other: String) -> [String] {
        SceneLoader.loadAll([("test.json", Array(json.utf8)), ("other.json", Array(other.utf8))])
            .flatMap(\.diagnostics).map(\.formatted)
    }

    private let checkIn = """
    {
      "format": 1, "id": "check-in", "title": "C", "summary": "S", "minutes": 5, "kinds": ["emotional"],
      "start": "thing",
      "nodes": [
        { "id": "thing", "kind": "prompt", "who": "both", "text": "A small thing?", "saveAs": "one_thing", "next": "done" },
        { "id": "done", "kind": "end" }
      ]
    }
    """

    @Test func unguardedEarlierAnswerIsRefused() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "prompt", "who": "both", "text": "A small thing?", "saveAs": "one_thing", "next": "b" },
        { "id": "b", "kind": "end", "text": "Last time: {last.one_thing.both}" }
        """#)
        #expect(messages(json) == [diagnostic(at: "\"Last time", in: json,
            "node 'b': {last.one_thing.both} may be shown to a couple with no earlier answer to 'one_thing': guard it with { \"remembered\": \"one_thing\" } on every path here")])
    }

    @Test func earlierAnswerGuardedOnOnlySomePathsIsRefused() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "choice", "text": "Look back?", "options": [
            { "label": "Yes", "next": "check" }, { "label": "No", "next": "recall" } ] },
        { "id": "check", "kind": "branch", "cases": [ { "if": { "remembered": "one_thing" }, "next": "recall" } ], "else": "ask" },
        { "id": "recall", "kind": "narration", "text": "You said {last.one_thing.player1}", "next": "ask" },
        { "id": "ask", "kind": "prompt", "who": "both", "text": "A small thing?", "saveAs": "one_thing", "next": "z" },
        { "id": "z", "kind": "end" }
        """#)
        #expect(messages(json) == [diagnostic(at: "\"You said", in: json,
            "node 'recall': {last.one_thing.player1} may be shown to a couple with no earlier answer to 'one_thing': guard it with { \"remembered\": \"one_thing\" } on every path here")])
    }

    @Test func guardsThroughBranchesAllAndElseAreAccepted() throws {
        _ = try scene(sceneJSON(nodes: #"""
        { "id": "a", "kind": "branch", "cases": [ { "if": { "not": { "remembered": "one_thing" } }, "next": "ask" } ], "else": "b" },
        { "id": "b", "kind": "narration", "text": "Last time: {last.one_thing.both}", "next": "c" },
        { "id": "c", "kind": "branch", "cases": [ { "if": { "all": [ { "remembered": "one_thing" }, { "finished": "t", "atLeast": 2 } ] }, "next": "d" } ], "else": "ask" },
        { "id": "d", "kind": "narration", "text": "Still: {last.one_thing.active}", "next": "ask" },
        { "id": "ask", "kind": "prompt", "who": "both", "text": "A small thing?", "saveAs": "one_thing", "next": "z" },
        { "id": "z", "kind": "end" }
        """#))
    }

    @Test func aChoicesFallbackOptionDoesNotGuard() {
        // The first option is offered alone when no condition holds, so its own condition proves nothing.
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "choice", "text": "Look back?", "options": [
            { "label": "Yes", "next": "recall", "if": { "remembered": "one_thing" } },
            { "label": "Again", "next": "recall-too", "if": { "remembered": "one_thing" } } ] },
        { "id": "recall", "kind": "narration", "text": "First: {last.one_thing.both}", "next": "ask" },
        { "id": "recall-too", "kind": "narration", "text": "Again: {last.one_thing.both}", "next": "ask" },
        { "id": "ask", "kind": "prompt", "who": "both", "text": "A small thing?", "saveAs": "one_thing", "next": "z" },
        { "id": "z", "kind": "end" }
        """#)
        #expect(messages(json) == [diagnostic(at: "\"First", in: json,
            "node 'recall': {last.one_thing.both} may be shown to a couple with no earlier answer to 'one_thing': guard it with { \"remembered\": \"one_thing\" } on every path here")])
    }

    @Test func earlierAnswerToAKeyThisSceneNeverSavesIsRefused() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "branch", "cases": [ { "if": { "remembered": "wish" }, "next": "b" } ], "else": "z" },
        { "id": "b", "kind": "narration", "text": "You wished {last.wish.both}", "next": "z" },
        { "id": "z", "kind": "end" }
        """#)
        let found = messages(json)
        #expect(found.contains(diagnostic(at: "\"wish\" }", in: json,
            "node 'a': condition 'remembered': \"wish\" names an answer scene 't' never saves ('saveAs': \"wish\")")))
        #expect(found.contains(diagnostic(at: "\"You wished", in: json,
            "node 'b': placeholder {last.wish.both} names an answer scene 't' never saves ('saveAs': \"wish\")")))
        #expect(found.count == 2)
    }

    @Test func earlierAnswerFromAnUnknownSceneIsRefused() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "branch", "cases": [ { "if": { "remembered": "check-inn/one_thing" }, "next": "b" } ], "else": "z" },
        { "id": "b", "kind": "narration", "text": "Your thing: {last.check-inn/one_thing.both}", "next": "z" },
        { "id": "z", "kind": "end" }
        """#)
        let found = messagesAlongside(json, other: checkIn)
        #expect(found.contains(diagnostic(at: "\"check-inn/one_thing\"", in: json,
            "node 'a': condition 'remembered': \"check-inn/one_thing\" names scene 'check-inn', which does not exist among the scenes found")))
        #expect(found.contains(diagnostic(at: "\"Your thing", in: json,
            "node 'b': placeholder {last.check-inn/one_thing.both} names scene 'check-inn', which does not exist among the scenes found")))
        #expect(found.count == 2)
    }

    @Test func earlierAnswerToAKeyTheOtherSceneNeverSavesIsRefused() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "branch", "cases": [ { "if": { "remembered": "check-in/small_thing" }, "next": "b" } ], "else": "z" },
        { "id": "b", "kind": "narration", "text": "Your thing: {last.check-in/small_thing.both}", "next": "z" },
        { "id": "z", "kind": "end" }
        """#)
        let found = messagesAlongside(json, other: checkIn)
        #expect(found.contains(diagnostic(at: "\"Your thing", in: json,
            "node 'b': placeholder {last.check-in/small_thing.both} names an answer scene 'check-in' never saves ('saveAs': \"small_thing\")")))
        #expect(found.count == 2)
    }

    @Test func earlierAnswerFromAnotherSceneLoadedAlongsideIsFine() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "branch", "cases": [ { "if": { "remembered": "check-in/one_thing" }, "next": "b" } ], "else": "z" },
        { "id": "b", "kind": "narration", "text": "Your thing: {last.check-in/one_thing.both}", "next": "z" },
        { "id": "z", "kind": "end" }
        """#)
        #expect(messagesAlongside(json, other: checkIn).isEmpty)
    }

    @Test func aFileOnItsOwnLeavesOtherScenesUnchecked() {
        // Nothing to check them against: the catalog or a folder check does it.
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "branch", "cases": [ { "if": { "remembered": "check-inn/one_thing" }, "next": "b" } ], "else": "z" },
        { "id": "b", "kind": "narration", "text": "Your thing: {last.check-inn/one_thing.both}", "next": "z" },
        { "id": "z", "kind": "end" }
        """#)
        #expect(messages(json).isEmpty)
    }

    @Test func finishedCountOfAnUnknownSceneIsRefused() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "branch", "cases": [ { "if": { "finished": "check-inn", "atLeast": 1 }, "next": "z" } ], "else": "z" },
        { "id": "z", "kind": "end" }
        """#)
        #expect(messagesAlongside(json, other: checkIn) == [diagnostic(at: "\"check-inn\"", in: json,
            "node 'a': condition counts finished sessions of scene 'check-inn', which does not exist among the scenes found")])
    }

    @Test func finishedNeedsExactlyOneBound() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "branch", "cases": [ { "if": { "finished": "t" }, "next": "z" } ], "else": "z" },
        { "id": "z", "kind": "end" }
        """#)
        #expect(messages(json) == [diagnostic(at: "{ \"finished\"", in: json,
            "node 'a': a condition on how often 't' was finished needs exactly one of atLeast, below")])
    }

    @Test func rememberedMustNameAKey() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "branch", "cases": [ { "if": { "remembered": "a/b/c" }, "next": "z" } ], "else": "z" },
        { "id": "z", "kind": "end" }
        """#)
        #expect(messages(json) == [diagnostic(at: "\"a/b/c\"", in: json,
            "node 'a': 'remembered' must be an answer key, or a scene id and a key as \"scene/key\", found 'a/b/c'")])
    }

    @Test func deckQuestionsCannotQuoteEarlierAnswers() {
        let json = sceneJSON(decks: #"{ "d": { "questions": [ { "id": "q", "text": "Still {last.one_thing.both}?", "category": "c", "depth": 1 } ] } }"#, nodes: #"""
        { "id": "a", "kind": "prompt", "who": "both", "text": "A small thing?", "saveAs": "one_thing", "next": "b" },
        { "id": "b", "kind": "deck", "deck": "d", "draw": 1, "next": "z" },
        { "id": "z", "kind": "end" }
        """#)
        #expect(messages(json) == [diagnostic(at: "\"Still", in: json,
            "a deck question may name the players and variables but not answers, earlier answers or {question}")])
    }
}
