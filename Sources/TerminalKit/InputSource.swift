/// What a key-driven loop (timer, breathing pacer) waits on.
public enum InputEvent: Equatable, Sendable {
    case bytes([UInt8])
    /// Ctrl-C (SIGINT).
    case interrupt
    /// The window changed size (SIGWINCH), or the process was resumed after Ctrl-Z
    /// (SIGCONT): either way the line must be drawn again.
    case resize
    /// Standard input is closed; no more keys will come.
    case endOfInput
    /// The deadline passed with nothing to report.
    case timeout
}

/// Keys and terminal signals, waited for with a deadline. The runners depend on this, not
/// on file descriptors, so tests can script key presses against a `ManualClock`.
public protocol InputSource: AnyObject {
    /// Waits until input arrives or the clock reaches `deadline` (`nil`: no deadline).
    /// Sleeps in the kernel in between; never spins.
    func wait(until deadline: MonotonicInstant?) -> InputEvent
    /// Runs `body` with single-key input (no line buffering, no echo) where that applies.
    func withKeyMode<T>(_ body: () -> T) -> T
    /// Ctrl-Z: hand the terminal back as it was and stop the process until `fg`.
    func suspend()
}

extension InputSource {
    public func suspend() {}
}
