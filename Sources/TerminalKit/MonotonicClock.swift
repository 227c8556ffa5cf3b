#if canImport(Glibc)
import Glibc
#endif

/// A point on a monotonic time line, in nanoseconds from an arbitrary origin.
///
/// Timers must not jump when the wall clock is set (NTP, a laptop waking), so everything
/// that measures elapsed time goes through this instead of the date.
public struct MonotonicInstant: Comparable, Hashable, Sendable {
    public var nanoseconds: Int64

    public init(nanoseconds: Int64) {
        self.nanoseconds = nanoseconds
    }

    public static func < (a: MonotonicInstant, b: MonotonicInstant) -> Bool {
        a.nanoseconds < b.nanoseconds
    }

    /// `self` moved by `seconds` (negative moves back).
    public func adding(seconds: Double) -> MonotonicInstant {
        MonotonicInstant(nanoseconds: nanoseconds &+ Int64((seconds * 1e9).rounded()))
    }

    /// Seconds from `earlier` to `self`.
    public func seconds(since earlier: MonotonicInstant) -> Double {
        Double(nanoseconds &- earlier.nanoseconds) / 1e9
    }
}

/// Where the runners get the time. The real one reads `CLOCK_MONOTONIC`; tests use
/// `ManualClock` and move time by hand, so no test sleeps or depends on machine speed.
public protocol MonotonicClock {
    func now() -> MonotonicInstant
}

/// `CLOCK_MONOTONIC`: does not jump with the wall clock. Unlike `CLOCK_BOOTTIME` it stops
/// during system suspend, which is what a paused evening wants: a laptop lid closed in the
/// middle of a breathing exercise should not silently eat the remaining time.
public struct SystemMonotonicClock: MonotonicClock, Sendable {
    public init() {}

    public func now() -> MonotonicInstant {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return MonotonicInstant(nanoseconds: Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec))
    }
}

/// A clock that only moves when told to: tests drive the runners with it, and a scripted
/// input source advances it to each deadline instead of sleeping.
public final class ManualClock: MonotonicClock {
    public private(set) var current: MonotonicInstant

    public init(start: MonotonicInstant = MonotonicInstant(nanoseconds: 1_000_000_000)) {
        current = start
    }

    public func now() -> MonotonicInstant { current }

    public func advance(seconds: Double) {
        current = current.adding(seconds: seconds)
    }

    /// Moves forward to `instant`; never backwards, as a monotonic clock cannot.
    public func advance(to instant: MonotonicInstant) {
        if instant > current { current = instant }
    }
}
