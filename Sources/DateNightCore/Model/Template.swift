import LocatedJSON

/// Scene text split into literal runs and placeholders, parsed once at load time so that
/// nothing unparsed can reach the screen.
public struct Template: Hashable, Sendable {
    public enum Segment: Hashable, Sendable {
        case literal(String)
        case placeholder(Placeholder)
    }

    public enum ParseError: Error, Equatable {
        case unknownPlaceholder(String)
        case unclosedBrace
        case strayClosingBrace
    }

    public var segments: [Segment]
    /// Where the text starts in the scene file.
    public var position: SourcePosition

    public var placeholders: [Placeholder] {
        segments.compactMap { if case .placeholder(let p) = $0 { p } else { nil } }
    }

    public init(literal: String, at position: SourcePosition = SourcePosition(line: 1, column: 1)) {
        self.segments = literal.isEmpty ? [] : [.literal(literal)]
        self.position = position
    }

    /// Parses `{name}` placeholders; `{{` and `}}` stand for literal braces.
    public init(parsing text: String, at position: SourcePosition) throws(ParseError) {
        var segments: [Segment] = []
        var literal = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "{" {
                if next < text.endIndex, text[next] == "{" {
                    literal.append("{")
                    index = text.index(after: next)
                    continue
                }
                guard let close = text[next...].firstIndex(of: "}") else { throw .unclosedBrace }
                let name = String(text[next..<close])
                guard let placeholder = Placeholder(parsing: name) else { throw .unknownPlaceholder(name) }
                if !literal.isEmpty { segments.append(.literal(literal)); literal = "" }
                segments.append(.placeholder(placeholder))
                index = text.index(after: close)
            } else if character == "}" {
                guard next < text.endIndex, text[next] == "}" else { throw .strayClosingBrace }
                literal.append("}")
                index = text.index(after: next)
            } else {
                literal.append(character)
                index = next
            }
        }
        if !literal.isEmpty { segments.append(.literal(literal)) }
        self.segments = segments
        self.position = position
    }
}
