import Foundation

/// How a file says "I am a datenight save, of this layout": SQLite's `application_id` and
/// `user_version` header fields (https://www.sqlite.org/fileformat2.html#database_header),
/// checked together with GRDB's table of applied migrations.
///
/// A save made before these marks existed has both at 0; it is recognised by its tables and
/// marked the first time a command that writes opens it.
enum SaveFileFormat {
    /// "DNgt": ours, and not one registered at https://www.sqlite.org/src/artifact?ci=trunk&filename=magic.txt
    static let applicationID: Int32 = 0x444E_6774
    /// The layout version: the number of migrations this datenight knows. A file with a larger
    /// one was written by a newer datenight.
    static var version: Int { SessionStore.migrator.migrations.count }
    /// The tables a save may hold; any other means it belongs to another program.
    static let tables: Set<String> = ["session", "answer", "exercise", "exploredQuestion", "step", "grdb_migrations", "sqlite_sequence"]

    /// What the bytes of the save file, its log and its index say, before SQLite opens them.
    struct Marks {
        /// True when the file is empty: nothing was ever saved in it.
        var isEmpty: Bool
        var applicationID: Int32
        var userVersion: Int32
        /// A rollback journal left by a process that died while setting up a new file:
        /// SQLite must roll it back, which only a connection that may write can do.
        var hasHotJournal: Bool
    }

    /// Reads the marks from the newest committed copy of the header (in the log when it has
    /// one) and checks the log; throws for a file that is damaged, not a save, or newer.
    static func marks(of file: String) throws(SessionStoreError) -> Marks {
        let main: [UInt8]
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: file))
            defer { try? handle.close() }
            main = [UInt8](try handle.read(upToCount: 100) ?? Data())
        } catch {
            throw .unreadable(file: file, reason: (error as NSError).localizedFailureReason ?? "\(error)")
        }
        let journal = (try? FileManager.default.attributesOfItem(atPath: file + "-journal"))?[.size] as? Int ?? 0
        let log: WriteAheadLog?
        do {
            log = try WriteAheadLog.read(log: file + "-wal", index: file + "-shm")
        } catch {
            throw .damaged(file: file, reason: error.reason)
        }
        if main.isEmpty, log == nil {
            return Marks(isEmpty: true, applicationID: 0, userVersion: 0, hasHotJournal: journal > 0)
        }
        let header = log?.firstPage.map { Array($0.prefix(100)) } ?? main
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw .damaged(file: file, reason: "it does not begin as an SQLite database does, so it is not a datenight save file")
        }
        let pageSize = Int(header[16]) << 8 | Int(header[17])
        let realPageSize = pageSize == 1 ? 65536 : pageSize
        guard realPageSize >= 512, realPageSize & (realPageSize - 1) == 0 else {
            throw .damaged(file: file, reason: "its header is damaged")
        }
        if let log, log.pageSize != realPageSize {
            throw .damaged(file: file, reason: "the write-ahead log does not belong to it (another page size)")
        }
        let marks = Marks(isEmpty: false, applicationID: Int32(bitPattern: header.bigEndianWord(at: 68)),
                          userVersion: Int32(bitPattern: header.bigEndianWord(at: 60)), hasHotJournal: journal > 0)
        if marks.applicationID != 0, marks.applicationID != applicationID {
            throw .notASave(file: file, reason: "it belongs to another program (its application id is \(String(UInt32(bitPattern: marks.applicationID), radix: 16)))")
        }
        if marks.applicationID == applicationID, Int(marks.userVersion) > version {
            throw .newerVersion(file: file)
        }
        return marks
    }
}
