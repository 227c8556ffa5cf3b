/// Logical elapsed time for a timer that can pause and run faster than real time.
///
/// Deadlines are computed from the instant the current run started, never as "now plus a
/// second": waking a few milliseconds late then delays only that one redraw, instead of
/// pushing every later tick back and letting a ten-minute timer run long.
public struct PausableTimeline: Sendable, Equatable {
    /// Real seconds per logical second: 1 is real time, 0.01 runs 100 times faster, 0
    /// finishes at once (rehearsals, tests).
    public let timeScale: Double
    /// Logical seconds accumulated before the current run.
    public private(set) var accumulated: Double = 0
    /// When the current run started; `nil` while paused.
    public private(set) var runStart: MonotonicInstant?

    public init(startingAt start: MonotonicInstant, timeScale: Double) {
        self.timeScale = timeScale.isFinite ? max(0, timeScale) : 1
        self.runStart = start
    }

    public var isPaused: Bool { runStart == nil }

    /// Logical seconds elapsed at `now`; infinite when the scale is 0.
    public func elapsed(at now: MonotonicInstant) -> Double {
        guard let runStart else { return accumulated }
        if timeScale == 0 { return .infinity }
        return accumulated + max(0, now.seconds(since: runStart)) / timeScale
    }

    public mutating func pause(at now: MonotonicInstant) {
        guard runStart != nil else { return }
        accumulated = elapsed(at: now)
        runStart = nil
    }

    public mutating func resume(at now: MonotonicInstant) {
        guard runStart == nil else { return }
        runStart = now
    }

    /// While paused, moves logical time back to `logical` (never forward), so a resumed
    /// breath starts at the beginning of its phase.
    public mutating func rewind(to logical: Double) {
        guard runStart == nil, logical.isFinite else { return }
        accumulated = max(0, min(accumulated, logical))
    }

    /// The real instant at which logical time reaches `logical`; `nil` while paused.
    public func instant(whenElapsedReaches logical: Double) -> MonotonicInstant? {
        guard let runStart else { return nil }
        return runStart.adding(seconds: max(0, logical - accumulated) * timeScale)
    }
}

/// When a value shown with `step` resolution next changes, as a pure function.
public enum TickSchedule {
    /// The first multiple of `step` strictly after `elapsed`, offset so that boundaries fall
    /// where `total - elapsed` is a whole number of steps (for a countdown of 90.5 s, the
    /// display changes at 0.5, 1.5, ...). Computed from the grid, not from `elapsed + step`.
    public static func nextBoundary(after elapsed: Double, total: Double, step: Double = 1) -> Double {
        guard step > 0, elapsed.isFinite else { return total }
        let remaining = total - elapsed
        if remaining <= 0 { return total }
        // Same microsecond tidy-up as the display, so the boundary and the displayed value
        // agree on which side of a tick we are.
        let steps = ((remaining / step) * 1_000_000).rounded() / 1_000_000
        let nextRemaining = (steps.rounded(.up) - 1) * step
        return min(total, total - nextRemaining)
    }
}
