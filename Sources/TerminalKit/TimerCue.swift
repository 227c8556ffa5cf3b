/// A gentle line shown once while a timer runs ("Halfway. Switch who talks.").
public struct TimerCue: Sendable, Equatable {
    /// Elapsed seconds (in the timer's own time) at which the line appears.
    public var atSecond: Double
    public var message: String

    public init(atSecond: Double, message: String) {
        self.atSecond = atSecond
        self.message = message
    }

    public static func halfway(of totalSeconds: Double, message: String = "Halfway.") -> TimerCue {
        TimerCue(atSecond: totalSeconds / 2, message: message)
    }
}
