/// What one prompt produced.
public enum LineEvent: Equatable, Sendable {
    /// A line submitted with Enter (without the newline; exactly as typed).
    case line(String)
    /// Ctrl-D on an empty line, or standard input closed.
    case endOfInput
    /// Ctrl-C: the line was cleared. The caller decides whether that means "quit".
    case interrupted
    /// The countdown ran out; `partial` is whatever had been typed.
    case timeUp(partial: String)
}
