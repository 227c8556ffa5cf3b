import LocatedJSON

/// One step of a scene's graph.
public struct Node: Hashable, Sendable {
    public var id: String
    public var body: Body
    /// Hands the turn to the other player once the node is done.
    public var swapTurn: Bool
    /// Where the node's object starts in the file.
    public var position: SourcePosition
    /// The kinds of closeness doing this node builds, when they differ from the scene's.
    public var kinds: [Closeness]? = nil

    public enum Body: Hashable, Sendable {
        case narration(Narration)
        case prompt(Prompt)
        case choice(Choice)
        case timer(Timer)
        case breathing(Breathing)
        case deck(DeckDraw)
        case reveal(Reveal)
        case set([Assignment], next: Reference)
        case branch(Branch)
        case call(Call)
        case `return`
        case end(text: Template?)
    }

    public struct Narration: Hashable, Sendable {
        public var text: Template
        public var pause: Bool
        public var next: Reference
    }

    public struct Prompt: Hashable, Sendable {
        public var text: Template
        public var who: Who
        public var saveAs: String?
        public var label: String?
        public var secret: Bool
        /// Meant to be said out loud: an empty reply means the couple talked it through.
        public var aloud: Bool
        public var seconds: Int?
        public var next: Reference
    }

    public struct Choice: Hashable, Sendable {
        public var text: Template
        public var who: Who
        public var saveAs: String?
        public var options: [Option]

        public struct Option: Hashable, Sendable {
            public var label: Template
            public var next: Reference
            public var condition: Condition?
            public var assignments: [Assignment]
            public var isDefault: Bool
        }
    }

    /// A duration that is either written in the scene or read from an integer variable.
    public enum Duration: Hashable, Sendable {
        case fixed(Int)
        case variable(Condition.VariableName)
    }

    public struct Timer: Hashable, Sendable {
        public var label: Template
        public var seconds: Duration
        public var cues: [Cue]
        public var text: Template?
        public var endText: Template?
        /// Said instead of `endText` when the couple stopped early.
        public var stoppedText: Template?
        public var next: Reference

        public struct Cue: Hashable, Sendable {
            public enum Moment: Hashable, Sendable {
                case halfway
                case secondsLeft(Int)
            }
            public var at: Moment
            public var text: Template
        }
    }

    public struct Breathing: Hashable, Sendable {
        public enum Length: Hashable, Sendable {
            case cycles(Int)
            case minutes(Duration)
        }
        public var pattern: BreathingPattern
        public var length: Length
        public var text: Template?
        public var endText: Template?
        /// Said instead of `endText` when the couple stopped early.
        public var stoppedText: Template?
        public var next: Reference
    }

    public struct DeckDraw: Hashable, Sendable {
        public var deck: Reference
        public var draw: Int
        public var categories: [String]?
        public var depths: [Int]?
        public var who: Who
        /// The questions are meant to be talked about out loud, as for `Prompt.aloud`.
        public var aloud: Bool
        public var seconds: Int?
        public var body: Reference?
        public var text: Template?
        public var next: Reference
        /// How a round is put together beyond "this many, lightest first".
        public var shaping: Shaping = .init()

        /// The shape of a sitting, as question decks in the field build one: rising gently,
        /// spacing out the heavy topics, landing somewhere warm. See docs/scene-format.md.
        public struct Shaping: Hashable, Sendable {
            /// How many light, personal and deep questions a round asks, in that order.
            public var depthCounts: [Int]?
            /// The round ends on a light question from these categories.
            public var landing: [String]?
            /// Deep questions from these categories never come two in a row.
            public var gentle: [String] = []
            /// Once `categories` has no unexplored question left, fresh ones come from these
            /// before any question is asked a second time.
            public var alsoFrom: [String] = []
            /// A category of small things to do instead of answering; about every other round
            /// one of them takes a personal question's place.
            public var wildcards: String?

            public init(depthCounts: [Int]? = nil, landing: [String]? = nil, gentle: [String] = [],
                        alsoFrom: [String] = [], wildcards: String? = nil) {
                self.depthCounts = depthCounts
                self.landing = landing
                self.gentle = gentle
                self.alsoFrom = alsoFrom
                self.wildcards = wildcards
            }
        }
    }

    public struct Reveal: Hashable, Sendable {
        public var text: Template?
        public var answers: [Condition.AnswerKey]
        public var next: Reference
    }

    public struct Branch: Hashable, Sendable {
        public var cases: [Case]
        public var otherwise: Reference

        public struct Case: Hashable, Sendable {
            public var condition: Condition
            public var next: Reference
        }
    }

    public struct Call: Hashable, Sendable {
        public enum Target: Hashable, Sendable {
            case node(Reference)
            case scene(Reference)
        }
        public var target: Target
        public var next: Reference
    }
}
