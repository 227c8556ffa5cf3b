/// When plain mode (screen readers, dumb terminals) says how much time is left.
///
/// A screen reader speaks every line, so a line a second would drown the room; a line every
/// few minutes leaves people wondering. Every minute while more than two minutes remain,
/// every thirty seconds down to the last half minute, then every ten seconds.
public enum PlainAnnouncements {
    /// Remaining-time marks (whole seconds, descending) strictly between 0 and `total`.
    public static func marks(total: Double) -> [Int] {
        let top = TimeFormat.displayedSeconds(remaining: total)
        var marks: [Int] = []
        var second = top - 1
        while second > 0 {
            if isMark(second) { marks.append(second) }
            second -= 1
        }
        return marks
    }

    public static func isMark(_ remaining: Int) -> Bool {
        if remaining > 120 { return remaining % 60 == 0 }
        if remaining > 30 { return remaining % 30 == 0 }
        return remaining % 10 == 0
    }

    /// The next mark after `elapsed` (as an elapsed time), or `nil` if none is left.
    public static func nextMark(afterElapsed elapsed: Double, total: Double) -> (elapsed: Double, remaining: Int)? {
        let remainingNow = total - elapsed
        var candidate = TimeFormat.displayedSeconds(remaining: remainingNow)
        if Double(candidate) >= remainingNow - 1e-6 { candidate -= 1 }
        // Jump straight to the next multiple of 10 (every mark is one), then filter.
        candidate -= candidate % 10
        while candidate > 0 {
            if isMark(candidate) { return (total - Double(candidate), candidate) }
            candidate -= 10
        }
        return nil
    }
}
