import DateNightCore
import TerminalKit

/// The quiet line above every step: which scene, where in it (a round's question k of n,
/// which never changes under the couple), and a small bar that only moves forwards.
///
/// Pure, so every width can be tested.
enum StepHeader {
    static let barCells = 10
    static let separator = " · "

    /// - Parameters:
    ///   - place: the unit that does not move under the couple ("question 4 of 10"), if any.
    ///   - fraction: how much of the scene is behind them, from a `ProgressMeter` (never falls).
    static func line(title: String, place: String?, fraction: Double, width: Int, glyphs: ProgressBar.Glyphs,
                     showBar: Bool = true) -> String {
        let room = max(1, width)
        let where_ = place.map { separator + $0 } ?? ""
        let bar = showBar ? "  " + ProgressBar.render(fraction: max(0, min(1, fraction)), cells: barCells, glyphs: glyphs) : ""
        let cleanTitle = TextSanitizer.printableLine(title)
        let ellipsis = glyphs == .unicode ? "\u{2026}" : "..."
        // What gives way first when the window is narrow: the title shrinks, then the bar goes,
        // then the title goes; the place always stays.
        for candidateBar in [bar, ""] {
            let fixed = DisplayWidth.of(where_ + candidateBar)
            let titleRoom = room - fixed
            if DisplayWidth.of(cleanTitle) <= titleRoom {
                return cleanTitle + where_ + candidateBar
            }
            if titleRoom >= 12 {
                return shortened(cleanTitle, to: titleRoom, ellipsis: ellipsis) + where_ + candidateBar
            }
        }
        return DisplayWidth.truncate(place ?? cleanTitle, to: room, ellipsis: ellipsis)
    }

    /// The words for where the couple is: the question of a round, or for an exercise its kind.
    static func place(of request: Request, in interpreter: Interpreter) -> String? {
        if let round = interpreter.roundPlace { return "question \(round.question) of \(round.of)" }
        switch request {
        case .breathing: return "breathing together"
        case .timer(let timer): return TextSanitizer.printableLine(timer.label).lowercased()
        case .prompt, .choice: return nil
        }
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
