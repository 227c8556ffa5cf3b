import DateNightCore
import Testing

@Suite("Step k of n")
struct InterpreterProgressTests {
    @Test func aStraightSceneCountsEveryInputAndCountsDown() throws {
        let scene = try scene(sceneJSON(nodes: """
        { "id": "a", "kind": "prompt", "text": "One?", "next": "b" },
        { "id": "b", "kind": "prompt", "who": "each", "text": "Two each?", "next": "c" },
        { "id": "c", "kind": "timer", "label": "Hug", "seconds": 20, "next": "d" },
        { "id": "d", "kind": "end" }
        """))
        var (game, _) = session(scene)
        #expect(game.progress == SessionProgress(stepsDone: 0, fewestStepsLeft: 4))
        _ = try game.send(.answer("x"))
        #expect(game.progress.fewestStepsLeft == 3)
        _ = try game.send(.pass)
        #expect(game.progress == SessionProgress(stepsDone: 2, fewestStepsLeft: 2), "the partner's turn at an 'each' prompt is still to come")
        _ = try game.send(.answer("y"))
        _ = try game.send(.timerFinished)
        #expect(game.progress == SessionProgress(stepsDone: 4, fewestStepsLeft: 0))
        #expect(game.progress.estimatedTotal == 4)
    }

    @Test func aChoiceCountsItsShortestWayToTheEnd() throws {
        let scene = try scene(sceneJSON(nodes: """
        { "id": "a", "kind": "choice", "text": "Long or short?", "options": [
          { "label": "Long", "next": "l1" }, { "label": "Short", "next": "z" } ] },
        { "id": "l1", "kind": "prompt", "text": "More?", "next": "l2" },
        { "id": "l2", "kind": "prompt", "text": "Even more?", "next": "z" },
        { "id": "z", "kind": "end" }
        """))
        var (game, _) = session(scene)
        #expect(game.progress.fewestStepsLeft == 1)
        _ = try game.send(.choose(1))
        #expect(game.progress == SessionProgress(stepsDone: 1, fewestStepsLeft: 2))
    }

    @Test func decksCountTheirQuestionsAndBodies() throws {
        let decks = #"{ "d": { "questions": [ { "id": "q1", "text": "Q1?", "category": "c", "depth": 1 }, { "id": "q2", "text": "Q2?", "category": "c", "depth": 1 } ] } }"#
        let plain = try scene(sceneJSON(decks: decks, nodes: """
        { "id": "a", "kind": "deck", "deck": "d", "draw": 5, "who": "each", "next": "z" },
        { "id": "z", "kind": "end" }
        """))
        var (game, _) = session(plain)
        #expect(game.progress.fewestStepsLeft == 4, "two questions (the pool is smaller than the draw), each answered twice")
        _ = try game.send(.answer("x"))
        #expect(game.progress.fewestStepsLeft == 3)
        _ = try game.send(.answer("y"))
        #expect(game.progress.fewestStepsLeft == 2)

        let withBody = try scene(sceneJSON(decks: decks, nodes: """
        { "id": "a", "kind": "deck", "deck": "d", "draw": 2, "body": "guess", "next": "z" },
        { "id": "guess", "kind": "prompt", "who": "partner", "text": "Guess: {question}", "next": "real" },
        { "id": "real", "kind": "prompt", "text": "Really: {question}", "next": "back" },
        { "id": "back", "kind": "return" },
        { "id": "z", "kind": "end" }
        """))
        (game, _) = session(withBody)
        #expect(game.progress.fewestStepsLeft == 4)
        _ = try game.send(.answer("guess"))
        #expect(game.progress.fewestStepsLeft == 3, "inside the body, the rest of the round is still counted")
    }

    @Test func calledScenesAndSubGraphsCount() throws {
        let callee = try scene(#"""
        { "format": 1, "id": "hug", "title": "Hug", "summary": "S", "minutes": 1, "kinds": ["physical"], "start": "h",
          "nodes": [ { "id": "h", "kind": "timer", "label": "Hug", "seconds": 20, "next": "e" }, { "id": "e", "kind": "end" } ] }
        """#)
        let caller = try scene(sceneJSON(nodes: """
        { "id": "a", "kind": "call", "scene": "hug", "next": "b" },
        { "id": "b", "kind": "call", "node": "sub", "next": "z" },
        { "id": "sub", "kind": "prompt", "text": "In the sub-graph?", "next": "ret" },
        { "id": "ret", "kind": "return" },
        { "id": "z", "kind": "end" }
        """))
        var (game, _) = session(caller, library: [callee])
        #expect(game.progress.fewestStepsLeft == 2)
        _ = try game.send(.timerFinished)
        #expect(game.progress == SessionProgress(stepsDone: 1, fewestStepsLeft: 1))
    }

    /// Along any play of any bundled scene, the estimate never promises fewer steps done than
    /// there were, never counts more steps left than the fewest possible, and ends at 0.
    @Test func theEstimateIsALowerBoundOnEveryRandomWalkThroughTheBundledScenes() throws {
        let library = try Repository.bundledScenes()
        for scene in library {
            for seed in UInt64(1)...3 {
                var generator = SeededGenerator(seed: seed)
                var (game, step) = session(scene, library: library, seed: seed)
                var estimates: [Int] = []
                var steps = 0
                while let request = step.request, steps < 2000 {
                    estimates.append(try #require(game.progress.fewestStepsLeft, "\(scene.id): no end in sight"))
                    step = try game.send(randomInput(for: request, using: &generator))
                    steps += 1
                }
                #expect(game.progress == SessionProgress(stepsDone: steps, fewestStepsLeft: 0))
                for (index, estimate) in estimates.enumerated() {
                    #expect(estimate <= steps - index, "\(scene.id) seed \(seed): step \(index) estimated \(estimate) left, but only \(steps - index) were")
                    #expect(estimate >= 1, "\(scene.id): something was still asked")
                }
            }
        }
    }
}
