import DateNightCore
import Foundation
import GRDB
import Synchronization

/// The saves: sessions, the answers given in them, timed exercises and the deck questions a
/// couple has explored, in one SQLite file in the data folder.
///
/// Nothing is lost: every accepted input is one small transaction, committed durably (WAL,
/// synchronous FULL) before the game shows the next prompt. Opening checks the file is a
/// datenight save, of a layout this build knows, and undamaged, before anything is written
/// (SessionStore+Opening.swift). A SIGKILL or a power cut at any moment loses at most the
/// line being typed. Several processes may use the file at once (one playing, others listing
/// or reading the journal); a session itself is played by one process at a time (`lock`).
public final class SessionStore: Sendable {
    public let directory: DataDirectory
    private let queue: DatabaseQueue

    /// For the extensions beside this file.
    var writer: DatabaseQueue { queue }

    /// Readers and writers wait this long for each other before giving up with `.busy`.
    /// Transactions here last milliseconds; only a stuck process holds one for seconds.
    static let busyTimeout: TimeInterval = 10

    /// Whether this store may write: read-only commands open the file read-only.
    let isWriter: Bool

    /// A full snapshot of the engine state is kept at the start, on resume, at the end and
    /// every this many steps; in between each step saves only what it changed, so resuming
    /// applies at most this many changes to the snapshot.
    static let snapshotInterval = 64

    /// The state each session being recorded here was last saved at, which the next step's
    /// change is taken against. Set only once a transaction has committed.
    private let lastSaved = Mutex<[Int64: EngineState]>([:])

    /// For tests: the bytes of the values the latest `record` wrote for its step (the state
    /// or its change, the input); it must not grow with the session.
    let lastRecordBytes = Mutex(0)

    init(directory: DataDirectory, queue: DatabaseQueue, isWriter: Bool) {
        self.directory = directory
        self.queue = queue
        self.isWriter = isWriter
    }

    /// A clean exit: the log's changes are copied into the file and the log emptied, so the
    /// file alone holds everything. https://www.sqlite.org/pragma.html#pragma_wal_checkpoint
    deinit {
        if isWriter { checkpoint() }
    }

    private var file: String { directory.databasePath }

    /// Every failure as something a person can act on, naming the file.
    static func translate(_ error: any Error, file: String) -> SessionStoreError {
        if let error = error as? SessionStoreError { return error }
        guard let error = error as? DatabaseError else {
            if error is RowDecodingError || error is DecodingError {
                return .damaged(file: file, reason: "a saved value has an unexpected type")
            }
            return .failed(file: file, reason: "\(error)")
        }
        let reason = error.message ?? error.resultCode.description
        // SQLite says "disk I/O error" or "unable to open" when the log's index cannot grow on
        // a full disk; the free space says what really happened.
        if [.SQLITE_FULL, .SQLITE_IOERR, .SQLITE_CANTOPEN].contains(error.resultCode),
           DataDirectory.hasNoSpaceLeft(for: file) {
            return .writeFailed(file: file, reason: "the disk is full")
        }
        switch error.resultCode {
        case .SQLITE_NOTADB: return .damaged(file: file, reason: "it is not a datenight save file")
        case .SQLITE_CORRUPT, .SQLITE_FORMAT: return .damaged(file: file, reason: reason)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH, .SQLITE_READONLY:
            return .unreadable(file: file, reason: reason)
        case .SQLITE_FULL: return .writeFailed(file: file, reason: "the disk is full")
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(file: file)
        default: return .failed(file: file, reason: reason)
        }
    }

    private func perform<T>(_ body: () throws -> T) throws(SessionStoreError) -> T {
        do {
            return try body()
        } catch {
            throw Self.translate(error, file: file)
        }
    }

    // MARK: - Recording

    /// Saves a new session at its first step and takes its lock, inside one transaction, so
    /// no other process can resume it before this one holds it.
    public func begin(_ new: NewSession, state: EngineState, progress: SessionProgress,
                      at date: Date = Date()) throws(SessionStoreError) -> (id: Int64, lock: SessionLock) {
        try directory.prepare()
        let stateJSON = new.recordsAnswers ? try encode(state) : nil
        let started = try perform {
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO session (sceneID, sceneTitle, sceneHash, sceneFile, sceneKinds, player1, player2, seed,
                                         recordsAnswers, engineState, snapshotStep, stepsDone, stepsLeft, finished, startedAt, updatedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [
                        new.sceneID, new.sceneTitle, new.sceneHash, new.sceneFile, new.sceneKinds.joined(separator: ","),
                        new.players.first ?? "", new.players.dropFirst().first ?? "", DecimalSeed(new.seed),
                        new.recordsAnswers, stateJSON, stateJSON == nil ? nil : state.stepsDone,
                        progress.stepsDone, progress.fewestStepsLeft, state.isFinished, date, date,
                    ])
                let id = db.lastInsertedRowID
                let lock = try SessionLock(session: id, path: directory.lockPath(for: id))
                return (id, lock)
            }
        }
        if new.recordsAnswers { lastSaved.withLock { $0[started.0] = state } }
        return started
    }

    /// Saves what one accepted input changed, in one transaction: the answers and exercises
    /// its events report, the explored questions, and the engine state after it: as the input
    /// and the change it made, or, every `snapshotInterval` steps, whole.
    public func record(session id: Int64, input: Input? = nil, events: [Event], state: EngineState, progress: SessionProgress,
                       recordsAnswers: Bool, elapsedSeconds: Double? = nil, at date: Date = Date()) throws(SessionStoreError) {
        var stateJSON: String?
        var changeJSON: String?
        var inputJSON: String?
        if recordsAnswers {
            let previous = lastSaved.withLock { $0[id] }
            if let previous, state.stepsDone > previous.stepsDone, !state.isFinished,
               state.stepsDone % Self.snapshotInterval != 0 {
                changeJSON = try encode(StateChange(from: previous, to: state))
            } else {
                stateJSON = try encode(state)
            }
            if let input { inputJSON = try encode(input) }
        }
        try perform {
            try queue.write { db in
                for event in events {
                    switch event {
                    case .recorded(let record):
                        if recordsAnswers {
                            try SavedAnswer(sessionID: id, step: state.stepsDone, record: record, at: date).insert(db)
                        }
                        if let question = record.questionID, !record.response.isPass, !record.isChoice {
                            try ExploredQuestion(sessionID: id, sceneID: record.sceneID, questionID: question, exploredAt: date)
                                .insert(db, onConflict: .ignore)
                        }
                    case .exercise(let exercise):
                        try SavedExercise(sessionID: id, step: state.stepsDone, record: exercise,
                                          label: recordsAnswers ? exercise.label.sceneText : nil,
                                          elapsedSeconds: elapsedSeconds, at: date).insert(db)
                    default:
                        break
                    }
                }
                if let stateJSON {
                    try updateSession(id, db: db, stateJSON: stateJSON, snapshotStep: state.stepsDone, progress: progress,
                                      finished: state.isFinished, date: date)
                } else {
                    try updateCounts(id, db: db, progress: progress, finished: state.isFinished, date: date)
                }
                if recordsAnswers {
                    try db.execute(sql: "INSERT OR REPLACE INTO step (sessionID, step, input, change) VALUES (?, ?, ?, ?)",
                                   arguments: [id, state.stepsDone, inputJSON, changeJSON])
                }
            }
        }
        if recordsAnswers { lastSaved.withLock { $0[id] = state } }
        lastRecordBytes.withLock { $0 = [stateJSON, changeJSON, inputJSON].reduce(0) { $0 + ($1?.utf8.count ?? 0) } }
        // The end of a scene is a quiet moment to move the whole evening into the file.
        if state.isFinished { checkpoint() }
    }

    /// Saves the state a resumed session continues from (the scene may have moved it on), and
    /// the scene's hash as it is now.
    public func resumed(session id: Int64, state: EngineState, progress: SessionProgress, sceneHash: String,
                        at date: Date = Date()) throws(SessionStoreError) {
        let stateJSON = try encode(state)
        try perform {
            try queue.write { db in
                try db.execute(sql: "UPDATE session SET sceneHash = ? WHERE id = ?", arguments: [sceneHash, id])
                try updateSession(id, db: db, stateJSON: stateJSON, snapshotStep: state.stepsDone, progress: progress,
                                  finished: state.isFinished, date: date)
            }
        }
        lastSaved.withLock { $0[id] = state }
    }

    private func updateSession(_ id: Int64, db: Database, stateJSON: String?, snapshotStep: Int?, progress: SessionProgress,
                               finished: Bool, date: Date) throws {
        try db.execute(sql: """
            UPDATE session SET engineState = ?, snapshotStep = ?, stepsDone = ?, stepsLeft = ?, finished = ?, updatedAt = ?
            WHERE id = ?
            """, arguments: [stateJSON, stateJSON == nil ? nil : snapshotStep, progress.stepsDone, progress.fewestStepsLeft,
                             finished, date, id])
        guard db.changesCount == 1 else { throw SessionStoreError.noSuchSession(id) }
    }

    /// A step saved as a change: the snapshot stays, the counts move on.
    private func updateCounts(_ id: Int64, db: Database, progress: SessionProgress, finished: Bool, date: Date) throws {
        try db.execute(sql: "UPDATE session SET stepsDone = ?, stepsLeft = ?, finished = ?, updatedAt = ? WHERE id = ?",
                       arguments: [progress.stepsDone, progress.fewestStepsLeft, finished, date, id])
        guard db.changesCount == 1 else { throw SessionStoreError.noSuchSession(id) }
    }

    private func encode(_ state: some Encodable) throws(SessionStoreError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            return String(decoding: try encoder.encode(state), as: UTF8.self)
        } catch {
            throw .failed(file: file, reason: "the game's state could not be written down: \(error)")
        }
    }

    // MARK: - Reading

    /// Every session, the most recently played first.
    public func sessions() throws(SessionStoreError) -> [SavedSession] {
        try perform {
            try queue.read { db in
                try SavedSession.fetchAll(db, sql: SavedSession.selection + " ORDER BY updatedAt DESC, id DESC")
            }
        }
    }

    /// The sessions a person's list shows, the most recently played first, at most `limit`,
    /// and how many there are in all. Kept means something was recorded: not `--no-record`
    /// plays, nor plays that stopped before their first answer; forgotten ones stay, so the
    /// list can say so. Two indexed queries, so a long history costs what a short one does.
    public func keptSessions(limit: Int?) throws(SessionStoreError) -> (sessions: [SavedSession], total: Int) {
        let kept = " WHERE (recordsAnswers OR forgottenAt IS NOT NULL) AND (stepsDone > 0 OR finished)"
        return try perform {
            try queue.read { db in
                let sessions = try SavedSession.fetchAll(
                    db, sql: SavedSession.selection + kept + " ORDER BY updatedAt DESC, id DESC LIMIT ?",
                    arguments: [limit ?? -1])
                let complete = limit.map { sessions.count < $0 } ?? true
                if complete { return (sessions, sessions.count) }
                return (sessions, try Int.fetchOne(db, sql: "SELECT count(*) FROM session" + kept) ?? sessions.count)
            }
        }
    }

    public func session(_ id: Int64) throws(SessionStoreError) -> SavedSession {
        let found = try perform {
            try queue.read { db in
                try SavedSession.fetchOne(db, sql: SavedSession.selection + " WHERE id = ?", arguments: [id])
            }
        }
        guard let found else { throw .noSuchSession(id) }
        return found
    }

    /// The most recently played session, in one indexed query whatever the number saved.
    public func latest() throws(SessionStoreError) -> SavedSession? {
        try perform {
            try queue.read { db in
                try SavedSession.fetchOne(db, sql: SavedSession.selection + " ORDER BY updatedAt DESC, id DESC LIMIT 1")
            }
        }
    }

    /// The most recently played session that can be continued (`SavedSession.isResumable`).
    public func latestResumable() throws(SessionStoreError) -> SavedSession? {
        try perform {
            try queue.read { db in
                try SavedSession.fetchOne(db, sql: SavedSession.selection
                    + " WHERE finished = 0 AND engineState IS NOT NULL ORDER BY updatedAt DESC, id DESC LIMIT 1")
            }
        }
    }

    /// The scenes played in any session, and those played to the end, without reading every session.
    public func playedScenes() throws(SessionStoreError) -> (played: Set<String>, finished: Set<String>) {
        let rows = try perform {
            try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT sceneID, max(finished) AS finished FROM session GROUP BY sceneID")
            }
        }
        var played: Set<String> = [], finished: Set<String> = []
        for row in rows {
            let scene: String = row["sceneID"]
            played.insert(scene)
            if row["finished"] as Bool? == true { finished.insert(scene) }
        }
        return (played, finished)
    }

    /// The state to continue from; nil when none is kept (not recorded, or forgotten): the
    /// latest snapshot with the changes of the steps after it applied, in order.
    public func engineState(of id: Int64) throws(SessionStoreError) -> EngineState? {
        let (json, changes) = try perform {
            try queue.read { db -> (String?, [String]) in
                let row = try Row.fetchOne(db, sql: "SELECT engineState, snapshotStep FROM session WHERE id = ?", arguments: [id])
                guard let json: String = row?["engineState"] else { return (nil, []) }
                // A save from before snapshots (snapshotStep NULL) holds its state whole.
                guard let snapshotStep: Int = row?["snapshotStep"] else { return (json, []) }
                let changes = try String.fetchAll(db, sql: """
                    SELECT change FROM step WHERE sessionID = ? AND step > ? AND change IS NOT NULL ORDER BY step
                    """, arguments: [id, snapshotStep])
                return (json, changes)
            }
        }
        guard let json else { return nil }
        do {
            let decoder = JSONDecoder()
            var state = try decoder.decode(EngineState.self, from: Data(json.utf8))
            for change in changes {
                try decoder.decode(StateChange.self, from: Data(change.utf8)).apply(to: &state)
            }
            return state
        } catch {
            throw .damaged(file: file, reason: "the saved state of session \(id) cannot be read")
        }
    }

    /// A session's answers in the order they were given, or every session's, session by session.
    public func answers(of id: Int64? = nil) throws(SessionStoreError) -> [SavedAnswer] {
        try perform {
            try queue.read { db in
                if let id {
                    return try SavedAnswer.fetchAll(db, sql: "SELECT * FROM answer WHERE sessionID = ? ORDER BY id", arguments: [id])
                }
                // One query for a listing of every session: a query each was 1,000 statements to
                // prepare for 1,000 sessions, most of `progress`.
                return try SavedAnswer.fetchAll(db, sql: "SELECT * FROM answer ORDER BY sessionID, id")
            }
        }
    }

    /// Timed exercises, of one session or all of them, in the order they ended.
    public func exercises(of id: Int64? = nil) throws(SessionStoreError) -> [SavedExercise] {
        try perform {
            try queue.read { db in
                if let id {
                    return try SavedExercise.fetchAll(db, sql: "SELECT * FROM exercise WHERE sessionID = ? ORDER BY id", arguments: [id])
                }
                return try SavedExercise.fetchAll(db, sql: "SELECT * FROM exercise ORDER BY id")
            }
        }
    }

    /// Every deck question explored in any session, as the engine names them ("scene/question").
    public func exploredQuestions() throws(SessionStoreError) -> Set<String> {
        let rows = try perform {
            try queue.read { db in try ExploredQuestion.fetchAll(db, sql: "SELECT * FROM exploredQuestion") }
        }
        return Set(rows.map(\.key))
    }

    // MARK: - Two at once

    /// Claims a session for this process, or throws `.inUse` when another one plays it.
    public func lock(_ id: Int64) throws(SessionStoreError) -> SessionLock {
        try directory.prepare()
        return try SessionLock(session: id, path: directory.lockPath(for: id))
    }

    /// Drops the lock file of a session nobody can continue any more (finished or forgotten),
    /// while holding it, so the locks folder does not fill up.
    public func retire(_ lock: SessionLock) {
        _ = unlink(directory.lockPath(for: lock.session))
        lock.release()
    }
}
