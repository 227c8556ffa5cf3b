import DateNightCore
import Testing

/// A pass means "not this one": nothing after it may treat it as an answer (issue 17). The
/// bundled scenes are driven by node id, which saves rely on too, so rewording cannot break these.
@Suite("A pass in the bundled scenes")
struct PassInBundledScenesTests {
    private func bundled(_ id: String) throws -> Scene {
        try #require(try Repository.bundledScenes().first { $0.id == id })
    }

    private func node(_ step: Step) -> String? {
        switch step.request {
        case .prompt(let prompt)?: prompt.nodeID
        case .choice(let choice)?: choice.nodeID
        case .timer(let timer)?: timer.nodeID
        case .breathing(let breathing)?: breathing.nodeID
        case nil: nil
        }
    }

    /// The guessing game's first guess, with Alex guessing.
    private func guessingGame() throws -> Interpreter {
        var (game, step) = session(try bundled("love-mapping"))
        #expect(node(step) == "menu")
        step = try game.send(.choose(2))
        #expect(node(step) == "guess-predict")
        return game
    }

    @Test func aPassedAnswerInTheGuessingGameSkipsTheComparison() throws {
        var game = try guessingGame()
        #expect(node(try game.send(.answer("his grandmother"))) == "guess-answer")
        let afterPass = try game.send(.pass)
        #expect(node(afterPass) == "guess-predict", "straight on to the next question, no 'how close was that?'")
        #expect(!afterPass.narration.contains { $0.contains("guessed:") })
    }

    @Test func aPassedGuessSkipsTheComparisonToo() throws {
        var game = try guessingGame()
        #expect(node(try game.send(.pass)) == "guess-answer")
        #expect(node(try game.send(.answer("my grandmother"))) == "guess-predict")
    }

    @Test func aPassAtHowCloseIsNoSurprise() throws {
        var game = try guessingGame()
        _ = try game.send(.answer("pancakes"))
        #expect(node(try game.send(.answer("film night"))) == "guess-verdict")
        let afterPass = try game.send(.pass)
        #expect(node(afterPass) == "guess-predict", "no surprise to note, on to the next question")
        #expect(game.state.variables["love-mapping"]?["surprises"] == .integer(0))
    }

    @Test func theCheckInOffersNoHandAfterAPassedHardBit() throws {
        var (game, step) = session(try bundled("weekly-check-in"))
        #expect(node(step) == "highlight")
        _ = try game.send(.spoken(note: ""))
        step = try game.send(.spoken(note: ""))
        #expect(node(step) == "challenge")
        #expect(node(try game.send(.answer("the dentist"))) == "help-first", "a shared hard bit is followed up")
        #expect(node(try game.send(.spoken(note: ""))) == "challenge-partner")
        step = try game.send(.pass)
        #expect(node(step) == "working", "after a pass, no 'could Alex help'")
        #expect(!step.events.contains { if case .narration(let text, _) = $0 { text.contains("help") } else { false } })
    }
}
