/// A horizontal bar for a fraction between 0 and 1.
public enum ProgressBar {
    public enum Glyphs: Sendable, Equatable {
        /// Block elements with eighth-cell steps, so a breathing bar grows smoothly, on a
        /// shaded track: a thin partial cell (`▏`) never passes for the bar's end.
        case unicode
        /// `[####----]`: for terminals and fonts without block elements.
        case ascii

        /// Unicode where the environment says UTF-8, ASCII otherwise.
        public static func detect() -> Glyphs {
            TextLocale.environmentIsUTF8() ? .unicode : .ascii
        }
    }

    /// Exactly `cells + 2` columns wide (the bar and its two ends).
    public static func render(fraction: Double, cells: Int, glyphs: Glyphs) -> String {
        let cells = max(0, cells)
        let clamped = fraction.isNaN ? 0 : min(1, max(0, fraction))
        switch glyphs {
        case .ascii:
            let full = Int((clamped * Double(cells)).rounded())
            return "[" + String(repeating: "#", count: full)
                + String(repeating: "-", count: cells - full) + "]"
        case .unicode:
            let eighths = Int((clamped * Double(cells * 8)).rounded())
            let full = eighths / 8
            let partial = eighths % 8
            var bar = "\u{2595}" + String(repeating: "\u{2588}", count: full)
            var used = full
            if partial > 0, used < cells {
                bar += partialBlocks[partial]
                used += 1
            }
            bar += String(repeating: track, count: cells - used)
            return bar + "\u{258F}"
        }
    }

    /// The part still to fill, like the ASCII bar's `-`.
    private static let track = "\u{2591}"

    /// Left one-eighth to seven-eighths blocks.
    private static let partialBlocks = ["", "\u{258F}", "\u{258E}", "\u{258D}", "\u{258C}", "\u{258B}", "\u{258A}", "\u{2589}"]
}
