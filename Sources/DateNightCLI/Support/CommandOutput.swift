import TerminalKit

/// Writes a command's output (listings, reports, graphs, journals, JSON) to standard output,
/// the counterpart of `StandardError` for everything that is not a diagnostic.
///
/// Everything written here is sanitized: a listing quotes scene titles, a journal the couple's
/// answers, a graph node texts, any of which may hold ESC, OSC, C1 or bidi controls. Machine
/// formats (JSON, DOT, Mermaid, HTML) escape their own text, so cleaning them changes nothing
/// unless an escape was missed; then it is shown inert rather than obeyed by the terminal.
enum CommandOutput {
    /// Text for a person to read: sanitized, and in ASCII stand-ins where the locale is not UTF-8.
    static func say(_ text: String, terminator: String = "\n") {
        emit(Typography.forTerminal(TextSanitizer.printable(text)), terminator: terminator)
    }

    /// A document another program reads (JSON, DOT, Mermaid, HTML, Markdown, completions for a
    /// shell): sanitized, tabs kept, and otherwise byte for byte as made, so its typography
    /// survives whatever the locale.
    static func document(_ text: String, terminator: String = "\n") {
        emit(TextSanitizer.printableKeepingTabs(text), terminator: terminator)
    }

    private static func emit(_ text: String, terminator: String) {
        print(text, terminator: terminator)
    }
}
