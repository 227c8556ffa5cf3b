import DateNightCore
import Testing

@Suite("Turns, answers and passes")
struct InterpreterTurnTests {
    @Test func eachAsksTheActivePlayerThenThePartnerAndSwapTurnHandsOver() throws {
        let scene = try scene(sceneJSON(nodes: #"""
        { "id": "a", "kind": "prompt", "who": "each", "text": "{active}, a joy?", "saveAs": "joy", "swapTurn": true, "next": "b" },
        { "id": "b", "kind": "prompt", "text": "{active} goes first now; {partner} waits.", "next": "c" },
        { "id": "c", "kind": "end", "text": "{answer.joy.player1} / {answer.joy.player2}" }
        """#))
        var (game, step) = session(scene)
        #expect(step.prompt?.player == .first)
        #expect(step.prompt?.text == "Alex, a joy?")
        step = try game.send(.answer("tea"))
        #expect(step.prompt?.player == .second)
        #expect(step.prompt?.text == "Sam, a joy?", "the second asking of 'each' names the one being asked")
        step = try game.send(.answer("rain"))
        #expect(step.prompt?.player == .second, "swapTurn handed the turn to Sam")
        #expect(step.prompt?.text == "Sam goes first now; Alex waits.")
        step = try game.send(.pass)
        #expect(step.isFinished)
        #expect(step.events.contains(.finished(text: "tea / rain")))
    }

    @Test func aPassIsRecordedAsAPassAndQuotedAsOne() throws {
        let scene = try scene(sceneJSON(nodes: #"""
        { "id": "a", "kind": "prompt", "who": "partner", "secret": true, "text": "Secret wish?", "saveAs": "wish", "next": "b" },
        { "id": "b", "kind": "reveal", "answers": ["wish"], "next": "c" },
        { "id": "c", "kind": "end", "text": "Sam: {answer.wish.player2}" }
        """#))
        var (game, step) = session(scene)
        #expect(step.prompt?.player == .second)
        #expect(step.prompt?.secret == true)
        step = try game.send(.pass)
        let record = try #require(step.records.first)
        #expect(record.response == .passed)
        #expect(record.player == .second)
        #expect(record.secret)
        #expect(step.events.contains(.reveal(.init(text: nil, rows: [.init(label: "wish", first: nil, second: .passed)]))))
        #expect(step.events.contains(.finished(text: "Sam: <passed>")), "the core names what happened; a front end words it")
    }

    @Test func quotedAnswersReadInTheWordsTheFrontEndGives() throws {
        let scene = try scene(sceneJSON(nodes: #"""
        { "id": "a", "kind": "prompt", "who": "active", "text": "One word?", "saveAs": "word", "next": "b" },
        { "id": "b", "kind": "end", "text": "{answer.word.player1} / {answer.word.player2}" }
        """#))
        var (game, _) = session(scene)
        game.wording = AnswerWording(response: { "«\($0.kind.rawValue)»" }, missing: "«none»")
        let step = try game.send(.pass)
        #expect(step.events.contains(.finished(text: "«passed» / «none»")))
    }

    @Test func bothAnswerTogetherOnce() throws {
        let scene = try scene(sceneJSON(nodes: #"""
        { "id": "a", "kind": "prompt", "who": "both", "text": "A time next week?", "saveAs": "when", "label": "Next time", "next": "b" },
        { "id": "b", "kind": "reveal", "answers": ["when"], "next": "c" },
        { "id": "c", "kind": "end" }
        """#))
        var (game, step) = session(scene)
        #expect(step.prompt != nil)
        #expect(step.prompt?.player == nil)
        step = try game.send(.answer("Sunday 7pm"))
        #expect(step.isFinished)
        #expect(step.events.contains(.reveal(.init(text: nil, rows: [.init(label: "Next time", first: .text("Sunday 7pm"), second: .text("Sunday 7pm"))]))))
    }

    @Test func wrongInputsAreRefusedWithoutChangingAnything() throws {
        let scene = try scene(sceneJSON(nodes: #"""
        { "id": "a", "kind": "choice", "text": "Pick", "options": [ { "label": "One", "next": "b" }, { "label": "Two", "next": "b" } ] },
        { "id": "b", "kind": "end" }
        """#))
        var (game, _) = session(scene)
        let before = game.state
        #expect(throws: InputError.optionOutOfRange(3, optionCount: 2)) { try game.send(.choose(3)) }
        #expect(throws: InputError.expectedChoice(optionCount: 2)) { try game.send(.answer("One")) }
        #expect(throws: InputError.optionOutOfRange(0, optionCount: 2)) { try game.send(.choose(0)) }
        #expect(game.state == before)
        _ = try game.send(.choose(2))
        #expect(throws: InputError.sessionFinished) { try game.send(.pass) }
    }

    @Test func optionConditionsAndAssignmentsSteerTheStory() throws {
        let scene = try scene(sceneJSON(variables: #"{ "rounds": 0, "place": "home" }"#, nodes: #"""
        { "id": "a", "kind": "choice", "text": "Where, round {var.rounds}?", "options": [
            { "label": "Out", "next": "count", "set": { "place": "out" }, "if": { "var": "rounds", "atLeast": 1 } },
            { "label": "Home", "next": "count", "default": true } ] },
        { "id": "count", "kind": "set", "set": { "rounds": { "add": 1 } }, "next": "again" },
        { "id": "again", "kind": "branch", "cases": [ { "if": { "all": [ { "var": "rounds", "below": 3 }, { "var": "place", "equals": "home" } ] }, "next": "a" } ], "else": "b" },
        { "id": "b", "kind": "end", "text": "{var.place} after {var.rounds}" }
        """#))
        var (game, step) = session(scene)
        #expect(step.choice?.options == ["Home"], "'Out' is offered only from the second round")
        #expect(step.choice?.text == "Where, round 0?")
        step = try game.send(.choose(1))
        #expect(step.choice?.options == ["Out", "Home"])
        step = try game.send(.pass)
        #expect(step.records.first?.response == .passed)
        #expect(step.choice?.text == "Where, round 2?", "a pass takes the default option, Home")
        step = try game.send(.choose(1))
        #expect(step.events.contains(.finished(text: "out after 3")))
    }

    @Test func timersReadTheirLengthFromVariablesAndPlaceCues() throws {
        let scene = try scene(sceneJSON(variables: #"{ "gaze": 180 }"#, nodes: #"""
        { "id": "a", "kind": "timer", "label": "Gaze", "seconds": { "var": "gaze" }, "cues": [ { "at": "halfway", "text": "Half" }, { "at": 30, "text": "Nearly" } ], "next": "b" },
        { "id": "b", "kind": "breathing", "pattern": { "inhale": 4, "exhale": 6 }, "minutes": 2, "next": "c" },
        { "id": "c", "kind": "end" }
        """#))
        var (game, step) = session(scene)
        guard case .timer(let timer)? = step.request else { Issue.record("expected a timer"); return }
        #expect(timer.seconds == 180)
        #expect(timer.cues == [.init(secondsLeft: 90, text: "Half"), .init(secondsLeft: 30, text: "Nearly")])
        step = try game.send(.pass)
        #expect(step.events.contains(.exercise(.init(sceneID: "t", nodeID: "a", label: .text("Gaze"), plannedSeconds: 180, completed: false))))
        guard case .breathing(let breathing)? = step.request else { Issue.record("expected breathing"); return }
        #expect(breathing.cycles == 12, "two minutes of 10-second breaths")
        step = try game.send(.timerFinished)
        #expect(step.events.contains(.exercise(.init(sceneID: "t", nodeID: "b", label: .breathing, plannedSeconds: 120, completed: true))))
        #expect(step.isFinished)
    }

    @Test func aSceneThatLoopsWithoutAskingIsStoppedNotHung() throws {
        let scene = try scene(sceneJSON(variables: #"{ "n": 0 }"#, nodes: #"""
        { "id": "a", "kind": "set", "set": { "n": { "add": 1 } }, "next": "b" },
        { "id": "b", "kind": "branch", "cases": [ { "if": { "var": "n", "atLeast": 0 }, "next": "a" } ], "else": "c" },
        { "id": "c", "kind": "end" }
        """#))
        let (_, step) = session(scene)
        #expect(step.isFinished)
        #expect(step.events.contains { if case .stuck = $0 { true } else { false } })
    }
}

@Suite("Conditions on answers")
struct AnsweredConditionTests {
    /// A guess asked once per turn: a pass this turn must not count as answered because the
    /// other player answered last turn.
    @Test func answeredTellsAboutThisTurnInALoop() throws {
        let scene = try scene(sceneJSON(variables: #"{ "turns": 0 }"#, nodes: #"""
        { "id": "a", "kind": "prompt", "text": "{active}, your guess?", "saveAs": "guess", "swapTurn": true, "next": "check" },
        { "id": "check", "kind": "branch", "cases": [ { "if": { "answered": "guess" }, "next": "said" } ], "else": "skipped" },
        { "id": "said", "kind": "narration", "text": "You guessed.", "next": "count" },
        { "id": "skipped", "kind": "narration", "text": "No guess this time.", "next": "count" },
        { "id": "count", "kind": "set", "set": { "turns": { "add": 1 } }, "next": "again" },
        { "id": "again", "kind": "branch", "cases": [ { "if": { "var": "turns", "below": 2 }, "next": "a" } ], "else": "z" },
        { "id": "z", "kind": "end" }
        """#))
        var (game, step) = session(scene)
        step = try game.send(.answer("tea"))
        #expect(step.narration == ["You guessed."])
        step = try game.send(.pass)
        #expect(step.narration == ["No guess this time."], "Sam passed this turn; Alex's earlier answer does not count")
    }
}
