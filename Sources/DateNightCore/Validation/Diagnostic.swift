import LocatedJSON

/// One problem found in a scene file, positioned so an editor can jump to it.
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Hashable, Sendable, Codable {
        case error, warning
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String
    public var nodeID: String?

    private enum CodingKeys: String, CodingKey {
        case file, line, column, severity, message
        case nodeID = "node"
    }

    public init(file: String, position: SourcePosition, severity: Severity, message: String, nodeID: String? = nil) {
        self.file = file
        self.line = position.line
        self.column = position.column
        self.severity = severity
        self.message = message
        self.nodeID = nodeID
    }

    /// The `FILE:LINE:COLUMN: error: message` form that compilers use and editors understand.
    public var formatted: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// File order, so a reader can work through a file top to bottom.
    public func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            let l = lhs.element, r = rhs.element
            if l.file != r.file { return l.file < r.file }
            if l.line != r.line { return l.line < r.line }
            if l.column != r.column { return l.column < r.column }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
