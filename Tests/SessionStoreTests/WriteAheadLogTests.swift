import Foundation
import GRDB
@testable import SessionStore
import Testing

/// The log reader against logs SQLite itself wrote: what SQLite would replay counts as
/// committed, and damage to a committed frame is caught by comparing with the index.
@Suite("Write-ahead log checks")
struct WriteAheadLogTests {
    /// A database in WAL mode with `commits` small transactions still in its log (the queue is
    /// kept open, so closing cannot copy them into the file).
    func logWithCommits(_ commits: Int, in folder: String) throws -> DatabaseQueue {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: folder + "/db.sqlite")
        try queue.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
            try db.execute(sql: "CREATE TABLE t (x TEXT)")
            try db.execute(sql: "PRAGMA user_version = 7")
        }
        for index in 0..<commits {
            try queue.write { try $0.execute(sql: "INSERT INTO t VALUES (?)", arguments: ["row \(index)"]) }
        }
        return queue
    }

    @Test func everyFrameOfALogSQLiteWroteIsCommittedAndTheNewestHeaderIsFound() throws {
        let folder = temporaryDataDirectory().path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let queue = try logWithCommits(5, in: folder)
        defer { try? queue.close() }
        let file = folder + "/db.sqlite"
        let log = try #require(try WriteAheadLog.read(log: file + "-wal", index: file + "-shm"))
        let size = try #require(FileManager.default.contents(atPath: file + "-wal")).count
        #expect(log.committedFrames == (size - 32) / (24 + log.pageSize), "every frame is part of a commit")
        let index = try #require(WALIndex(bytes: FileManager.default.contents(atPath: file + "-shm").map { [UInt8]($0) }))
        #expect(index.maxFrame == log.committedFrames, "the index counts the same frames")
        let header = try #require(log.firstPage)
        #expect(header.bigEndianWord(at: 60) == 7, "the user version set in the log is read from the log")
    }

    @Test func aFlippedByteInACommittedFrameIsDamage() throws {
        let folder = temporaryDataDirectory().path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let queue = try logWithCommits(3, in: folder)
        defer { try? queue.close() }
        let file = folder + "/db.sqlite"
        var bytes = [UInt8](try #require(FileManager.default.contents(atPath: file + "-wal")))
        bytes[32 + 24 + 100] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/copy-wal"))
        try FileManager.default.copyItem(atPath: file + "-shm", toPath: folder + "/copy-shm")
        #expect(throws: WriteAheadLog.Damage.self) {
            _ = try WriteAheadLog.read(log: folder + "/copy-wal", index: folder + "/copy-shm")
        }
        // Without the index to compare with, it reads as SQLite would: up to the bad frame.
        let alone = try #require(try WriteAheadLog.read(log: folder + "/copy-wal", index: folder + "/none"))
        #expect(alone.committedFrames == 0)
    }
}
