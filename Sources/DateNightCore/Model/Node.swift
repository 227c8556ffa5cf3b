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

    /// The kinds with large fields are `indirect` (kept in a box of their own), so a node takes
    /// the room of a narration, the commonest kind, rather than of a deck: `Scene.nodes` of the
    /// generated 100,000-node scene takes 38 MB less (validate's peak, 219 to 181 MB).
    public enum Body: Hashable, Sendable {
        case narration(Narration)
        indirect case prompt(Prompt)
        case choice(Choice)
        indirect case timer(Timer)
        indirect case breathing(Breathing)
        indirect case deck(DeckDraw)
        case reveal(Reveal)
        case set([Assignment], next: Reference)
        case branch(Branch)
        indirect case call(Call)
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

// MARK: - What each kind is made of

/// Every switch over node kinds outside the interpreter and the decoder lives here, so adding
/// a kind means saying here, once, what it is made of; everything that reads a scene rather
/// than plays it (validator, explorer, progress estimate, graph) works from these answers.
extension Node {
    /// A node's parts, as everything that reads a scene rather than plays it sees them.
    public struct Parts: Hashable, Sendable {
        /// The kind as written in a file.
        public var kindName: String
        /// Every edge out, in the order written; none for a node that finishes its part.
        public var edges: [Edge]
        /// Every piece of text the node shows.
        public var templates: [Template] = []
        /// The answer key the node records under.
        public var savedAnswerKey: String? = nil
        /// Answers the node shows side by side.
        public var shownAnswers: [Condition.AnswerKey] = []
        /// Durations that may come from a variable.
        public var durations: [Duration] = []
        /// The inputs it takes to get past the node (for a deck, per question, without a body).
        public var inputs: Int = 0
    }

    /// A node that waits for the players, by what it asks: the interpreter's requests and the
    /// inputs it accepts are made from this, so a kind that runs by itself appears only here.
    public enum Interaction: Hashable, Sendable {
        case prompt(Prompt)
        case choice(Choice)
        case timer(Timer)
        case breathing(Breathing)
        case deck(DeckDraw)
    }
}

extension Node.Body {
    public var parts: Node.Parts {
        switch self {
        case .narration(let n):
            .init(kindName: "narration", edges: [.init(n.next)], templates: [n.text])
        case .prompt(let p):
            .init(kindName: "prompt", edges: [.init(p.next)], templates: [p.text], savedAnswerKey: p.saveAs,
                  inputs: p.who == .each ? 2 : 1)
        case .choice(let c):
            .init(kindName: "choice", edges: Node.Edge.options(of: c), templates: [c.text] + c.options.map(\.label),
                  savedAnswerKey: c.saveAs, inputs: 1)
        case .timer(let t):
            .init(kindName: "timer", edges: [.init(t.next)],
                  templates: [t.label] + t.cues.map(\.text) + [t.text, t.endText, t.stoppedText].compactMap { $0 }, durations: [t.seconds], inputs: 1)
        case .breathing(let b):
            .init(kindName: "breathing", edges: [.init(b.next)], templates: [b.text, b.endText, b.stoppedText].compactMap { $0 },
                  durations: { if case .minutes(let duration) = b.length { [duration] } else { [] } }(), inputs: 1)
        case .deck(let d):
            .init(kindName: "deck", edges: [.init(d.next)] + (d.body.map { [.init($0, .eachQuestion)] } ?? []),
                  templates: [d.text].compactMap { $0 }, inputs: d.body == nil ? (d.who == .each ? 2 : 1) : 0)
        case .reveal(let r):
            .init(kindName: "reveal", edges: [.init(r.next)], templates: [r.text].compactMap { $0 }, shownAnswers: r.answers)
        case .set(let assignments, let next):
            .init(kindName: "set", edges: [.init(next, assignments: assignments)])
        case .branch(let b):
            .init(kindName: "branch", edges: Node.Edge.cases(of: b))
        case .call(let c):
            switch c.target {
            case .node(let target): .init(kindName: "call", edges: [.init(target, .call), .init(c.next, .after)])
            case .scene(let target): .init(kindName: "call", edges: [.init(target, .play), .init(c.next, .after)])
            }
        case .return:
            .init(kindName: "return", edges: [])
        case .end(let text):
            .init(kindName: "end", edges: [], templates: [text].compactMap { $0 })
        }
    }

    public var kindName: String { parts.kindName }

    /// What the node waits for; nil for a node that runs by itself.
    public var interaction: Node.Interaction? {
        switch self {
        case .prompt(let p): .prompt(p)
        case .choice(let c): .choice(c)
        case .timer(let t): .timer(t)
        case .breathing(let b): .breathing(b)
        case .deck(let d): .deck(d)
        case .narration, .reveal, .set, .branch, .call, .return, .end: nil
        }
    }

    /// A few words on what the node does, for graphs.
    public var summary: String {
        switch self {
        case .narration(let n): n.text.plainText
        case .prompt(let p): (p.secret ? "secret, " : "") + "\(p.who.rawValue): " + p.text.plainText
        case .choice(let c): "\(c.who.rawValue): " + c.text.plainText
        case .timer(let t):
            switch t.seconds {
            case .fixed(let seconds): "\(t.label.plainText), \(seconds) s"
            case .variable(let name): "\(t.label.plainText), {var.\(name.name)} s"
            }
        case .breathing(let b): "in \(b.pattern.inhale), out \(b.pattern.exhale)"
        case .deck(let d): "draw \(d.draw) from \(d.deck.target)"
        case .reveal(let r): "show " + r.answers.map(\.key).joined(separator: ", ")
        case .set(let assignments, _): assignments.map(\.summary).joined(separator: ", ")
        case .branch: "decide"
        case .call(let c):
            switch c.target {
            case .node(let target): "sub-graph \(target.target)"
            case .scene(let target): "scene \(target.target)"
            }
        case .return: "back to the caller"
        case .end(let text): text?.plainText ?? "the end"
        }
    }
}
