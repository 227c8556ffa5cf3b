import DateNightCore
import Testing

/// A couple types an answer as a sentence or as a phrase; the scene quoting it mid-sentence
/// must read right either way (issue 17: "…phones at home.. Easy to say").
@Suite("Quoted answers and their punctuation")
struct QuotedAnswerTests {
    static let nodes = """
    { "id": "a", "kind": "prompt", "who": "both", "text": "Your small thing?", "saveAs": "plan", "next": "b" },
    { "id": "b", "kind": "prompt", "who": "both", "text": "When?", "saveAs": "when", "next": "c" },
    { "id": "c", "kind": "narration", "text": "Your plan: \\"{answer.plan.both}\\". See you {answer.when.both}, then. Over to {active}.", "next": "z" },
    { "id": "z", "kind": "end" }
    """

    private func said(plan: String, when: String) throws -> String {
        var (game, _) = session(try scene(sceneJSON(nodes: Self.nodes)))
        _ = try game.send(.answer(plan))
        return try #require(try game.send(.answer(when)).narration.first)
    }

    @Test func anAnswerThatEndsASentenceGetsNoSecondStop() throws {
        #expect(try said(plan: "Leave the phones at home.", when: "Sunday 8pm.")
                == "Your plan: \"Leave the phones at home.\" See you Sunday 8pm, then. Over to Alex.")
    }

    @Test func aQuestionOrAnExclamationKeepsItsOwnMark() throws {
        #expect(try said(plan: "Dance in the kitchen!", when: "Friday?")
                == "Your plan: \"Dance in the kitchen!\" See you Friday?, then. Over to Alex.")
    }

    @Test func aPhraseGetsTheScenesFullStop() throws {
        #expect(try said(plan: "a walk", when: "Sunday")
                == "Your plan: \"a walk\". See you Sunday, then. Over to Alex.")
    }

    @Test func anEllipsisIsTheCouplesAndIsKept() throws {
        #expect(try said(plan: "Maybe...", when: "Sunday...")
                == "Your plan: \"Maybe...\" See you Sunday..., then. Over to Alex.")
    }

    @Test func theSceneDecidesWhereNoAnswerIsQuoted() {
        #expect(QuotedPunctuation.join("Sunday.", "..") == "Sunday...", "an ellipsis written by the scene stays")
        #expect(QuotedPunctuation.join("home.", "\u{201D}. Next") == "home.\u{201D} Next")
        #expect(QuotedPunctuation.join("home", ". Next") == "home. Next")
        #expect(QuotedPunctuation.join("at home.", "\", side by side.") == "at home\", side by side.")
        #expect(QuotedPunctuation.join("", ". Next") == ". Next")
        #expect(QuotedPunctuation.join("home.", "") == "home.")
    }
}
