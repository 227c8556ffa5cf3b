extension Node {
    /// One arrow out of a node and why play takes it. Each kind lists its edges once, in
    /// `Node.Body.parts`; the validator, the explorer's analyses, the progress estimate and the
    /// graph drawer all read them from there, so a new kind is walked as soon as it lists them.
    public struct Edge: Hashable, Sendable {
        public enum Role: Hashable, Sendable {
            /// Play goes on there.
            case next
            /// An option of a choice: offered while its condition holds, and as the fallback
            /// (the default, or the first option) when none does.
            case option(label: Template, condition: Condition?, isDefault: Bool)
            /// A branch case, taken when its condition is the first that holds.
            case when(Condition)
            /// A branch's `else`.
            case otherwise
            /// A deck's body, played for each drawn question; its `return` comes back.
            case eachQuestion
            /// A sub-graph entered by a call; its `return` comes back.
            case call
            /// Another scene played by a call: the target names a scene, not a node.
            case play
            /// Where play goes on once a call has come back.
            case after

            /// The condition the edge is offered or taken under, if any.
            public var condition: Condition? {
                switch self {
                case .option(_, let condition, _): condition
                case .when(let condition): condition
                case .next, .otherwise, .eachQuestion, .call, .play, .after: nil
                }
            }

            /// Whether play carries on there within this scene, rather than entering something
            /// that hands back (a body, a sub-graph, another scene).
            public var continues: Bool {
                switch self {
                case .next, .option, .when, .otherwise, .after: true
                case .eachQuestion, .call, .play: false
                }
            }
        }

        public var target: Reference
        public var role: Role
        /// The variables set when play takes this edge.
        public var assignments: [Assignment] = []
        /// Conditions certain to hold whenever play takes this edge.
        public var holds: [Condition] = []
        /// Conditions certain to fail whenever play takes this edge.
        public var fails: [Condition] = []

        public init(_ target: Reference, _ role: Role = .next, assignments: [Assignment] = []) {
            self.target = target
            self.role = role
            self.assignments = assignments
        }

        /// A choice's options, each with what it proves when taken. The fallback can be
        /// offered alone when no condition holds, so its own condition proves nothing.
        static func options(of choice: Choice) -> [Edge] {
            let fallback = choice.options.firstIndex(where: \.isDefault) ?? choice.options.startIndex
            return choice.options.enumerated().map { offset, option in
                var edge = Edge(option.next, .option(label: option.label, condition: option.condition, isDefault: option.isDefault),
                                assignments: option.assignments)
                if offset != fallback, let condition = option.condition { edge.holds = [condition] }
                return edge
            }
        }

        /// A branch's cases and `else`: the first case that holds is taken, so every case
        /// before it failed.
        static func cases(of branch: Branch) -> [Edge] {
            var failed: [Condition] = []
            var edges: [Edge] = []
            for item in branch.cases {
                var edge = Edge(item.next, .when(item.condition))
                edge.holds = [item.condition]
                edge.fails = failed
                edges.append(edge)
                failed.append(item.condition)
            }
            var otherwise = Edge(branch.otherwise, .otherwise)
            otherwise.fails = failed
            return edges + [otherwise]
        }
    }
}

/// What every part that walks the graph reads, derived from each kind's `parts`. Code that
/// asks several of these of every node of a large scene makes the parts once per node.
extension Node.Parts {
    /// The nodes of this scene this one can lead to directly: what the validator, the progress
    /// estimate and the explorer walk.
    public var targets: [Reference] {
        edges.filter { $0.role != .play }.map(\.target)
    }

    /// Where play goes on within this scene once the node is done: `targets` less the entries
    /// into sub-graphs and deck bodies, which hand back rather than go on.
    public var continuations: [Reference] {
        edges.filter(\.role.continues).map(\.target)
    }

    /// The scenes this node plays.
    public var calledScenes: [Reference] {
        edges.filter { $0.role == .play }.map(\.target)
    }

    /// Whether the node ends its part of the graph: the scene, a called sub-graph or a body.
    public var finishes: Bool { edges.isEmpty }

    /// Every condition the node tests, in the order written.
    public var conditions: [Condition] { edges.compactMap(\.role.condition) }

    /// Every change to variables the node can make.
    public var assignments: [Assignment] { edges.flatMap(\.assignments) }

    /// Whether the node shows answers (a quote or a reveal): where an unfilled hole can come from.
    public var showsAnswers: Bool {
        !shownAnswers.isEmpty || templates.contains { $0.placeholders.contains(where: \.quotesAnswer) }
    }
}

extension Node.Body {
    public var edges: [Node.Edge] { parts.edges }
    public var targets: [Reference] { parts.targets }
    public var continuations: [Reference] { parts.continuations }
    public var calledScenes: [Reference] { parts.calledScenes }
    public var finishes: Bool { parts.finishes }
    public var conditions: [Condition] { parts.conditions }
    public var assignments: [Assignment] { parts.assignments }
    public var templates: [Template] { parts.templates }
    public var savedAnswerKey: String? { parts.savedAnswerKey }
    public var showsAnswers: Bool { parts.showsAnswers }
}

extension Scene {
    /// Every answer key some prompt or choice saves.
    public var savedAnswerKeys: Set<String> { Set(nodes.values.compactMap(\.body.savedAnswerKey)) }
}

extension Template {
    /// The text with placeholders shown by name, for graphs and messages.
    public var plainText: String {
        segments.map { segment in
            switch segment {
            case .literal(let text): text
            case .placeholder(let placeholder): "{\(placeholder.name)}"
            }
        }.joined()
    }
}

extension Placeholder {
    public var name: String {
        switch self {
        case .player(let slot): slot == .first ? "player1" : "player2"
        case .active: "active"
        case .partner: "partner"
        case .variable(let name): "var.\(name)"
        case .answer(let key, let owner): "answer.\(key).\(owner.rawValue)"
        case .remembered(let key, let owner): "last.\(key.written).\(owner.rawValue)"
        case .question: "question"
        }
    }

    /// Quotes an answer, from this session or an earlier one.
    public var quotesAnswer: Bool {
        switch self {
        case .answer, .remembered: true
        case .player, .active, .partner, .variable, .question: false
        }
    }
}
