import DateNightCore
import SessionStore

/// A live terminal or plain lines, for as long as a command runs. How a session's steps are
/// shown and answered is its `StepPlayer`; everything around a session (names, menus, the
/// evening) talks to `screen` and `keyboard`, which work the same in both, so one evening loop
/// and one play loop serve both.
protocol FrontEnd: AnyObject {
    var screen: ScreenWriter { get }
    var keyboard: Keyboard { get }
    /// False when reading plain lines: nothing to redraw, no keys to wait for.
    var isInteractive: Bool { get }
    /// What was explained this evening, across every scene this front end plays.
    var told: Told { get }
    /// Shows and answers `session`'s steps for the play loop.
    func stepPlayer(for session: GameSession) -> any StepPlayer
}

extension FrontEnd {
    /// `play`, `resume` and the evening all come here: start (or resume) the recorded session,
    /// say which session it is, then play it. A session that cannot start is an error with the
    /// right exit status; the outcome says how play ended.
    func play(_ session: GameSession, recorder: StoreRecorder, resuming: Bool, notes: [String], global: GlobalOptions) throws -> PlayOutcome {
        let first: Step
        do {
            first = resuming ? try session.resume() : try session.start()
        } catch let error as SessionStoreError {
            // Already in words: the top reports it as it is.
            throw error
        } catch {
            throw UserFacingError(message: "could not start the session: \(error)", status: ExitStatus.ioError)
        }
        var notes = notes
        if let opening = SessionMessages.opening(recorder: recorder, progress: session.interpreter.progress, resuming: resuming, global: global) {
            notes.append(opening)
        }
        let hint = SessionMessages.resumeHint(recorder: recorder, global: global)
        return PlayLoop(session: session, player: stepPlayer(for: session), told: told)
            .play(first: first, notes: notes, stopNote: hint)
    }
}
