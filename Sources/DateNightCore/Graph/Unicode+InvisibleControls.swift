extension Unicode.Scalar {
    /// Characters that are never seen but act: control characters (C0, DEL, C1), format
    /// characters (the bidi embeddings, overrides, isolates and marks, zero-width joiners and
    /// spaces, the byte-order mark) and the line and paragraph separators. A bidi override in a
    /// scene title makes a graph or a JSON listing read differently from what it holds
    /// ("Trojan Source", https://trojansource.codes), so machine outputs spell them as escapes.
    public var isInvisibleControl: Bool {
        switch properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}
