/// Something the engine reports as it moves on: text to show, and records for the keepsake.
public enum Event: Hashable, Sendable {
    /// Text to read aloud; `pause` asks an interactive front end to wait for Enter.
    case narration(String, pause: Bool)
    /// Both players' answers to earlier prompts, side by side.
    case reveal(Reveal)
    /// Play moved into another scene through a `call`.
    case sceneStarted(id: String, title: String)
    /// An answer, pass or decision was recorded.
    case recorded(AnswerRecord)
    /// A timed exercise ended, fully or early.
    case exercise(ExerciseRecord)
    /// The whole session is over.
    case finished(text: String?)
    /// The scene went round without asking anything for too long and was stopped.
    case stuck(nodeID: String)

    public struct Reveal: Hashable, Sendable {
        public var text: String?
        public var rows: [Row]

        public init(text: String?, rows: [Row]) {
            self.text = text
            self.rows = rows
        }

        /// One question's answers; nil where a player gave none. A front end words them.
        public struct Row: Hashable, Sendable {
            public var label: String
            public var first: Response?
            public var second: Response?

            public init(label: String, first: Response?, second: Response?) {
                self.label = label
                self.first = first
                self.second = second
            }
        }
    }
}

/// One entry of the keepsake journal: who was asked what, and what they gave.
public struct AnswerRecord: Hashable, Sendable, Codable {
    public var sceneID: String
    public var nodeID: String
    public var key: String?
    public var questionID: String?
    public var prompt: String
    /// Nil when the two answered together.
    public var player: PlayerSlot?
    public var response: Response
    public var secret: Bool
    public var isChoice: Bool

    public init(sceneID: String, nodeID: String, key: String?, questionID: String?, prompt: String,
                player: PlayerSlot?, response: Response, secret: Bool, isChoice: Bool) {
        self.sceneID = sceneID
        self.nodeID = nodeID
        self.key = key
        self.questionID = questionID
        self.prompt = prompt
        self.player = player
        self.response = response
        self.secret = secret
        self.isChoice = isChoice
    }
}

public struct ExerciseRecord: Hashable, Sendable, Codable {
    /// What the exercise is called: the scene's own words, or a kind a front end names.
    public enum Label: Hashable, Sendable, Codable {
        case text(String)
        /// A breathing exercise, which has no label in the scene.
        case breathing

        /// The scene's own words; nil for a kind only a front end can name.
        public var sceneText: String? {
            if case .text(let text) = self { text } else { nil }
        }
    }

    public var sceneID: String
    public var nodeID: String
    public var label: Label
    public var plannedSeconds: Int
    public var completed: Bool

    public init(sceneID: String, nodeID: String, label: Label, plannedSeconds: Int, completed: Bool) {
        self.sceneID = sceneID
        self.nodeID = nodeID
        self.label = label
        self.plannedSeconds = plannedSeconds
        self.completed = completed
    }
}
