import DateNightCore

/// How one step reaches the players and their answer comes back: the part of play that differs
/// between plain lines (`LinePlayer`) and a live terminal (`TerminalPlayer`). `PlayLoop` does
/// everything else, the same for both.
protocol StepPlayer: AnyObject {
    /// Before the first step: the scene's title and what to know about this session.
    func open(title: String, notes: [String])
    /// Shows what happened; false when the players chose to stop (at a narration's pause).
    func show(_ events: [Event]) -> Bool
    /// Asks `request` and returns what the players gave. `lead` is direction to give just
    /// before the question (whose turn it is, a how-to said once an evening).
    func answer(_ request: Request, lead: [String]) -> PlayReply
    /// Says what the play loop has to say between steps, in the front end's own style.
    func say(_ lines: [PlayLine])
}

/// What the players gave when asked.
enum PlayReply: Equatable {
    case input(Input)
    /// A timed exercise ended early after this many seconds of its own time.
    case exercise(Input, elapsedSeconds: Double)
    /// The players stopped for tonight (/quit, Ctrl-D, a confirmed stop).
    case leave
    /// Plain lines ran out: nothing more can be asked.
    case endOfInput
}

/// One line the play loop says, and how much it should stand out.
struct PlayLine: Equatable {
    enum Tone: Equatable {
        /// An empty line between paragraphs.
        case gap
        case plain
        /// An aside: a hint, a note, a refused input.
        case note
        case strong
        case warning
    }

    var text: String
    var tone: Tone

    static let gap = PlayLine(text: "", tone: .gap)
    static func plain(_ text: String) -> PlayLine { .init(text: text, tone: .plain) }
    static func note(_ text: String) -> PlayLine { .init(text: text, tone: .note) }
    static func strong(_ text: String) -> PlayLine { .init(text: text, tone: .strong) }
    static func warning(_ text: String) -> PlayLine { .init(text: text, tone: .warning) }
}
