/// A strict RFC 8259 parser that records where every value and key starts.
public enum JSONParser {
    public static let defaultMaximumDepth = 512

    /// Parses one JSON document. A leading UTF-8 byte order mark is skipped.
    ///
    /// - Parameter maximumDepth: how many arrays and objects may nest; deeper input is refused
    ///   rather than risking the stack of whoever walks the result.
    public static func parse(
        _ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth
    ) throws(JSONSyntaxError) -> JSONNode {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONNode in
            var scanner = JSONScanner(bytes: buffer, maximumDepth: maximumDepth)
            return try scanner.parseDocument()
        }
    }
}
