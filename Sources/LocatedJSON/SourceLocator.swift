/// Turns byte offsets into lines and columns.
///
/// Positions are asked for in increasing order while parsing, so it counts forward from the
/// last answer instead of from the start of the line: linear over the whole document even when
/// it is one 2 MB line. Counting lazily also keeps line bookkeeping out of the hot loops.
struct SourceLocator {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where line 1 starts: after a byte order mark, which editors do not show.
    let origin: Int
    private var offset: Int
    private var line = 1
    private var column = 1

    init(bytes: UnsafeBufferPointer<UInt8>, origin: Int) {
        self.bytes = bytes
        self.origin = origin
        self.offset = origin
    }

    mutating func position(at target: Int) -> SourcePosition {
        if target < offset {
            // Only error paths look back; recount rather than keep a line table for them.
            offset = origin
            line = 1
            column = 1
        }
        let stop = min(target, bytes.count)
        let base = UnsafeRawPointer(bytes.baseAddress)
        var index = offset
        while index < stop {
            // Eight bytes at a time while they hold no line break: column += bytes that start a scalar.
            if index + 8 <= stop, let base {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if !SWAR.containsByte(word, .lineFeed), !SWAR.containsByte(word, .carriageReturn) {
                    column += 8 - SWAR.continuationByteCount(word)
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte == .lineFeed {
                // The LF of a CRLF: the CR already started the line.
                if index == origin || bytes[index - 1] != .carriageReturn { line += 1 }
                column = 1
            } else if byte == .carriageReturn {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // Every byte but a UTF-8 continuation byte starts a scalar.
                column += 1
            }
            index += 1
        }
        offset = stop
        return SourcePosition(line: line, column: column)
    }
}

/// Tests on eight bytes at once, packed in a `UInt64`.
enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte is zero; exact (no false positives) as a yes/no answer.
    @inline(__always)
    static func containsZero(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highBits != 0
    }

    @inline(__always)
    static func containsByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        containsZero(word ^ (ones &* UInt64(byte)))
    }

    /// Whether any byte is below `limit`, for `limit` at most 0x80.
    @inline(__always)
    static func containsByteBelow(_ word: UInt64, _ limit: UInt8) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// How many bytes are 10xxxxxx: bit 7 set and bit 6 clear.
    @inline(__always)
    static func continuationByteCount(_ word: UInt64) -> Int {
        (word & ~(word << 1) & highBits).nonzeroBitCount
    }
}

extension UInt8 {
    static var tab: UInt8 { 0x09 }
    static var lineFeed: UInt8 { 0x0A }
    static var carriageReturn: UInt8 { 0x0D }
    static var space: UInt8 { 0x20 }
    static var quote: UInt8 { 0x22 }
    static var apostrophe: UInt8 { 0x27 }
    static var plus: UInt8 { 0x2B }
    static var comma: UInt8 { 0x2C }
    static var minus: UInt8 { 0x2D }
    static var dot: UInt8 { 0x2E }
    static var slash: UInt8 { 0x2F }
    static var zero: UInt8 { 0x30 }
    static var nine: UInt8 { 0x39 }
    static var colon: UInt8 { 0x3A }
    static var openBracket: UInt8 { 0x5B }
    static var backslash: UInt8 { 0x5C }
    static var closeBracket: UInt8 { 0x5D }
    static var openBrace: UInt8 { 0x7B }
    static var closeBrace: UInt8 { 0x7D }

    var isDigit: Bool { self &- .zero < 10 }
    var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }
    var isWordCharacter: Bool { isDigit || isASCIILetter || self == 0x5F }
}
