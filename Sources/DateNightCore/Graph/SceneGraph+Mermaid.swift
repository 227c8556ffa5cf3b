/// Mermaid flowchart, for viewers that render it (GitHub, many editors).
/// See https://mermaid.js.org/syntax/flowchart.html
extension SceneGraph {
    public var mermaid: String {
        // Mermaid ids are limited to plain names, so boxes are numbered and labelled instead.
        var number: [String: String] = [:]
        for (index, box) in boxes.enumerated() { number[box.id] = "n\(index)" }
        var lines = ["---", "title: \(Self.yamlQuoted(title))", "---", "flowchart TD"]
        lines.append("  start((start))")
        for box in boxes {
            guard let id = number[box.id] else { continue }
            let label = Self.mermaidLabel(box.role == .otherScene ? "scene \(box.summary)" : "\(box.id)<br/>\(box.kind): \(box.summary)")
            switch box.role {
            case .end: lines.append("  \(id)([\(label)])")
            case .returnPoint: lines.append("  \(id)>\(label)]")
            case .otherScene: lines.append("  \(id)[[\(label)]]")
            case .start, .plain: lines.append("  \(id)[\(label)]")
            }
        }
        if let start = boxes.first(where: { $0.role == .start }), let id = number[start.id] {
            lines.append("  start --> \(id)")
        }
        for arrow in arrows {
            guard let from = number[arrow.from], let to = number[arrow.to] else { continue }
            let link = arrow.style == .flow ? "-->" : "-.->"
            if let label = arrow.label {
                lines.append("  \(from) \(link)|\(Self.mermaidLabel(label))| \(to)")
            } else {
                lines.append("  \(from) \(link) \(to)")
            }
        }
        lines.append("  classDef finish fill:#fde2e4,stroke:#b71c1c")
        lines.append("  classDef begin stroke:#2e7d32,stroke-width:3px")
        let ends = boxes.filter { $0.role == .end }.compactMap { number[$0.id] }
        if !ends.isEmpty { lines.append("  class \(ends.joined(separator: ",")) finish") }
        if let start = boxes.first(where: { $0.role == .start }).flatMap({ number[$0.id] }) {
            lines.append("  class \(start) begin")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A quoted Mermaid label: quotes and characters Mermaid reads as syntax become entities.
    static func mermaidLabel(_ text: String) -> String {
        "\"" + mermaidText(text) + "\""
    }

    static func mermaidText(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let first = rest.first {
            if rest.hasPrefix("<br/>") {
                result += "<br/>"
                rest = rest.dropFirst(5)
                continue
            }
            switch first {
            case "\"": result += "#quot;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "#": result += "#35;"
            case "|": result += "#124;"
            case "\n", "\r", "\t": result += " "
            default:
                for scalar in first.unicodeScalars where scalar.properties.generalCategory != .control {
                    // Bidi and other invisible format characters as Mermaid's entity codes.
                    if scalar.isInvisibleControl {
                        result += "#\(scalar.value);"
                    } else {
                        result.unicodeScalars.append(scalar)
                    }
                }
            }
            rest = rest.dropFirst()
        }
        return result
    }

    /// A YAML double-quoted scalar that reads back as exactly `text`: backslashes and quotes
    /// escaped, and every control, format or separator character written as a `\u` escape, so
    /// the front matter holds none of them raw and a title ending in a backslash cannot swallow
    /// the closing quote. See https://yaml.org/spec/1.2.2/#double-quoted-style
    static func yamlQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            default:
                if scalar.isInvisibleControl {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += scalar.value > 0xFFFF
                        ? "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                        : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
