/// A place in a JSON source file, as an editor shows it.
public struct SourcePosition: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// 1-based. LF, CR and CRLF each end a line.
    public var line: Int
    /// 1-based, in Unicode scalars, so a tab or an "é" is one column: what an editor's cursor shows.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// "LINE:COLUMN", the form diagnostics use.
    public var description: String { "\(line):\(column)" }
}
