/// The few escape sequences TerminalKit writes for itself (cursor and line control).
///
/// Kept together and internal so that a grep for `\u{1B}` finds every sequence the game can
/// send; nothing outside TerminalKit builds one.
enum ControlSequence {
    static let escape = "\u{1B}"
    /// Back to column 0 and erase to the end of the line: an in-place redraw.
    static let redrawLine = "\r\u{1B}[K"
    static let eraseToEndOfLine = "\u{1B}[K"
    static let hideCursor = "\u{1B}[?25l"
    static let showCursor = "\u{1B}[?25h"
    static let bell = "\u{07}"
    /// Cursor home, erase the whole screen.
    static let clearScreen = "\u{1B}[H\u{1B}[2J"

    /// Column 0 of the row `rows` above, then erase from there to the end of the screen.
    static func clearRows(above rows: Int) -> String {
        (rows > 0 ? "\u{1B}[\(rows)A" : "") + "\r\u{1B}[J"
    }

    /// Select Graphic Rendition with the given parameters.
    static func sgr(_ codes: [Int]) -> String {
        "\u{1B}[" + codes.map(String.init).joined(separator: ";") + "m"
    }

    /// How many scalars the escape sequence starting at `scalars.first` (an ESC) spans.
    /// Knows CSI (`ESC [ params final`) and two-character escapes, which is all TerminalKit
    /// and readline prompts produce.
    static func lengthOfSequence(at scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var index = scalars.startIndex
        guard index < scalars.endIndex, scalars[index] == "\u{1B}" else { return 0 }
        index += 1
        guard index < scalars.endIndex else { return 1 }
        if scalars[index] != "[" { return 2 }
        index += 1
        while index < scalars.endIndex {
            let value = scalars[index].value
            index += 1
            if (0x40...0x7E).contains(value) { break }
        }
        return index - scalars.startIndex
    }
}

/// Drawing over what was just printed, for the few places the game must take a line back
/// (a lightning answer the partner should not see before answering).
public enum Overwrite {
    /// Erases the last `rows` rows above the cursor (and anything below), leaving the cursor
    /// at the start of the first of them.
    public static func rowsAbove(_ rows: Int) -> String {
        guard rows > 0 else { return "" }
        return ControlSequence.clearRows(above: rows)
    }
}
