import DateNightCore
import SessionStore

/// Records a session in the saves: the recorder every front end's play loop talks to through
/// `GameSession`. Each call is one durable transaction, so what the players see next is
/// already on disk.
final class StoreRecorder: SessionRecorder {
    let store: SessionStore
    /// False for `--no-record`: counts are kept, answers and the engine state are not.
    let recordsAnswers: Bool
    private(set) var sessionID: Int64?
    private var newSession: NewSession?
    private var sceneHash: String
    private var lock: SessionLock?

    /// A new session, saved (and locked) when its first step is recorded.
    init(store: SessionStore, newSession: NewSession) {
        self.store = store
        self.newSession = newSession
        recordsAnswers = newSession.recordsAnswers
        sceneHash = newSession.sceneHash
    }

    /// A saved session being continued by the process that holds its lock.
    init(store: SessionStore, resuming id: Int64, lock: SessionLock, sceneHash: String) {
        self.store = store
        sessionID = id
        self.lock = lock
        self.sceneHash = sceneHash
        recordsAnswers = true
    }

    func began(state: EngineState, progress: SessionProgress, step: Step) throws {
        if let newSession {
            let (id, lock) = try store.begin(newSession, state: state, progress: progress)
            sessionID = id
            self.lock = lock
            self.newSession = nil
        } else if let sessionID {
            try store.resumed(session: sessionID, state: state, progress: progress, sceneHash: sceneHash)
        }
        if state.isFinished { retireLock() }
    }

    func recorded(input: Input, step: Step, state: EngineState, progress: SessionProgress, elapsedSeconds: Double?) throws {
        guard let sessionID else { throw SessionStoreError.failed(file: store.directory.databasePath, reason: "the session was never started") }
        try store.record(session: sessionID, input: input, events: step.events.map(Self.labelled), state: state, progress: progress,
                         recordsAnswers: recordsAnswers, elapsedSeconds: elapsedSeconds)
        if state.isFinished { retireLock() }
    }

    /// Saves keep an exercise under the words the players knew it by, as the journal shows
    /// them; the core names one without a label in the scene only by its kind.
    private static func labelled(_ event: Event) -> Event {
        guard case .exercise(var exercise) = event, exercise.label.sceneText == nil else { return event }
        exercise.label = .text(Wording.exerciseLabel(exercise.label))
        return .exercise(exercise)
    }

    /// A finished session cannot be resumed, so its lock file is no longer needed.
    private func retireLock() {
        guard let lock else { return }
        store.retire(lock)
        self.lock = nil
    }
}
