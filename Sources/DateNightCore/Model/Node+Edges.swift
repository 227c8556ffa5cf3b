/// The graph's edges and what each node shows, read the same way by every part that walks the
/// graph.
extension Node.Body {
    /// The nodes this one can lead to directly: what the validator, the progress estimate and
    /// the graph drawer walk.
    public var targets: [Reference] {
        switch self {
        case .narration(let n): [n.next]
        case .prompt(let p): [p.next]
        case .choice(let c): c.options.map(\.next)
        case .timer(let t): [t.next]
        case .breathing(let b): [b.next]
        case .deck(let d): d.body.map { [d.next, $0] } ?? [d.next]
        case .reveal(let r): [r.next]
        case .set(_, let next): [next]
        case .branch(let b): b.cases.map(\.next) + [b.otherwise]
        case .call(let c):
            switch c.target {
            case .node(let target): [target, c.next]
            case .scene: [c.next]
            }
        case .return, .end: []
        }
    }

    /// Where play goes on within this scene once the node is done: `targets` less the entries
    /// into sub-graphs and deck bodies, which hand back rather than go on.
    var continuations: [Reference] {
        switch self {
        case .deck(let d): [d.next]
        case .call(let c): [c.next]
        default: targets
        }
    }

    public var kindName: String {
        switch self {
        case .narration: "narration"
        case .prompt: "prompt"
        case .choice: "choice"
        case .timer: "timer"
        case .breathing: "breathing"
        case .deck: "deck"
        case .reveal: "reveal"
        case .set: "set"
        case .branch: "branch"
        case .call: "call"
        case .return: "return"
        case .end: "end"
        }
    }

    /// Every piece of text the node shows, for placeholder checks.
    var templates: [Template] {
        switch self {
        case .narration(let n): [n.text]
        case .prompt(let p): [p.text]
        case .choice(let c): [c.text] + c.options.map(\.label)
        case .timer(let t): [t.label] + t.cues.map(\.text) + [t.text, t.endText, t.stoppedText].compactMap { $0 }
        case .breathing(let b): [b.text, b.endText, b.stoppedText].compactMap { $0 }
        case .deck(let d): [d.text].compactMap { $0 }
        case .reveal(let r): [r.text].compactMap { $0 }
        case .end(let text): [text].compactMap { $0 }
        case .set, .branch, .call, .return: []
        }
    }

    /// The answer key a node records under, if any.
    var savedAnswerKey: String? {
        switch self {
        case .prompt(let p): p.saveAs
        case .choice(let c): c.saveAs
        default: nil
        }
    }
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
}
