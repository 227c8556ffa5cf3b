/// How remaining time is written.
public enum TimeFormat {
    /// `mm:ss` for a whole number of seconds; minutes grow past two digits rather than
    /// switching format, so the line keeps its shape ("125:00" for a long session).
    public static func clock(seconds: Int) -> String {
        let total = max(0, seconds)
        let minutes = total / 60
        let rest = total % 60
        return (minutes < 10 ? "0" : "") + String(minutes) + ":" + (rest < 10 ? "0" : "") + String(rest)
    }

    /// Whole seconds to show for `remaining`: rounded up, so "00:01" stays until the time is
    /// really over and "00:00" appears only at the end.
    public static func displayedSeconds(remaining: Double) -> Int {
        if !(remaining > 0) { return 0 }
        if remaining >= Double(Int.max / 2) { return Int.max / 2 }
        // Microsecond rounding first: 2.0000000001 left after floating-point steps is 2.
        let tidy = (remaining * 1_000_000).rounded() / 1_000_000
        return Int(tidy.rounded(.up))
    }

    /// `mm:ss` for a remaining duration.
    public static func remaining(_ seconds: Double) -> String {
        clock(seconds: displayedSeconds(remaining: seconds))
    }

    /// Words for screen readers and plain terminals: "2 minutes 30 seconds".
    public static func spoken(seconds: Int) -> String {
        let total = max(0, seconds)
        let minutes = total / 60
        let rest = total % 60
        func unit(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        switch (minutes, rest) {
        case (0, _): return unit(rest, "second")
        case (_, 0): return unit(minutes, "minute")
        default: return unit(minutes, "minute") + " " + unit(rest, "second")
        }
    }
}
