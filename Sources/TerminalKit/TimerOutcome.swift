/// How a timed step ended. Elapsed seconds are in the step's own time (already divided by
/// the time scale), so a rehearsal records the same numbers a real evening would.
public enum TimerOutcome: Equatable, Sendable {
    case finished
    /// `s`: the players moved on early.
    case skipped(elapsedSeconds: Double)
    /// `q` or Ctrl-C: the players want to stop the game here.
    case quit(elapsedSeconds: Double)
}
