/// Where `needle` first starts in `text`, as the loader counts: 1-based line and column, the
/// column in Unicode scalars. Lets tests state expected positions without counting by hand.
func position(of needle: String, in text: String, occurrence: Int = 1) -> (line: Int, column: Int) {
    var remaining = occurrence
    var searchStart = text.startIndex
    while let range = text.range(of: needle, range: searchStart..<text.endIndex) {
        remaining -= 1
        if remaining == 0 {
            let before = text[..<range.lowerBound]
            let line = before.filter { $0 == "\n" }.count + 1
            let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
            return (line, text[lineStart..<range.lowerBound].unicodeScalars.count + 1)
        }
        searchStart = range.upperBound
    }
    return (0, 0)
}

/// The formatted diagnostic a test expects at the first place `needle` occurs.
func diagnostic(_ severity: String = "error", at needle: String, in json: String, occurrence: Int = 1, _ message: String) -> String {
    let (line, column) = position(of: needle, in: json, occurrence: occurrence)
    return "test.json:\(line):\(column): \(severity): \(message)"
}
