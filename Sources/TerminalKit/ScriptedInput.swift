/// A fake `InputSource` for tests: events at given clock times. Waiting advances the
/// `ManualClock` to the next event or the deadline, whichever comes first, so a five-minute
/// timer runs in microseconds and every run is identical.
public final class ScriptedInput: InputSource {
    public struct Step: Sendable {
        /// Seconds after the script's start instant.
        public var at: Double
        public var event: InputEvent

        public init(at: Double, _ event: InputEvent) {
            self.at = at
            self.event = event
        }
    }

    private let clock: ManualClock
    private let start: MonotonicInstant
    private var steps: [Step]
    /// Every deadline the runner asked to be woken at, for scheduling tests.
    public private(set) var deadlines: [MonotonicInstant] = []

    public init(clock: ManualClock, steps: [Step]) {
        self.clock = clock
        self.start = clock.now()
        self.steps = steps.sorted { $0.at < $1.at }
    }

    public func withKeyMode<T>(_ body: () -> T) -> T { body() }

    public func wait(until deadline: MonotonicInstant?) -> InputEvent {
        if let deadline { deadlines.append(deadline) }
        if let next = steps.first {
            let when = start.adding(seconds: next.at)
            if deadline.map({ when <= $0 }) ?? true {
                steps.removeFirst()
                clock.advance(to: when)
                return next.event
            }
        }
        guard let deadline else { return .endOfInput }
        clock.advance(to: deadline)
        return .timeout
    }
}
