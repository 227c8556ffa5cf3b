/// Where a prompt breaks between what is printed once (`head`) and the last line readline
/// redraws as the answer is edited (`tail`).
///
/// Readline wraps a long prompt of narrow characters well, but places edits wrongly on a
/// wrapping prompt with wide ones (a forty-character name in CJK at a forty-column window puts
/// the cursor four columns from the text). So such a last line, when it would leave less than
/// `typingRoom` columns to type in, keeps only its last word, the `›`, and the words before it
/// move up into the head, where the terminal wraps them.
enum PromptLayout {
    static let typingRoom = 10

    /// - Parameters:
    ///   - prompt: sanitized, possibly styled; lines above the last end with `\n`.
    ///   - reserved: columns drawn before the last line's text (a countdown's `00:12 `).
    static func split(_ prompt: String, columns: Int, reserved: Int = 0) -> (head: String, tail: String) {
        var head = ""
        var tail = prompt
        if let newline = prompt.lastIndex(of: "\n") {
            head = String(prompt[...newline])
            tail = String(prompt[prompt.index(after: newline)...])
        }
        let visible = Style.visibleText(tail)
        guard reserved + DisplayWidth.of(visible) + typingRoom > columns,
              visible.contains(where: { DisplayWidth.of($0) > 1 }) else { return (head, tail) }
        // Style sequences hold no spaces, so the last space before the final word is a word break.
        let words = tail.drop(while: { $0 == " " })
        guard let end = words.lastIndex(where: { $0 != " " }),
              let space = words[..<end].lastIndex(of: " ") else { return (head, tail) }
        return (head + words[..<space] + "\n", String(words[words.index(after: space)...]))
    }
}
