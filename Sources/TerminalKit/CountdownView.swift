/// The one-line picture of a running timer: label, `mm:ss` left, and a draining bar.
///
/// Pure functions of the numbers they are given, so every state can be tested without a
/// clock; `TimerRunner` only decides when to draw.
public enum CountdownView {
    /// Longest bar drawn; wider bars only make a redraw cost more and look no better.
    public static let maximumBarCells = 30
    static let minimumBarCells = 6

    public struct Parts: Equatable, Sendable {
        public var label: String
        public var time: String
        public var bar: String
        public var note: String
    }

    /// The line as plain text, at most `width - 1` columns: the last column is left free
    /// because writing there makes some terminals wrap, and the next `\r` would then return
    /// to the wrong row.
    public static func render(
        remaining: Double,
        total: Double,
        label: String,
        width: Int,
        paused: Bool = false,
        glyphs: ProgressBar.Glyphs = .ascii
    ) -> String {
        join(layout(remaining: remaining, total: total, label: label, width: width, paused: paused, glyphs: glyphs))
    }

    /// The same layout with the label dimmed and the time accented.
    public static func renderStyled(
        remaining: Double,
        total: Double,
        label: String,
        width: Int,
        paused: Bool = false,
        glyphs: ProgressBar.Glyphs = .ascii,
        style: Style
    ) -> String {
        let parts = layout(remaining: remaining, total: total, label: label, width: width, paused: paused, glyphs: glyphs)
        return join(Parts(
            label: parts.label.isEmpty ? "" : style.bold(parts.label),
            time: style.accent(parts.time),
            bar: parts.bar,
            note: parts.note.isEmpty ? "" : style.dim(parts.note)
        ))
    }

    static func join(_ parts: Parts) -> String {
        [parts.label, parts.time, parts.bar, parts.note].filter { !$0.isEmpty }.joined(separator: "  ")
    }

    /// What fits, in order of importance: the time, then the pause note, the label, the bar.
    public static func layout(
        remaining: Double,
        total: Double,
        label: String,
        width: Int,
        paused: Bool,
        glyphs: ProgressBar.Glyphs
    ) -> Parts {
        let available = max(1, width - 1)
        let time = TimeFormat.remaining(remaining)
        var note = paused ? "paused" : ""
        var used = DisplayWidth.of(time)
        if !note.isEmpty {
            if used + 2 + DisplayWidth.of(note) <= available {
                used += 2 + DisplayWidth.of(note)
            } else {
                note = ""
            }
        }
        var shownLabel = TextSanitizer.printableLine(label)
        if !shownLabel.isEmpty {
            let room = available - used - 2
            let ellipsis = glyphs == .unicode ? "\u{2026}" : "..."
            shownLabel = room >= 4 ? DisplayWidth.truncate(shownLabel, to: room, ellipsis: ellipsis) : ""
            if !shownLabel.isEmpty { used += 2 + DisplayWidth.of(shownLabel) }
        }
        var bar = ""
        let cells = min(maximumBarCells, available - used - 2 - 2)
        if cells >= minimumBarCells {
            let fraction = total > 0 ? remaining / total : 0
            bar = ProgressBar.render(fraction: fraction, cells: cells, glyphs: glyphs)
        }
        return Parts(label: shownLabel, time: time, bar: bar, note: note)
    }
}
