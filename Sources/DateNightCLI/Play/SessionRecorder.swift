import DateNightCore

/// Where a session's steps go as they happen. The play loop calls it after every input and
/// before showing the next request, so a recorder that commits durably loses nothing but the
/// line being typed.
protocol SessionRecorder: AnyObject {
    /// A new session began (or a saved one was resumed) at `state`, showing `step`.
    func began(state: EngineState, progress: SessionProgress, step: Step) throws
    /// `input` was accepted; `step` is what it led to and `state` the engine's state after it.
    /// `elapsedSeconds` is how long a timed exercise really ran, when the front end measured it.
    func recorded(input: Input, step: Step, state: EngineState, progress: SessionProgress, elapsedSeconds: Double?) throws
}
