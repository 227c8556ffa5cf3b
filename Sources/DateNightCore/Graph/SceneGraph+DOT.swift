/// Graphviz DOT: `datenight graph SCENE | dot -Tsvg > scene.svg`.
/// See https://graphviz.org/doc/info/lang.html
extension SceneGraph {
    public var dot: String {
        var lines = ["digraph \(Self.quoted(sceneID)) {"]
        lines.append("  graph [label=\(Self.quoted(title)), labelloc=t, fontname=\"Helvetica\", rankdir=TB];")
        lines.append("  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=11];")
        lines.append("  edge [fontname=\"Helvetica\", fontsize=10];")
        lines.append("  \"__start\" [shape=circle, label=\"start\", style=filled, fillcolor=\"#2e7d32\", fontcolor=white, width=0.6];")
        for box in boxes {
            var attributes = ["label=\(Self.quoted("\(box.id)\n\(box.kind): \(box.summary)"))"]
            switch box.role {
            case .start: attributes.append("penwidth=2, color=\"#2e7d32\"")
            case .end: attributes.append("peripheries=2, style=\"rounded,filled\", fillcolor=\"#fde2e4\"")
            case .returnPoint: attributes.append("shape=cds")
            case .otherScene: attributes = ["label=\(Self.quoted("scene \(box.summary)"))", "shape=component, style=filled, fillcolor=\"#e3f2fd\""]
            case .plain: break
            }
            lines.append("  \(Self.quoted(box.id)) [\(attributes.joined(separator: ", "))];")
        }
        if let start = boxes.first(where: { $0.role == .start }) {
            lines.append("  \"__start\" -> \(Self.quoted(start.id));")
        }
        for arrow in arrows {
            var attributes: [String] = []
            if let label = arrow.label { attributes.append("label=\(Self.quoted(label))") }
            switch arrow.style {
            case .flow: break
            case .call: attributes.append("style=dashed")
            case .sceneCall: attributes.append("style=dashed, color=\"#1565c0\"")
            }
            let suffix = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
            lines.append("  \(Self.quoted(arrow.from)) -> \(Self.quoted(arrow.to))\(suffix);")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A DOT string literal: quotes and backslashes escaped, control characters dropped, and
    /// bidi and other invisible format characters written as HTML entities, which Graphviz
    /// reads back as the same characters.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default:
                if scalar.properties.generalCategory == .control { continue }
                if scalar.isInvisibleControl {
                    result += "&#\(scalar.value);"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
