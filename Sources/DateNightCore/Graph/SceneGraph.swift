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
            var role: Box.Role = id == scene.start.target ? .start : .plain
            if case .end = node.body { role = .end }
            if case .return = node.body { role = .returnPoint }
            boxes.append(Box(id: id, kind: node.body.kindName, summary: Self.shorten(node.body.summary), role: role))
            arrows += Self.arrows(from: node, calledScenes: &calledScenes)
        }
        for called in calledScenes {
            boxes.append(Box(id: "scene:\(called)", kind: "scene", summary: called, role: .otherScene))
        }
        self.boxes = boxes
        self.arrows = arrows
    }

    private static func arrows(from node: Node, calledScenes: inout [String]) -> [Arrow] {
        node.body.edges.map { edge in
            let to = edge.target.target
            switch edge.role {
            case .next:
                return Arrow(from: node.id, to: to, label: nil, style: .flow)
            case .option(let label, let condition, _):
                let guarded = condition.map { " (if \(describe($0)))" } ?? ""
                return Arrow(from: node.id, to: to, label: shorten(label.plainText) + guarded, style: .flow)
            case .when(let condition):
                return Arrow(from: node.id, to: to, label: "if \(describe(condition))", style: .flow)
            case .otherwise:
                return Arrow(from: node.id, to: to, label: "else", style: .flow)
            case .eachQuestion:
                return Arrow(from: node.id, to: to, label: "each question", style: .call)
            case .call:
                return Arrow(from: node.id, to: to, label: "call", style: .call)
            case .play:
                if !calledScenes.contains(to) { calledScenes.append(to) }
                return Arrow(from: node.id, to: "scene:\(to)", label: "play", style: .sceneCall)
            case .after:
                return Arrow(from: node.id, to: to, label: "after", style: .flow)
            }
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
}
