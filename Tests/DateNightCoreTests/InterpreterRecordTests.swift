import DateNightCore
import Testing

@Suite("What the keepsake is told")
struct InterpreterRecordTests {
    @Test func answersInsideADeckBodyBelongToTheirQuestion() throws {
        let decks = #"{ "d": { "questions": [ { "id": "q1", "text": "Q1?", "category": "c", "depth": 1 } ] } }"#
        let scene = try scene(sceneJSON(decks: decks, nodes: """
        { "id": "a", "kind": "deck", "deck": "d", "draw": 1, "body": "guess", "next": "after" },
        { "id": "guess", "kind": "prompt", "who": "partner", "text": "Guess: {question}", "next": "back" },
        { "id": "back", "kind": "return" },
        { "id": "after", "kind": "prompt", "text": "And now?", "next": "z" },
        { "id": "z", "kind": "end" }
        """))
        var (game, _) = session(scene)
        let inBody = try game.send(.answer("a guess"))
        #expect(inBody.records.map(\.questionID) == ["q1"])
        let after = try game.send(.answer("done"))
        #expect(after.records.map(\.questionID) == [nil], "outside the body, no question")
    }
}
