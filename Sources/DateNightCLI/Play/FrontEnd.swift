import DateNightCore
import SessionStore

/// How a session ended for the front end that played it.
enum PlayOutcome: Equatable {
    case finished
    /// The players stopped for tonight (/quit, Ctrl-D, a confirmed stop); the session is saved.
    case stopped
    /// Plain lines ran out: nothing more can be asked.
    case endOfInput
    case recordingFailed
}

/// The one thing that differs between a live terminal and plain lines: how a session's steps
/// are shown and answered. Everything around a session (names, menus, the evening) talks to
/// `screen` and `keyboard`, which work the same in both, so one evening loop serves both.
protocol FrontEnd: AnyObject {
    var screen: ScreenWriter { get }
    var keyboard: Keyboard { get }
    /// False when reading plain lines: nothing to redraw, no keys to wait for.
    var isInteractive: Bool { get }
    /// Plays a started session from `first` to its end, or until the players stop.
    func play(_ session: GameSession, first: Step, notes: [String], stopNote: String?) -> PlayOutcome
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
            throw error.reported()
        } catch {
            throw UserFacingError(message: "could not start the session: \(error)", status: ExitStatus.ioError).reported()
        }
        var notes = notes
        if let opening = SessionMessages.opening(recorder: recorder, progress: session.interpreter.progress, resuming: resuming, global: global) {
            notes.append(opening)
        }
        let hint = SessionMessages.resumeHint(recorder: recorder, global: global)
        return play(session, first: first, notes: notes, stopNote: hint)
    }
}
