/// The parser's state over one document.
///
/// Iterative rather than recursive: open containers live on `frames` and finished values on
/// `values`, so nesting costs heap, not stack, and the depth limit is a rule rather than a guard
/// against overflow.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    let maximumDepth: Int
    var index: Int
    /// Where line 1 starts: after a byte order mark, which editors do not show.
    let origin: Int
    /// Positions of errors, which may be anywhere (counted from the start, once).
    var locator: SourceLocator
    /// The line being read and the offset it starts at. Line breaks only ever appear between
    /// tokens, where `skipWhitespace` counts them, so a value's position costs nothing to know.
    var line = 1
    var lineStart: Int
    /// UTF-8 continuation bytes read so far on this line (only strings may hold any): a column
    /// counts Unicode scalars, as an editor does.
    var lineContinuationBytes = 0

    /// Finished values of all open containers, innermost last.
    private let values = MovingStack<JSONNode>()
    /// Keys of all open objects, innermost last; member k of an object pairs its k-th key and value.
    private let keys = MovingStack<PendingKey>()
    private var frames: [Frame] = []

    private struct PendingKey {
        var key: String
        var position: SourcePosition
    }

    private struct Frame {
        var isObject: Bool
        var position: SourcePosition
        var valueStart: Int
        var keyStart: Int
    }

    /// Where a value is expected, which decides how a missing one is described.
    private enum ValueContext {
        case document, arrayStart, afterArrayComma, afterColon

        var expected: String {
            switch self {
            case .document: "a value"
            case .arrayStart: "a value or ']'"
            case .afterArrayComma: "a value after ','"
            case .afterColon: "a value after ':'"
            }
        }
    }

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.end = bytes.count
        self.maximumDepth = maximumDepth
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        self.index = hasByteOrderMark ? 3 : 0
        self.origin = index
        self.lineStart = index
        self.locator = SourceLocator(bytes: bytes, origin: index)
    }

    /// The line and column of `offset`, which must be where reading has got to: every byte of
    /// its line before it has been read.
    @inline(__always)
    func currentPosition(at offset: Int) -> SourcePosition {
        SourcePosition(line: line, column: offset - lineStart - lineContinuationBytes + 1)
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        skipWhitespace()
        guard index < end else { throw error("the file is empty", at: end) }
        var context = ValueContext.document

        parsing: while true {
            skipWhitespace()
            guard index < end else { throw unexpected(context.expected, at: index) }
            let start = index
            let byte = bytes[start]
            var node: JSONNode

            switch byte {
            case .quote:
                let position = currentPosition(at: start)
                node = JSONNode(value: .string(try parseString()), position: position)
            case .minus, .zero ... .nine:
                let position = currentPosition(at: start)
                node = JSONNode(value: .number(try parseNumber()), position: position)
            case .openBrace:
                let position = try open(isObject: true, at: start)
                skipWhitespace()
                if index < end, bytes[index] == .closeBrace {
                    index += 1
                    frames.removeLast()
                    node = JSONNode(value: .object(JSONObject()), position: position)
                } else {
                    try parseKeyAndColon(afterComma: false)
                    context = .afterColon
                    continue parsing
                }
            case .openBracket:
                let position = try open(isObject: false, at: start)
                skipWhitespace()
                if index < end, bytes[index] == .closeBracket {
                    index += 1
                    frames.removeLast()
                    node = JSONNode(value: .array([]), position: position)
                } else {
                    context = .arrayStart
                    continue parsing
                }
            default:
                guard byte.isASCIILetter else {
                    throw unexpected(context.expected, at: start, closerAfterComma: context == .afterArrayComma ? .closeBracket : nil)
                }
                let position = currentPosition(at: start)
                node = JSONNode(value: try parseLiteral(expected: context.expected), position: position)
            }

            // A finished value: add it to its container, then close every container it finishes.
            while let frame = frames.last {
                values.append(node)
                skipWhitespace()
                guard index < end else {
                    let (closer, kind) = frame.isObject ? ("}", "object") : ("]", "array")
                    throw error(
                        "unexpected end of file: expected ',' or '\(closer)' to close the \(kind) opened at line \(frame.position.line), column \(frame.position.column)",
                        at: end)
                }
                let next = bytes[index]
                if next == .comma {
                    index += 1
                    if frame.isObject {
                        skipWhitespace()
                        try parseKeyAndColon(afterComma: true)
                        context = .afterColon
                    } else {
                        context = .afterArrayComma
                    }
                    continue parsing
                }
                if frame.isObject ? next == .closeBrace : next == .closeBracket {
                    index += 1
                    node = close(frame)
                    continue
                }
                throw unexpected(
                    frame.isObject ? "',' or '}' after an object member" : "',' or ']' after an array element",
                    at: index)
            }

            skipWhitespace()
            guard index == end else { throw unexpected("the end of the file after the value", at: index) }
            return node
        }
    }

    mutating func skipWhitespace() {
        while index < end {
            switch bytes[index] {
            case .space, .tab:
                index += 1
            case .lineFeed:
                // The LF of a CRLF: the CR already started the line.
                if index == origin || bytes[index - 1] != .carriageReturn { line += 1 }
                index += 1
                lineStart = index
                lineContinuationBytes = 0
            case .carriageReturn:
                line += 1
                index += 1
                lineStart = index
                lineContinuationBytes = 0
            default:
                return
            }
        }
    }

    /// Pushes a container opened at `start` and steps past its bracket.
    private mutating func open(isObject: Bool, at start: Int) throws(JSONSyntaxError) -> SourcePosition {
        guard frames.count < maximumDepth else {
            throw error("nesting deeper than \(maximumDepth) levels", at: start)
        }
        let position = currentPosition(at: start)
        frames.append(Frame(isObject: isObject, position: position, valueStart: values.count, keyStart: keys.count))
        index = start + 1
        return position
    }

    /// Pops the innermost container, which `frame` describes, and builds its value.
    private mutating func close(_ frame: Frame) -> JSONNode {
        frames.removeLast()
        let value: JSONValue
        if frame.isObject {
            let values = values
            let members = keys.removeAll(from: frame.keyStart) { keys, count in
                values.removeAll(from: frame.valueStart) { nodes, _ in
                    [JSONMember](unsafeUninitializedCapacity: count) { members, initialized in
                        for k in 0 ..< count {
                            let key = (keys + k).move()
                            (members.baseAddress! + k).initialize(
                                to: JSONMember(key: key.key, keyPosition: key.position, value: (nodes + k).move()))
                        }
                        initialized = count
                    }
                }
            }
            value = .object(JSONObject(members: members))
        } else {
            value = .array(values.removeAll(from: frame.valueStart))
        }
        return JSONNode(value: value, position: frame.position)
    }

    /// Reads `"key" :` with the whitespace before it already skipped.
    private mutating func parseKeyAndColon(afterComma: Bool) throws(JSONSyntaxError) {
        guard index < end, bytes[index] == .quote else {
            let expected = afterComma ? "a key (a string) after ','" : "a key (a string) or '}'"
            throw unexpected(expected, at: index, closerAfterComma: afterComma ? .closeBrace : nil, keyExpected: true)
        }
        let position = currentPosition(at: index)
        let key = try parseString()
        keys.append(PendingKey(key: key, position: position))
        skipWhitespace()
        guard index < end, bytes[index] == .colon else {
            throw unexpected("':' after the key", at: index)
        }
        index += 1
    }

    /// Reads `true`, `false` or `null`. The whole run of letters and digits is taken as one word
    /// so that "True" or "nulls" is reported as written.
    private mutating func parseLiteral(expected: String) throws(JSONSyntaxError) -> JSONValue {
        let start = index
        var wordEnd = start
        while wordEnd < end, bytes[wordEnd].isWordCharacter { wordEnd += 1 }
        let word = UnsafeBufferPointer(rebasing: bytes[start ..< wordEnd])
        let value: JSONValue
        if Self.word(word, is: "true") {
            value = .bool(true)
        } else if Self.word(word, is: "false") {
            value = .bool(false)
        } else if Self.word(word, is: "null") {
            value = .null
        } else {
            if wordEnd == end, let literal = ["true", "false", "null"].first(where: { $0.utf8.starts(with: word) }) {
                throw unexpected("'\(literal)'", at: end)
            }
            throw unexpected(expected, at: start)
        }
        index = wordEnd
        return value
    }

    private static func word(_ word: UnsafeBufferPointer<UInt8>, is literal: StaticString) -> Bool {
        literal.withUTF8Buffer { $0.elementsEqual(word) }
    }
}
