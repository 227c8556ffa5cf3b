/// A scene as boxes and arrows, for authors: every node with its kind and a short label, every
/// edge with its choice label or condition, the start and the ends marked. Rendered as DOT
/// (Graphviz) or Mermaid by the extensions beside this file.
public struct SceneGraph: Sendable {
    public struct Box: Sendable, Hashable {
        public enum Role: Sendable, Hashable {
            case start, end, plain, returnPoint, otherScene
        }
        public var id: String
        public var kind: String
        public var summary: String
        public var role: Role
    }

    public struct Arrow: Sendable, Hashable {
        public enum Style: Sendable, Hashable {
            case flow, call, sceneCall
        }
        public var from: String
        public var to: String
        public var label: String?
        public var style: Style
    }

    public var title: String
    public var sceneID: String
    public var boxes: [Box]
    public var arrows: [Arrow]

    /// Longest label text kept, so a graph of a wordy scene stays readable.
    static let labelLength = 42

    public init(_ scene: Scene) {
        title = scene.title
        sceneID = scene.id
        var boxes: [Box] = []
        var arrows: [Arrow] = []
        var calledScenes: [String] = []
        for id in scene.nodeOrder {
            guard let node = scene.nodes[id] else { continue }
            let role: Box.Role
            switch node.body {
            case .end: role = .end
            case .return: role = .returnPoint
            default: role = id == scene.start.target ? .start : .plain
            }
            boxes.append(Box(id: id, kind: node.body.kindName, summary: Self.summary(of: node.body), role: role))
            arrows += Self.arrows(from: node, calledScenes: &calledScenes)
        }
        for called in calledScenes {
            boxes.append(Box(id: "scene:\(called)", kind: "scene", summary: called, role: .otherScene))
        }
        self.boxes = boxes
        self.arrows = arrows
    }

    private static func arrows(from node: Node, calledScenes: inout [String]) -> [Arrow] {
        switch node.body {
        case .choice(let choice):
            return choice.options.map { option in
                let condition = option.condition.map { " (if \(describe($0)))" } ?? ""
                return Arrow(from: node.id, to: option.next.target, label: shorten(option.label.plainText) + condition, style: .flow)
            }
        case .branch(let branch):
            return branch.cases.map { Arrow(from: node.id, to: $0.next.target, label: "if \(describe($0.condition))", style: .flow) }
                + [Arrow(from: node.id, to: branch.otherwise.target, label: "else", style: .flow)]
        case .deck(let draw):
            return [Arrow(from: node.id, to: draw.next.target, label: nil, style: .flow)]
                + (draw.body.map { [Arrow(from: node.id, to: $0.target, label: "each question", style: .call)] } ?? [])
        case .call(let call):
            switch call.target {
            case .node(let target):
                return [Arrow(from: node.id, to: target.target, label: "call", style: .call),
                        Arrow(from: node.id, to: call.next.target, label: "after", style: .flow)]
            case .scene(let target):
                if !calledScenes.contains(target.target) { calledScenes.append(target.target) }
                return [Arrow(from: node.id, to: "scene:\(target.target)", label: "play", style: .sceneCall),
                        Arrow(from: node.id, to: call.next.target, label: "after", style: .flow)]
            }
        default:
            return node.body.targets.map { Arrow(from: node.id, to: $0.target, label: nil, style: .flow) }
        }
    }

    private static func summary(of body: Node.Body) -> String {
        switch body {
        case .narration(let n): shorten(n.text.plainText)
        case .prompt(let p): (p.secret ? "secret, " : "") + "\(p.who.rawValue): " + shorten(p.text.plainText)
        case .choice(let c): "\(c.who.rawValue): " + shorten(c.text.plainText)
        case .timer(let t):
            switch t.seconds {
            case .fixed(let seconds): "\(shorten(t.label.plainText)), \(seconds) s"
            case .variable(let name): "\(shorten(t.label.plainText)), {var.\(name.name)} s"
            }
        case .breathing(let b):
            "in \(b.pattern.inhale), out \(b.pattern.exhale)"
        case .deck(let d): "draw \(d.draw) from \(d.deck.target)"
        case .reveal(let r): "show " + r.answers.map(\.key).joined(separator: ", ")
        case .set(let assignments, _): assignments.map(describe).joined(separator: ", ")
        case .branch: "decide"
        case .call(let c):
            switch c.target {
            case .node(let target): "sub-graph \(target.target)"
            case .scene(let target): "scene \(target.target)"
            }
        case .return: "back to the caller"
        case .end(let text): text.map { shorten($0.plainText) } ?? "the end"
        }
    }

    static func shorten(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count > labelLength ? String(line.prefix(labelLength - 1)) + "…" : line
    }

    static func describe(_ condition: Condition) -> String {
        switch condition {
        case .equals(let name, let value): "\(name.name) = \(value.displayText)"
        case .notEquals(let name, let value): "\(name.name) ≠ \(value.displayText)"
        case .atLeast(let name, let bound): "\(name.name) ≥ \(bound)"
        case .below(let name, let bound): "\(name.name) < \(bound)"
        case .answered(let key): "answered \(key.key)"
        case .remembered(let key): "remembered \(key.key.written)"
        case .finishedAtLeast(let name, let bound): "\(name.id) finished ≥ \(bound)"
        case .finishedBelow(let name, let bound): "\(name.id) finished < \(bound)"
        case .all(let parts): parts.map(describe).joined(separator: " and ")
        case .any(let parts): parts.map(describe).joined(separator: " or ")
        case .not(let inner): "not (\(describe(inner)))"
        }
    }

    static func describe(_ assignment: Assignment) -> String {
        switch assignment.operation {
        case .assign(let value): "\(assignment.variable) = \(value.displayText)"
        case .add(let amount): "\(assignment.variable) \(amount < 0 ? "-" : "+")= \(abs(amount))"
        }
    }
}
