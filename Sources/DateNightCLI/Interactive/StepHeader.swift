import TerminalKit

/// The quiet line above every step: which scene, step k of n, and a small bar.
///
/// Pure, so every width can be tested. `done` counts the inputs already given; the step shown
/// is the one being answered now (`done + 1`), and `total` is the interpreter's estimate of
/// the whole session (a lower bound: a longer path may make it grow).
enum StepHeader {
    static let barCells = 10
    static let separator = " · "

    static func line(title: String, done: Int, total: Int?, width: Int, glyphs: ProgressBar.Glyphs, showBar: Bool = true) -> String {
        let room = max(1, width)
        let current = max(1, done + 1)
        let step: String
        if let total, total >= current {
            step = "step \(current) of \(total)"
        } else {
            step = "step \(current)"
        }
        var bar = ""
        if showBar, let total, total > 0 {
            bar = "  " + ProgressBar.render(fraction: Double(done) / Double(total), cells: barCells, glyphs: glyphs)
        }
        let cleanTitle = TextSanitizer.printableLine(title)
        let ellipsis = glyphs == .unicode ? "\u{2026}" : "..."
        // What gives way first when the window is narrow: the title shrinks, then the bar goes,
        // then the title goes; the step count always stays.
        for candidateBar in [bar, ""] {
            let fixed = DisplayWidth.of(separator + step + candidateBar)
            let titleRoom = room - fixed
            if DisplayWidth.of(cleanTitle) <= titleRoom {
                return cleanTitle + separator + step + candidateBar
            }
            if titleRoom >= 12 {
                return shortened(cleanTitle, to: titleRoom, ellipsis: ellipsis) + separator + step + candidateBar
            }
        }
        return DisplayWidth.truncate(step, to: room, ellipsis: ellipsis)
    }

    /// Cut to `width` columns at a word boundary where one is near, the ellipsis straight after
    /// the last word kept ("a little…", never "a li…" or "a little …").
    static func shortened(_ text: String, to width: Int, ellipsis: String) -> String {
        let cut = DisplayWidth.truncate(text, to: width, ellipsis: ellipsis)
        guard cut != text, cut.hasSuffix(ellipsis) else { return cut }
        var kept = String(cut.dropLast(ellipsis.count))
        let nextIsSpace = text.dropFirst(kept.count).first == " "
        if !nextIsSpace, let space = kept.lastIndex(of: " "), kept.distance(from: kept.startIndex, to: space) >= kept.count / 2 {
            kept = String(kept[..<space])
        }
        while let last = kept.last, last == " " || last == "," || last == ";" || last == ":" || last == "·" {
            kept.removeLast()
        }
        return kept + ellipsis
    }
}
