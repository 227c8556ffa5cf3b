/// Everything needed to continue a session, as a plain value: save it at any request, restore
/// it later (with the same scenes) and play continues identically. Keyed by scene ids, node ids,
/// variable names and answer keys, never by positions in a file, so a reordered or reworded
/// scene still resumes.
public struct EngineState: Hashable, Sendable, Codable {
    /// Bumped when the saved shape changes; older saves are migrated by whoever stores them.
    public static let formatVersion = 1

    public var format: Int = EngineState.formatVersion
    /// The scene the session was started with.
    public var sceneID: String
    public var players: [String]
    public var seed: UInt64
    public var active: PlayerSlot
    /// Where play stands; nil once the session is finished.
    public var position: Position?
    public var stack: [Frame]
    /// Variables by scene id, then by name.
    public var variables: [String: [String: Value]]
    /// The latest answers by scene id, then by answer key.
    public var answers: [String: [String: Answers]]
    /// Question ids already drawn this session, by scene id then deck id: never drawn twice.
    public var drawn: [String: [String: [String]]]
    /// Questions the couple explored in earlier sessions ("scene/question"), fixed at the start
    /// so that a resumed session draws what it would have drawn.
    public var explored: Set<String>
    /// What the couple said and did in earlier sessions, fixed at the start for the same
    /// reason. Optional, so saves from before memory still load (as remembering nothing).
    public var memory: Memory?
    /// How often each "scene/node" was entered; seeds each deck draw.
    public var visits: [String: Int]
    /// Requests answered so far.
    public var stepsDone: Int

    public var isFinished: Bool { position == nil }

    public struct Position: Hashable, Sendable, Codable {
        public var scene: String
        public var node: String
        /// Within a node that asks more than once: 0 for the active player, 1 for the partner.
        public var step: Int = 0
        /// The questions a deck node drew and how far it has got.
        public var round: DeckRound?
    }

    public struct DeckRound: Hashable, Sendable, Codable {
        public var questions: [String]
        public var index: Int
    }

    /// Where to go back to when a call, a called scene or a deck body finishes.
    public struct Frame: Hashable, Sendable, Codable {
        public var scene: String
        /// The caller's node to continue at; for a deck body, the deck node itself.
        public var node: String
        /// Set when this frame runs a deck's body for one question.
        public var round: DeckRound?
    }

    /// One answer key's answers, per player or shared.
    public struct Answers: Hashable, Sendable, Codable {
        public var first: Response?
        public var second: Response?
        public var both: Response?
        /// The most recent response under this key, whoever gave it. A prompt asked once per
        /// turn in a loop keeps every player's last answer above, but `answered` asks about
        /// this turn, which this tells. Optional, so saves from before it still load.
        public var latest: Response?

        public init(first: Response? = nil, second: Response? = nil, both: Response? = nil, latest: Response? = nil) {
            self.first = first
            self.second = second
            self.both = both
            self.latest = latest
        }

        subscript(slot: PlayerSlot?) -> Response? {
            get {
                switch slot {
                case .first?: first
                case .second?: second
                case nil: both
                }
            }
            set {
                switch slot {
                case .first?: first = newValue
                case .second?: second = newValue
                case nil: both = newValue
                }
            }
        }
    }
}
