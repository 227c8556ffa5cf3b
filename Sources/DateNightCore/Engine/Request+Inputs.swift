extension Request {
    /// One of each kind of input that answers this request: an answer, a pass, a spoken reply
    /// where it is said out loud, a run-out clock where it is timed; each option of a choice
    /// and a pass; a finished or a stopped exercise. What the explorer searches, and what the
    /// fuzzer, the benchmarks and the tests play with: every input here is one a player can give.
    /// - Parameter answer: the text typed as an answer.
    public func possibleInputs(answer: String = "an answer") -> [Input] {
        switch self {
        case .prompt(let prompt):
            [.answer(answer), .pass] + (prompt.aloud ? [.spoken(note: "")] : []) + (prompt.seconds != nil ? [.timeUp(partial: "")] : [])
        case .choice(let choice):
            choice.options.indices.map { .choose($0 + 1) } + [.pass]
        case .timer, .breathing:
            [.timerFinished, .pass]
        }
    }
}
