import DateNightCore
import SessionStore

extension TerminalFrontEnd {
    /// `play` and `resume` at a terminal: the same start and messages as from plain lines,
    /// then the interactive player. Ctrl-D or /quit end with status 0; a failed save with 74.
    func play(_ session: GameSession, recorder: StoreRecorder, resuming: Bool, notes: [String], global: GlobalOptions) throws {
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
        switch play(session: session, first: first, notes: notes, stopNote: hint) {
        case .finished, .stopped:
            return
        case .recordingFailed:
            throw ExitStatus.ioError
        }
    }
}
