/// The keepsake as CommonMark, fit to print or paste: headings for questions, a list of who said
/// what. Everything from a scene or a player is escaped, so the couple's words are shown, never obeyed.
extension Journal {
    /// `level` is the heading level of the scene's title: 1 alone, 2 inside `journal --all`.
    func markdown(level: Int = 1) -> String {
        let title = String(repeating: "#", count: level)
        let questionHeading = String(repeating: "#", count: level + 1)
        var lines = ["\(title) \(Self.inline(session.sceneTitle))", "", "*\(Self.inline(statusLine))*", ""]
        if let missingNote { lines += [Self.inline(missingNote), ""] }
        for entry in entries {
            switch entry {
            case .exercise(let exercise):
                lines += ["*\(Self.inline(Self.exerciseLine(exercise)))*", ""]
            case .question(let question):
                lines += ["\(questionHeading) \(Self.inline(question.text))", ""]
                if question.sideBySide {
                    let note = question.said.contains { $0.role == .guess } ? "A guess and the real answer:" : "Secret answers, side by side:"
                    lines += ["*\(note)*", ""]
                }
                for said in question.said {
                    lines.append("- **\(Self.inline(said.heading)):** \(Self.escaped(Self.words(said.response), indent: "  "))")
                }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `journal --all`: one document, the couple's name as its title, sessions newest first.
    static func markdown(of journals: [Journal], players: [String]) -> String {
        var parts = ["# \(inline(players.joined(separator: " & "))): our keepsake", ""]
        if journals.isEmpty { parts += ["Nothing kept yet.", ""] }
        parts += journals.map { $0.markdown(level: 2) }
        return parts.joined(separator: "\n")
    }

    /// Text for one line (a heading, a name): line breaks become spaces.
    static func inline(_ text: String) -> String {
        escaped(text.split(whereSeparator: \.isNewline).joined(separator: " "), indent: "")
    }

    /// A player's words as Markdown that reads exactly as typed. Inline markup (`*`, `_`, a
    /// backtick, `<`, `#`, an `&` that could start an entity) is escaped everywhere; what only means something at the start
    /// of a line (a list, a heading, a quote, `1.`) only there. Lines become hard breaks, so an
    /// empty or indented line can never end the list item or open a code block.
    static func escaped(_ text: String, indent: String) -> String {
        text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }.map { line in
            var out = ""
            var atStart = true
            var leadingDigits = false
            let characters = Array(line)
            for (index, character) in characters.enumerated() {
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if "\\`*_[]<>|~#".contains(character) || (character == "&" && (next.isLetter || next.isNumber || next == "#")) {
                    out += "\\"
                } else if atStart && "-+=".contains(character) {
                    out += "\\"
                } else if leadingDigits && ".)".contains(character) {
                    out += "\\"
                }
                out.append(character)
                leadingDigits = (atStart || leadingDigits) && character.isASCII && character.isNumber
                atStart = false
            }
            return out
        }.joined(separator: "\\\n" + indent)
    }
}
