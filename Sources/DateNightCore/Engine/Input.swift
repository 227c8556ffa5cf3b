/// Everything the players can do, as the engine sees it. A front end turns keys into these.
public enum Input: Hashable, Sendable, Codable {
    /// A free-text answer to a prompt.
    case answer(String)
    /// An option of a choice, 1-based, counted among the options on offer.
    case choose(Int)
    /// The couple talked an `aloud` prompt through; `note` is whatever few words they typed
    /// to keep with it (often nothing).
    case spoken(note: String)
    /// Pass on a prompt or choice, or stop an exercise early; always allowed.
    case pass
    /// A timer or breathing exercise ran its full length.
    case timerFinished
    /// The countdown of a timed prompt ran out; whatever was typed is kept.
    case timeUp(partial: String)
}
