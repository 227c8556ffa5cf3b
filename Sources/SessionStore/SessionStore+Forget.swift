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
        let removed: Int = try performForget(targets, date: date)
        do {
            try vacuum()
        } catch {
            throw Self.translate(error, file: directory.databasePath)
        }
        locks.forEach(retire)
        return Forgotten(sessions: targets, answers: removed)
    }

    private func performForget(_ ids: [Int64], date: Date) throws(SessionStoreError) -> Int {
        do {
            return try writer.write { db in
                var removed = 0
                for id in ids {
                    try db.execute(sql: "DELETE FROM answer WHERE sessionID = ?", arguments: [id])
                    removed += db.changesCount
                    try db.execute(sql: "UPDATE exercise SET label = NULL WHERE sessionID = ?", arguments: [id])
                    try db.execute(sql: """
                        UPDATE session SET engineState = NULL, recordsAnswers = 0, forgottenAt = ?
                        WHERE id = ?
                        """, arguments: [date, id])
                }
                return removed
            }
        } catch {
            throw Self.translate(error, file: directory.databasePath)
        }
    }

    private func vacuum() throws {
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "VACUUM")
            // (busy, log frames, frames checkpointed): busy means a reader kept old pages alive
            // past the busy timeout, so the log could not be emptied. Say so rather than claim
            // the answers are gone; running forget again finishes the job.
            if let result = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)"),
               let busy = try? result.decode(Int.self, atIndex: 0), busy != 0 {
                throw SessionStoreError.busy(file: directory.databasePath)
            }
        }
    }
}
