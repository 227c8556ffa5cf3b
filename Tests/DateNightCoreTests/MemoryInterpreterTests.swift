import DateNightCore
import Foundation
import Testing

/// How a session uses what the couple brought from earlier sessions.
@Suite("Memory in play")
struct MemoryInterpreterTests {
    private let recalling = sceneJSON(nodes: #"""
    { "id": "a", "kind": "branch", "cases": [
        { "if": { "remembered": "one_thing" }, "next": "recall" },
        { "if": { "finished": "t", "atLeast": 1 }, "next": "back" } ], "else": "first" },
    { "id": "recall", "kind": "narration", "text": "Last time: {last.one_thing.both}; {player1} said {last.one_thing.player1}", "next": "ask" },
    { "id": "back", "kind": "narration", "text": "Welcome back.", "next": "ask" },
    { "id": "first", "kind": "narration", "text": "Hello, new faces.", "next": "ask" },
    { "id": "ask", "kind": "prompt", "who": "each", "text": "A small thing?", "saveAs": "one_thing", "next": "z" },
    { "id": "z", "kind": "end" }
    """#)

    private func start(_ memory: Memory) throws -> (Interpreter, Step) {
        var game = Interpreter(scene: try scene(recalling), players: ("Maya", "Jonah"), seed: 1, memory: memory)
        let step = game.start()
        return (game, step)
    }

    @Test func aFirstVisitRemembersNothing() throws {
        let (_, step) = try start(.none)
        #expect(step.narration == ["Hello, new faces."])
    }

    @Test func aReturnVisitWithoutAnswersIsWelcomedBack() throws {
        let (_, step) = try start(Memory(answers: [:], finished: ["t": 1]))
        #expect(step.narration == ["Welcome back."])
    }

    @Test func earlierAnswersAreQuotedForEachPlayer() throws {
        let memory = Memory(answers: ["t": ["one_thing": .init(first: .text("canal walk"), second: .text("early night"))]], finished: [:])
        let (_, step) = try start(memory)
        #expect(step.narration == ["Last time: canal walk; Maya said canal walk"])
    }

    @Test func passesAndEmptyResponsesAreNeverRecalled() throws {
        // Jonah passed and Maya talked it through without a note: nothing with words to quote.
        let memory = Memory(answers: ["t": ["one_thing": .init(first: .spoken(""), second: .passed, both: .timeUp(""))]], finished: [:])
        #expect(memory.isEmpty)
        let (_, step) = try start(memory)
        #expect(step.narration == ["Hello, new faces."])
    }

    @Test func oneOfTwoAnswersIsNotEnoughToRecall() throws {
        // {last.one_thing.player2} would have nothing to show.
        let memory = Memory(answers: ["t": ["one_thing": .init(first: .text("canal walk"))]], finished: [:])
        let (_, step) = try start(memory)
        #expect(step.narration == ["Hello, new faces."])
    }

    @Test func theMemoryIsSavedWithTheSessionAndRestored() throws {
        let memory = Memory(answers: ["t": ["one_thing": .init(both: .text("canal walk"))]], finished: ["t": 2])
        let (game, _) = try start(memory)
        let saved = try JSONEncoder().encode(game.state)
        let restored = try Interpreter(restoring: try JSONDecoder().decode(EngineState.self, from: saved), library: [try scene(recalling)])
        #expect(restored.state.memory == memory)
    }

    @Test func aSaveFromBeforeMemoryStillLoadsAndRemembersNothing() throws {
        let (game, _) = try start(Memory(answers: [:], finished: ["t": 1]))
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(game.state)) as? [String: Any])
        object["memory"] = nil
        let old = try JSONSerialization.data(withJSONObject: object)
        var restored = try Interpreter(restoring: try JSONDecoder().decode(EngineState.self, from: old), library: [try scene(recalling)])
        #expect(restored.state.memory == nil)
        let step = try restored.send(.answer("tea"))
        #expect(step.prompt?.text == "A small thing?")
    }

    @Test func theExplorerPlaysFirstVisitsAndReturnVisits() throws {
        let report = SceneExplorer(scene: try scene(recalling), library: []).explore()
        // Every branch is reached, so none is reported as never reached.
        #expect(report.passed, "\(report.problems)")
        #expect(report.earlierSessionsTried == 4)
    }

    @Test func theExplorerRemembersOneKeyWithoutTheOther() throws {
        // 'only-thing' is reached only by a couple who answered one_thing but not wish.
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "branch", "cases": [ { "if": { "remembered": "one_thing" }, "next": "b" } ], "else": "ask" },
        { "id": "b", "kind": "branch", "cases": [ { "if": { "remembered": "wish" }, "next": "both" } ], "else": "only-thing" },
        { "id": "both", "kind": "narration", "text": "{last.one_thing.both} and {last.wish.both}", "next": "ask" },
        { "id": "only-thing", "kind": "narration", "text": "Just {last.one_thing.both}", "next": "ask" },
        { "id": "ask", "kind": "prompt", "who": "both", "text": "A thing?", "saveAs": "one_thing", "next": "wish" },
        { "id": "wish", "kind": "prompt", "who": "both", "text": "A wish?", "saveAs": "wish", "next": "z" },
        { "id": "z", "kind": "end" }
        """#)
        let report = SceneExplorer(scene: try scene(json), library: []).explore()
        #expect(report.passed, "\(report.problems)")
        #expect(report.earlierSessionsTried == 4, "none, each key alone, both")
    }
}
