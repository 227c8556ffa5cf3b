import DateNightCore

/// Starts a session of `scene` with Alex and Sam.
func session(_ scene: Scene, library: [Scene] = [], seed: UInt64 = 7, explored: Set<String> = []) -> (Interpreter, Step) {
    var interpreter = Interpreter(scene: scene, library: library, players: ("Alex", "Sam"), seed: seed, explored: explored)
    let step = interpreter.start()
    return (interpreter, step)
}

extension Step {
    var narration: [String] {
        events.compactMap { if case .narration(let text, _) = $0 { text } else { nil } }
    }

    var records: [AnswerRecord] {
        events.compactMap { if case .recorded(let record) = $0 { record } else { nil } }
    }

    var prompt: PromptRequest? {
        if case .prompt(let prompt)? = request { prompt } else { nil }
    }

    var choice: ChoiceRequest? {
        if case .choice(let choice)? = request { choice } else { nil }
    }
}

/// An input that fits whatever is asked, drawn from a seeded generator: the "random walk" of
/// the property tests. Passes and stops about one time in five.
func randomInput(for request: Request, using generator: inout some RandomNumberGenerator) -> Input {
    if Int.random(in: 0..<5, using: &generator) == 0 { return .pass }
    let inputs = request.possibleInputs(answer: "answer \(Int.random(in: 0..<1000, using: &generator))").filter { $0 != .pass }
    return inputs.randomElement(using: &generator) ?? .pass
}
