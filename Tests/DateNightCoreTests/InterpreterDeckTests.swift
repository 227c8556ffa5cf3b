import DateNightCore
import Testing

@Suite("Question decks")
struct InterpreterDeckTests {
    static let deck = #"""
    { "d": { "questions": [
      { "id": "q1", "text": "Deep one?", "category": "values", "depth": 3 },
      { "id": "q2", "text": "Light one?", "category": "fun", "depth": 1 },
      { "id": "q3", "text": "Middle one?", "category": "fun", "depth": 2 },
      { "id": "q4", "text": "Another light one?", "category": "fun", "depth": 1 },
      { "id": "q5", "text": "Another deep one?", "category": "values", "depth": 3 }
    ] } }
    """#

    func deckScene(draw: Int, extra: String = "") throws -> Scene {
        try scene(sceneJSON(decks: Self.deck, nodes: """
        { "id": "a", "kind": "deck", "deck": "d", "draw": \(draw), "who": "partner", "swapTurn": true \(extra), "next": "b" },
        { "id": "b", "kind": "end" }
        """))
    }

    /// Answers every question and returns the question ids in the order asked, with who answered.
    func askedQuestions(_ scene: Scene, seed: UInt64, explored: Set<String> = []) throws -> [(String, PlayerSlot?)] {
        var (game, step) = session(scene, seed: seed, explored: explored)
        var asked: [(String, PlayerSlot?)] = []
        while let prompt = step.prompt {
            asked.append((prompt.questionID ?? "?", prompt.player))
            step = try game.send(.answer("ok"))
        }
        return asked
    }

    @Test func drawsAreRepeatableForASeedAndRiseInDepth() throws {
        let scene = try deckScene(draw: 4)
        let first = try askedQuestions(scene, seed: 42).map(\.0)
        let again = try askedQuestions(scene, seed: 42).map(\.0)
        #expect(first == again)
        #expect(Set(first).count == 4, "no question twice")
        let depths = first.compactMap { id in scene.decks["d"]?.questions.first { $0.id == id }?.depth }
        #expect(depths == depths.sorted(), "a sitting starts light and goes deeper")
        let seeds: [UInt64] = Array(0..<20)
        let variety = Set(try seeds.map { try askedQuestions(scene, seed: $0).map(\.0) })
        #expect(variety.count > 1, "different seeds draw different questions")
    }

    @Test func askerAndAnswererAlternate() throws {
        let asked = try askedQuestions(try deckScene(draw: 4), seed: 1).map(\.1)
        #expect(asked == [.second, .first, .second, .first])
    }

    @Test func unexploredQuestionsComeFirst() throws {
        let scene = try deckScene(draw: 2)
        for seed in UInt64(0)..<30 {
            let asked = try askedQuestions(scene, seed: seed, explored: ["t/q1", "t/q2", "t/q3"]).map(\.0)
            #expect(Set(asked) == ["q4", "q5"])
        }
    }

    @Test func filtersByCategoryAndDepth() throws {
        let scene = try deckScene(draw: 5, extra: #", "categories": ["fun"], "depths": [1]"#)
        let asked = try askedQuestions(scene, seed: 3).map(\.0)
        #expect(Set(asked) == ["q2", "q4"])
    }

    @Test func aSecondVisitDrawsNewQuestions() throws {
        let scene = try scene(sceneJSON(variables: #"{ "n": 0 }"#, decks: Self.deck, nodes: #"""
        { "id": "a", "kind": "deck", "deck": "d", "draw": 2, "next": "count" },
        { "id": "count", "kind": "set", "set": { "n": { "add": 1 } }, "next": "again" },
        { "id": "again", "kind": "branch", "cases": [ { "if": { "var": "n", "below": 2 }, "next": "a" } ], "else": "b" },
        { "id": "b", "kind": "end" }
        """#))
        var (game, step) = session(scene, seed: 9)
        var asked: [String] = []
        while let prompt = step.prompt {
            if prompt.player == .first { asked.append(prompt.questionID ?? "?") }
            step = try game.send(.answer("ok"))
        }
        #expect(asked.count == 4)
        #expect(Set(asked).count == 4)
    }

    @Test func aBodyRunsOncePerQuestionWithTheQuestionFilledIn() throws {
        let scene = try scene(sceneJSON(variables: #"{ "spot": 0 }"#, decks: Self.deck, nodes: #"""
        { "id": "a", "kind": "deck", "deck": "d", "draw": 2, "body": "guess", "swapTurn": true, "next": "z" },
        { "id": "guess", "kind": "prompt", "who": "partner", "secret": true, "text": "{partner}, guess {active}: {question}", "saveAs": "g", "next": "real" },
        { "id": "real", "kind": "prompt", "text": "{active}: {question}", "next": "mark" },
        { "id": "mark", "kind": "choice", "text": "Guess was {answer.g.partner}", "options": [ { "label": "Spot on", "next": "r", "set": { "spot": { "add": 1 } } }, { "label": "Surprise", "next": "r" } ] },
        { "id": "r", "kind": "return" },
        { "id": "z", "kind": "end", "text": "{var.spot} spot on" }
        """#))
        var (game, step) = session(scene, seed: 5)
        let firstQuestion = try #require(step.prompt)
        #expect(firstQuestion.text.hasPrefix("Sam, guess Alex: "))
        #expect(firstQuestion.secret)
        step = try game.send(.answer("tea"))
        #expect(step.prompt?.text.hasPrefix("Alex: ") == true)
        step = try game.send(.answer("coffee"))
        #expect(step.choice?.text == "Guess was tea")
        step = try game.send(.choose(1))
        #expect(step.prompt?.text.hasPrefix("Alex, guess Sam: ") == true, "the turn passed after the first question")
        step = try game.send(.answer("x"))
        step = try game.send(.answer("y"))
        step = try game.send(.choose(2))
        #expect(step.events.contains(.finished(text: "1 spot on")))
    }
}

@Suite("Calls between scenes and sub-graphs")
struct InterpreterCallTests {
    @Test func aCalledSceneRunsAndHandsBack() throws {
        let hug = try scene(#"""
        { "format": 1, "id": "hug", "title": "Hug", "summary": "S", "minutes": 1, "kinds": ["physical"], "start": "h",
          "variables": { "n": 1 },
          "nodes": [ { "id": "h", "kind": "timer", "label": "Hug {var.n}", "seconds": 20, "next": "e" },
                     { "id": "e", "kind": "end", "text": "Back you go." } ] }
        """#)
        let evening = try scene(sceneJSON(nodes: #"""
        { "id": "a", "kind": "call", "scene": "hug", "next": "b" },
        { "id": "b", "kind": "call", "node": "sub", "next": "c" },
        { "id": "sub", "kind": "prompt", "text": "Inside", "next": "ret" },
        { "id": "ret", "kind": "return" },
        { "id": "c", "kind": "end", "text": "All done" }
        """#))
        var (game, step) = session(evening, library: [hug])
        #expect(step.events.contains(.sceneStarted(id: "hug", title: "Hug")))
        guard case .timer(let timer)? = step.request else { Issue.record("expected the hug timer"); return }
        #expect(timer.label == "Hug 1")
        step = try game.send(.timerFinished)
        #expect(step.narration == ["Back you go."])
        #expect(step.prompt?.text == "Inside")
        step = try game.send(.answer("ok"))
        #expect(step.events.last == .finished(text: "All done"))
    }
}

@Suite("Call depth")
struct CallDepthTests {
    @Test func aSubGraphThatCallsItselfStopsAtTheDocumentedDepth() throws {
        let scene = try scene(sceneJSON(nodes: #"""
        { "id": "a", "kind": "call", "node": "again", "next": "z" },
        { "id": "again", "kind": "prompt", "text": "Once more?", "next": "deeper" },
        { "id": "deeper", "kind": "call", "node": "again", "next": "back" },
        { "id": "back", "kind": "return" },
        { "id": "z", "kind": "end" }
        """#))
        var (game, step) = session(scene)
        var asked = 0
        while step.prompt != nil {
            asked += 1
            step = try game.send(.answer("yes"))
        }
        #expect(asked == Interpreter.maximumCallDepth, "one question per level until the cap")
        #expect(step.events.contains(.stuck(nodeID: "deeper")))
        #expect(game.isFinished)
    }
}
