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

    /// Parses `{name}` placeholders; `{{` and `}}` stand for literal braces. Works on UTF-8
    /// bytes and copies literal runs whole: scene text is mostly literal, and a large scene
    /// holds tens of thousands of strings.
    public init(parsing text: String, at position: SourcePosition) throws(ParseError) {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        // Most text has no braces at all: it is one literal, kept as it is.
        guard text.utf8.contains(where: { $0 == open || $0 == close }) else {
            self.segments = text.isEmpty ? [] : [.literal(text)]
            self.position = position
            return
        }
        var segments: [Segment] = []
        var literal = ""
        let bytes = Array(text.utf8)
        var runStart = 0
        var index = 0
        func flushRun(upTo end: Int) {
            if end > runStart { literal += String(decoding: bytes[runStart..<end], as: UTF8.self) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == open {
                flushRun(upTo: index)
                if index + 1 < bytes.count, bytes[index + 1] == open {
                    literal += "{"
                    index += 2
                    runStart = index
                    continue
                }
                guard let end = bytes[(index + 1)...].firstIndex(of: close) else { throw .unclosedBrace }
                let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                guard let placeholder = Placeholder(parsing: name) else { throw .unknownPlaceholder(name) }
                if !literal.isEmpty { segments.append(.literal(literal)); literal = "" }
                segments.append(.placeholder(placeholder))
                index = end + 1
                runStart = index
            } else if byte == close {
                flushRun(upTo: index)
                guard index + 1 < bytes.count, bytes[index + 1] == close else { throw .strayClosingBrace }
                literal += "}"
                index += 2
                runStart = index
            } else {
                index += 1
            }
        }
        flushRun(upTo: bytes.count)
        if !literal.isEmpty { segments.append(.literal(literal)) }
        self.segments = segments
        self.position = position
    }
}
