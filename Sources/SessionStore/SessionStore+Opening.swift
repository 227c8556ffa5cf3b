import Foundation
import GRDB

extension SessionStore {
    /// Opens the saves to play, resume or forget, creating the folder and the file when missing.
    public static func open(_ directory: DataDirectory) throws(SessionStoreError) -> SessionStore {
        try directory.prepare()
        try refuseFolder(at: directory.databasePath)
        try DataDirectory.makePrivateFile(directory.databasePath)
        guard let store = try connect(directory, writing: true) else { throw .failed(file: directory.databasePath, reason: "it could not be opened") }
        return store
    }

    /// Opens the saves if there are any, creating nothing: nil when no game was ever saved
    /// here. Read-only unless `writing` (resume, forget): for `sessions`, `journal`,
    /// `progress` and the menu's offers, the file is opened read-only and never migrated.
    public static func openExisting(_ directory: DataDirectory, writing: Bool = false) throws(SessionStoreError) -> SessionStore? {
        guard FileManager.default.fileExists(atPath: directory.databasePath) else { return nil }
        try refuseFolder(at: directory.databasePath)
        if writing { try DataDirectory.makePrivateFile(directory.databasePath) }
        return try connect(directory, writing: writing)
    }

    private static func refuseFolder(at file: String) throws(SessionStoreError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
            throw .unreadable(file: file, reason: "it is a folder, not a file")
        }
    }

    /// The order matters: every check that can refuse the file runs before any connection
    /// that may write is opened, because SQLite changes a file just by being its last writer
    /// to close it (it copies the log into the file and deletes the log).
    private static func connect(_ directory: DataDirectory, writing: Bool) throws(SessionStoreError) -> SessionStore? {
        let file = directory.databasePath
        // 1. The bytes: the header's marks and the write-ahead log, before SQLite reads either.
        let marks = try markedWithRetry(file)
        if marks.isEmpty, !writing { return nil }
        // 2. Through SQLite, read-only: an intact file, with only datenight's tables, and no
        //    migration this build does not know. A rollback journal left by a first run killed
        //    while setting up must be rolled back first, which only a writer can do.
        if !marks.isEmpty, !marks.hasHotJournal {
            try inspect(file, marks: marks)
        }
        let queue: DatabaseQueue
        do {
            // A reader of a file with no log opens it `immutable`: SQLite would otherwise create
            // an empty log and index beside it, and leave them there.
            let path = !writing && !marks.hasHotJournal && !hasLog(file) && !hasIndex(file) ? immutableURI(file) : file
            queue = try DatabaseQueue(path: path, configuration: configuration(writing: writing))
        } catch {
            throw translate(error, file: file)
        }
        do {
            if marks.hasHotJournal {
                try queue.read { db in try check(db, file: file, marks: marks) }
            }
            if writing {
                try prepareForWriting(queue)
            } else {
                let layout = try queue.read { db -> (applied: Int, complete: Bool) in
                    (try migrator.appliedIdentifiers(db).count, try migrator.hasCompletedMigrations(db))
                }
                // No schema yet: a first game stopped while it was setting the file up.
                if layout.applied == 0 { return nil }
                guard layout.complete else {
                    throw SessionStoreError.failed(file: file, reason: "it was saved by an older datenight and has not been brought up to date yet; "
                                                   + "'datenight resume' or 'datenight play' does that")
                }
            }
        } catch {
            throw translate(error, file: file)
        }
        return SessionStore(directory: directory, queue: queue, isWriter: writing)
    }

    /// A game writing at the same moment can restart or empty its log between the reading of
    /// the index and of the log; what looks damaged is looked at again before it is believed.
    private static func markedWithRetry(_ file: String) throws(SessionStoreError) -> SaveFileFormat.Marks {
        var attempt = 0
        while true {
            do {
                return try SaveFileFormat.marks(of: file)
            } catch .damaged(let file, let reason) {
                attempt += 1
                if attempt == 3 { throw .damaged(file: file, reason: reason) }
                usleep(50_000)
            }
        }
    }

    private static func configuration(writing: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.label = "datenight.sessions"
        configuration.readonly = !writing
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            // FULL: a commit is synced to disk before it returns, so an answer survives a power
            // cut, not only a crash. (GRDB's DatabasePool would lower this to NORMAL in WAL
            // mode; this queue switches to WAL itself and keeps FULL.)
            // https://www.sqlite.org/pragma.html#pragma_synchronous
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // Deleted answers are overwritten with zeros, not merely unlinked from the b-tree.
            // https://www.sqlite.org/pragma.html#pragma_secure_delete
            try db.execute(sql: "PRAGMA secure_delete = ON")
            // VACUUM's transient copy and any sort files stay in memory, never in /tmp.
            // https://www.sqlite.org/pragma.html#pragma_temp_store and https://www.sqlite.org/tempfiles.html
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        return configuration
    }

    /// The checks through SQLite, on a connection of their own that cannot write. With an
    /// index file present it is opened read-only too (`readonly_shm`), so that not even the
    /// readers' marks in it change. See https://www.sqlite.org/uri.html and
    /// https://www.sqlite.org/walformat.html#readonly
    private static func inspect(_ file: String, marks: SaveFileFormat.Marks) throws(SessionStoreError) {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        let path = hasIndex(file) ? "file:" + uriEscaped(file) + "?mode=ro&readonly_shm=1"
            : hasLog(file) ? file
            : immutableURI(file)
        do {
            let inspector = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? inspector.close() }
            try inspector.read { db in try check(db, file: file, marks: marks) }
        } catch {
            throw translate(error, file: file)
        }
    }

    private static func check(_ db: Database, file: String, marks: SaveFileFormat.Marks) throws {
        let verdict = try String.fetchAll(db, sql: "PRAGMA quick_check")
        guard verdict == ["ok"] else {
            throw SessionStoreError.damaged(file: file, reason: verdict.first ?? "the integrity check failed")
        }
        let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        let others = names.filter { !SaveFileFormat.tables.contains($0) && !$0.hasPrefix("sqlite_") }.sorted()
        if !others.isEmpty {
            throw SessionStoreError.notASave(file: file, reason: "it holds tables datenight does not keep (\(others.prefix(3).joined(separator: ", ")))")
        }
        let hasMigrations = names.contains("grdb_migrations")
        if !names.isEmpty, !hasMigrations {
            throw SessionStoreError.notASave(file: file, reason: "it has no record of datenight's layout")
        }
        if hasMigrations, try migrator.hasBeenSuperseded(db) {
            throw SessionStoreError.newerVersion(file: file)
        }
        if marks.applicationID == 0, marks.userVersion != 0 {
            throw SessionStoreError.notASave(file: file, reason: "its version mark is another program's")
        }
    }

    /// Write-ahead logging, the schema brought up to date, and the file marked as a save of
    /// this layout (a save from before the marks existed gets them here, once).
    private static func prepareForWriting(_ queue: DatabaseQueue) throws {
        // Write-ahead logging: a game writing never blocks another process reading (the
        // sessions list, a journal), and with FULL a commit costs one sync of the log
        // instead of the rollback journal's create, syncs and delete (about 0.4 ms against
        // 10 ms on the machine this was written on). https://www.sqlite.org/wal.html
        try queue.writeWithoutTransaction { db in
            let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            if mode?.lowercased() != "wal" {
                // Some file systems cannot share WAL's memory index. In the rollback journal's
                // DELETE mode the commit is the journal's deletion, which only EXTRA syncs.
                try db.execute(sql: "PRAGMA synchronous = EXTRA")
            }
            // Copy the log into the file every few answers (a passive checkpoint after a commit
            // takes the log past this many pages), so the file holds the evening and the log
            // stays small instead of growing until the game exits.
            // https://www.sqlite.org/pragma.html#pragma_wal_autocheckpoint
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(checkpointPages)")
        }
        do {
            try migrator.migrate(queue)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            // Two first runs at once in a new folder can both find the schema missing; the
            // loser's CREATE TABLE fails once the winner's commit lands. Looking again sees it done.
            usleep(100_000)
            try migrator.migrate(queue)
        }
        try queue.write { db in
            let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            if id != SaveFileFormat.applicationID || version != SaveFileFormat.version {
                try db.execute(sql: "PRAGMA application_id = \(SaveFileFormat.applicationID)")
                try db.execute(sql: "PRAGMA user_version = \(SaveFileFormat.version)")
            }
        }
    }

    /// 128 pages of 4 KiB: a checkpoint about every fifteen answers (an answer writes about
    /// eight pages to the log). Each checkpoint syncs the log and the file once more; at 32
    /// pages that came every four answers, 1.6 syncs an answer where a commit should cost the
    /// one sync of the log; now about 1.1.
    static let checkpointPages = 128

    /// Copies the log into the file and empties it, without waiting for a reader that still
    /// needs the old pages: one only means the copy is finished by a later checkpoint.
    func checkpoint() {
        try? writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA busy_timeout = 0")
            defer { try? db.execute(sql: "PRAGMA busy_timeout = \(Int(Self.busyTimeout * 1000))") }
            _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    private static func hasLog(_ file: String) -> Bool { FileManager.default.fileExists(atPath: file + "-wal") }
    private static func hasIndex(_ file: String) -> Bool { FileManager.default.fileExists(atPath: file + "-shm") }

    /// Without a log or an index no connection is open anywhere (SQLite deletes the log when
    /// the last one closes), so the file alone is the whole save and can be read as it is,
    /// creating nothing. https://www.sqlite.org/uri.html#uriimmutable
    private static func immutableURI(_ file: String) -> String { "file:" + uriEscaped(file) + "?immutable=1" }

    /// A path inside a `file:` URI: everything but unreserved characters and slashes
    /// percent-encoded, so `?`, `#` and `%` in a folder name keep their meaning as letters.
    private static func uriEscaped(_ path: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
