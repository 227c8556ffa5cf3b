/// Word-wraps plain (unstyled, already sanitized) text to a number of terminal columns.
///
/// Measures in display columns, not characters, so a line of Japanese or emoji does not
/// overflow the window. Style is applied after wrapping: escape sequences have no width,
/// and measuring them would break lines early.
public enum TextWrapper {
    /// Lines of at most `width` columns. Explicit newlines always break; blank lines are
    /// kept (empty, without indent). Spaces at a wrap point are dropped, spaces inside a line are kept as typed.
    /// A word longer than the room on a line is broken across lines rather than overflowing.
    ///
    /// - Parameters:
    ///   - initialIndent: prefix of the first line (e.g. `"Ana: "`).
    ///   - subsequentIndent: prefix of every other non-blank line; a run of spaces as
    ///     wide as `initialIndent` gives a hanging indent.
    public static func wrap(
        _ text: String,
        width: Int,
        initialIndent: String = "",
        subsequentIndent: String = ""
    ) -> [String] {
        var lines: [String] = []
        for (number, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if paragraph.isEmpty {
                lines.append("")
                continue
            }
            // Only the very first line carries the lead ("Ana: "); later paragraphs line up
            // under the text, as the continuation of one speech.
            wrapParagraph(
                paragraph,
                width: width,
                initialIndent: number == 0 ? initialIndent : subsequentIndent,
                subsequentIndent: subsequentIndent,
                into: &lines
            )
        }
        return lines
    }

    /// A hanging indent: the first line starts with `lead`, later lines are indented to
    /// line up under the text after it.
    public static func hanging(_ text: String, lead: String, width: Int) -> [String] {
        wrap(
            text,
            width: width,
            initialIndent: lead,
            subsequentIndent: String(repeating: " ", count: DisplayWidth.of(lead))
        )
    }

    private struct Token {
        var text: Substring
        var isSpace: Bool
        var width: Int
    }

    private static func tokens(_ paragraph: Substring) -> [Token] {
        var result: [Token] = []
        var start = paragraph.startIndex
        var index = start
        var currentIsSpace: Bool? = nil
        var width = 0
        while index < paragraph.endIndex {
            let character = paragraph[index]
            let isSpace = character == " "
            if let current = currentIsSpace, current != isSpace {
                result.append(Token(text: paragraph[start..<index], isSpace: current, width: width))
                start = index
                width = 0
            }
            currentIsSpace = isSpace
            width += DisplayWidth.of(character)
            index = paragraph.index(after: index)
        }
        if let current = currentIsSpace {
            result.append(Token(text: paragraph[start..<index], isSpace: current, width: width))
        }
        return result
    }

    private static func wrapParagraph(
        _ paragraph: Substring,
        width requestedWidth: Int,
        initialIndent: String,
        subsequentIndent: String,
        into lines: inout [String]
    ) {
        let width = max(1, requestedWidth)
        let firstIndentWidth = DisplayWidth.of(initialIndent)
        let laterIndentWidth = DisplayWidth.of(subsequentIndent)

        var line = initialIndent
        var used = firstIndentWidth
        var lineHasText = false
        var pendingSpace: Token? = nil
        var isFirstLine = true

        func finishLine() {
            lines.append(line)
            line = subsequentIndent
            used = laterIndentWidth
            lineHasText = false
            pendingSpace = nil
            isFirstLine = false
        }

        for token in tokens(paragraph) {
            if token.isSpace {
                if lineHasText {
                    pendingSpace = token
                } else if isFirstLine {
                    // Leading spaces of a paragraph are deliberate (a poem's indent), but
                    // never so many that no text fits after them.
                    let kept = min(token.width, max(0, width - used - 1))
                    line += String(repeating: " ", count: kept)
                    used += kept
                }
                continue
            }
            let spaceWidth = pendingSpace?.width ?? 0
            if lineHasText, used + spaceWidth + token.width <= width {
                if let space = pendingSpace { line += space.text }
                line += token.text
                used += spaceWidth + token.width
                pendingSpace = nil
                continue
            }
            if lineHasText {
                finishLine()
            }
            if used + token.width <= width {
                line += token.text
                used += token.width
                lineHasText = true
                continue
            }
            // Too long for any line: break it, filling each line to the brim.
            for character in token.text {
                let w = DisplayWidth.of(character)
                let indentWidth = isFirstLine ? firstIndentWidth : laterIndentWidth
                // On an otherwise empty line a character goes in even if it cannot fit
                // (a wide character in a one-column window); anything else would never end.
                if used + w > width, used > indentWidth {
                    finishLine()
                }
                line.append(character)
                used += w
                lineHasText = true
            }
        }
        lines.append(line)
    }
}
