import Foundation
import GRDB

extension SessionStore {
    /// What forgetting removed.
    public struct Forgotten: Sendable, Hashable {
        public var sessions: [Int64]
        public var answers: Int
    }

    /// Removes the answers of the given sessions for good, or of all of them (nil).
    ///
    /// Gone: every answer and pass, the engine state (it holds answers the scene quotes back),
    /// and exercise labels (scene text may quote an answer). Kept, as for `--no-record`: the
    /// session's number, scene, names, dates and counts, so progress still adds up. A session
    /// being played in another process is not touched: the whole call fails with `.inUse`.
    /// Nor is anything forgotten while another program holds the file open in a transaction
    /// (`.heldOpen`): its copies of the words could not be wiped.
    ///
    /// Deleting is not enough for answers this private: SQLite would only mark the space free.
    /// `secure_delete` (on for every connection) zeroes it; VACUUM then rebuilds the whole file
    /// so no freed page is left holding old text (its transient copy stays in memory, as
    /// `temp_store = MEMORY`); and a TRUNCATE checkpoint copies the rebuilt pages over the old
    /// ones in the database file and empties the write-ahead log, which held them meanwhile.
    /// See https://www.sqlite.org/pragma.html#pragma_secure_delete,
    /// https://www.sqlite.org/lang_vacuum.html and https://www.sqlite.org/pragma.html#pragma_wal_checkpoint
    public func forget(_ ids: [Int64]? = nil, at date: Date = Date()) throws(SessionStoreError) -> Forgotten {
        let targets: [Int64]
        if let ids {
            for id in ids { _ = try session(id) }
            targets = ids
        } else {
            targets = try sessions().map(\.id)
        }
        // All locks first: one session in use anywhere and nothing is forgotten.
        var locks: [SessionLock] = []
        defer { locks.forEach { $0.release() } }
        for id in targets {
            locks.append(try lock(id))
        }
        // Then the log must be empty of readers: a reader in the middle of a transaction (a
        // backup, an sqlite3 shell) keeps old pages, words included, alive in the log until it
        // ends. Found now, nothing is forgotten; forgetting first would leave the words on disk.
        try emptyLog(waitingSeconds: 3)
        let removed: Int = try performForget(targets, date: date)
        do {
            try writer.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
        } catch {
            throw Self.translate(error, file: directory.databasePath)
        }
        do {
            // A reader that arrived in the milliseconds since: wait for it, as long as the
            // busy timeout allows, and say plainly what is left if it stays.
            try emptyLog(waitingSeconds: Self.busyTimeout)
        } catch .heldOpen(let file, _) {
            throw .heldOpen(file: file, forgottenButNotWiped: true)
        }
        locks.forEach(retire)
        return Forgotten(sessions: targets, answers: removed)
    }

    /// A TRUNCATE checkpoint: every page copied into the file and the log emptied, or
    /// `.heldOpen` when a reader kept old pages in use for `waitingSeconds`.
    /// See https://www.sqlite.org/pragma.html#pragma_wal_checkpoint
    ///
    /// A reader that began before the last commit blocks it even when it reads only from the
    /// file, so the check first commits a change of nothing (the layout version written again),
    /// which the checkpoint must then copy past every such reader.
    private func emptyLog(waitingSeconds: TimeInterval) throws(SessionStoreError) {
        let busy: Bool
        do {
            busy = try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA user_version = \(SaveFileFormat.version)")
                try db.execute(sql: "PRAGMA busy_timeout = \(Int(waitingSeconds * 1000))")
                defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Int(Self.busyTimeout * 1000))") }
                // (busy, log frames, frames checkpointed); busy = 1 when a reader held on.
                let result = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                return (try result.map { try $0.decode(Int.self, atIndex: 0) } ?? 0) != 0
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            busy = true
        } catch {
            throw Self.translate(error, file: directory.databasePath)
        }
        if busy { throw .heldOpen(file: directory.databasePath, forgottenButNotWiped: false) }
    }

    private func performForget(_ ids: [Int64], date: Date) throws(SessionStoreError) -> Int {
        do {
            return try writer.write { db in
                var removed = 0
                for id in ids {
                    try db.execute(sql: "DELETE FROM answer WHERE sessionID = ?", arguments: [id])
                    removed += db.changesCount
                    try db.execute(sql: "UPDATE exercise SET label = NULL WHERE sessionID = ?", arguments: [id])
                    // The steps' inputs and changes hold the answers too.
                    try db.execute(sql: "DELETE FROM step WHERE sessionID = ?", arguments: [id])
                    try db.execute(sql: """
                        UPDATE session SET engineState = NULL, snapshotStep = NULL, recordsAnswers = 0, forgottenAt = ?
                        WHERE id = ?
                        """, arguments: [date, id])
                }
                return removed
            }
        } catch {
            throw Self.translate(error, file: directory.databasePath)
        }
    }

}
