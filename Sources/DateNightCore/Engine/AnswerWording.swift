/// How an answer quoted inside scene text (`{answer.key.who}`, `{remembered.key.who}`) reads.
/// The core knows only what happened (a pass, a time-up, a spoken answer, no answer at all);
/// a front end supplies the words players see, from its own catalogue.
public struct AnswerWording: Sendable {
    /// The words for a response that was given.
    public var response: @Sendable (Response) -> String
    /// The words where a quoted answer was never given.
    public var missing: String

    public init(response: @escaping @Sendable (Response) -> String, missing: String) {
        self.response = response
        self.missing = missing
    }

    /// For tests, the explorer and benchmarks, where no player reads: the words given, else the
    /// response's kind as saves name it, in angle brackets (`<passed>`); `<missing>` for none.
    public static let keys = AnswerWording(
        response: { response in
            if case .text(let text) = response { return text }
            if let words = response.words, !words.isEmpty { return words }
            return "<\(response.kind.rawValue)>"
        },
        missing: "<missing>")
}
