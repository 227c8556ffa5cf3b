import LocatedJSON

/// Collects diagnostics while a file is decoded and checked, so that every problem is reported
/// at once instead of one per run.
final class DiagnosticReport {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func error(_ message: String, at position: SourcePosition, node: String? = nil) {
        append(.error, message, position, node)
    }

    func warning(_ message: String, at position: SourcePosition, node: String? = nil) {
        append(.warning, message, position, node)
    }

    private func append(_ severity: Diagnostic.Severity, _ message: String, _ position: SourcePosition, _ node: String?) {
        let text = node.map { "node '\($0)': \(message)" } ?? message
        diagnostics.append(Diagnostic(file: file, position: position, severity: severity, message: text, nodeID: node))
    }
}
