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

    /// Parses `{name}` placeholders; `{{` and `}}` stand for literal braces. Works in place on
    /// the text's UTF-8 bytes and copies literal runs whole: scene text is mostly literal, and a
    /// large scene holds tens of thousands of strings.
    public init(parsing text: String, at position: SourcePosition) throws(ParseError) {
        self.position = position
        var source = text
        switch source.withUTF8(Self.segments(of:)) {
        case nil:
            // No braces at all: one literal, kept as it is.
            self.segments = text.isEmpty ? [] : [.literal(text)]
        case .success(let segments)?:
            self.segments = segments
        case .failure(let error)?:
            throw error
        }
    }

    /// The segments of text with braces in it; nil when it has none.
    private static func segments(of bytes: UnsafeBufferPointer<UInt8>) -> Result<[Segment], ParseError>? {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        guard var index = bytes.firstIndex(where: { $0 == open || $0 == close }) else { return nil }
        var segments: [Segment] = []
        // At most a placeholder per '{' and a literal on either side of each: room enough
        // without the slack of growing by doubling, which a large scene pays for every text.
        var opens = 0
        for byte in bytes[index...] where byte == open { opens += 1 }
        segments.reserveCapacity(2 * opens + 1)
        var literal: [UInt8] = []
        var runStart = 0
        func flushRun(upTo end: Int) {
            if end > runStart { literal.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
        }
        func flushLiteral() {
            if !literal.isEmpty { segments.append(.literal(String(decoding: literal, as: UTF8.self))); literal.removeAll(keepingCapacity: true) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == open {
                flushRun(upTo: index)
                if index + 1 < bytes.count, bytes[index + 1] == open {
                    literal.append(open)
                    index += 2
                    runStart = index
                    continue
                }
                guard let end = bytes[(index + 1)...].firstIndex(of: close) else { return .failure(.unclosedBrace) }
                let name = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])
                guard let placeholder = Placeholder(parsing: name) else {
                    return .failure(.unknownPlaceholder(String(decoding: name, as: UTF8.self)))
                }
                flushLiteral()
                segments.append(.placeholder(placeholder))
                index = end + 1
                runStart = index
            } else if byte == close {
                flushRun(upTo: index)
                guard index + 1 < bytes.count, bytes[index + 1] == close else { return .failure(.strayClosingBrace) }
                literal.append(close)
                index += 2
                runStart = index
            } else {
                index += 1
            }
        }
        flushRun(upTo: bytes.count)
        flushLiteral()
        return .success(segments)
    }
}
