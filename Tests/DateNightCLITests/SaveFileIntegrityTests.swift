import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The save file is recognised before it is touched: one that is damaged (the file or its
/// write-ahead log), another program's, or from a newer datenight is refused with the
/// documented status and left byte for byte; read-only commands never write; `forget` is all
/// or nothing; an answer keeps every byte.
@Suite("The save file's integrity")
struct SaveFileIntegrityTests {
    typealias DataFolder = SavedSessionTests.DataFolder
    static let sampler = SavedSessionTests.sampler
    static let script = SavedSessionTests.samplerScript

    /// The bytes of the save file, its log and its index (nil for one that does not exist).
    static func snapshot(_ data: DataFolder) -> [String: Data?] {
        var files: [String: Data?] = [:]
        for suffix in ["", "-wal", "-shm", "-journal"] {
            files[suffix] = FileManager.default.contents(atPath: data.database + suffix)
        }
        return files
    }

    /// A game killed after `answers` lines: its last answers are in the log, not yet in the file.
    static func killedGame(_ data: DataFolder, answers: Int = 4) throws {
        let game = try LiveDatenight(sampler + ["--data-dir", data.path])
        #expect(game.waitForOutput("> "))
        for line in script.prefix(answers) { game.send(line) }
        // Each line answered shows the next prompt; the last one shown means all were saved.
        let deadline = Date().addingTimeInterval(20)
        while game.stdout.components(separatedBy: "> ").count - 1 < answers + 1, Date() < deadline { usleep(10_000) }
        game.kill()
        let log = (try? FileManager.default.attributesOfItem(atPath: data.database + "-wal"))?[.size] as? Int ?? 0
        try #require(log > 32, "the killed game left its log")
    }

    static let everyCommand: [[String]] = [["sessions"], ["journal", "1"], ["progress"], ["resume", "--time-scale", "0"], ["forget", "1", "--yes"], sampler]

    func expectRefused(_ data: DataFolder, status: Int32, saying words: [String]) throws {
        let before = Self.snapshot(data)
        for command in Self.everyCommand {
            let result = try data.run(command, input: "1\nmore words\n")
            #expect(result.status == status, "\(command): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains(data.database), "\(command): names the file: \(result.stderr)")
            for word in words { #expect(result.stderr.contains(word), "\(command): \(result.stderr)") }
            #expect(Self.snapshot(data) == before, "\(command) changed or deleted a file")
        }
    }

    // MARK: - Damaged

    @Test func aZeroedLogHeaderIsDamageExits74AndEveryFileStays() throws {
        let data = DataFolder()
        defer { data.remove() }
        try Self.killedGame(data)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: data.database + "-wal"))
        try log.write(contentsOf: Data(count: 32))
        try log.close()
        try expectRefused(data, status: 74, saying: ["damaged", "write-ahead log", "has not changed it"])
    }

    @Test func aDamagedLastFrameIsDamageExits74AndEveryFileStays() throws {
        let data = DataFolder()
        defer { data.remove() }
        try Self.killedGame(data)
        // The last frame is the last answer's commit; flip bytes in the middle of its page.
        let path = data.database + "-wal"
        var bytes = [UInt8](try #require(FileManager.default.contents(atPath: path)))
        let pageSize = Int(bytes[8]) << 24 | Int(bytes[9]) << 16 | Int(bytes[10]) << 8 | Int(bytes[11])
        // Frames with the header's salt are the log's; any after them are left from before it restarted.
        var frames = 0
        while 32 + (frames + 1) * (24 + pageSize) <= bytes.count,
              bytes[(32 + frames * (24 + pageSize) + 8)..<(32 + frames * (24 + pageSize) + 16)].elementsEqual(bytes[16..<24]) {
            frames += 1
        }
        try #require(frames > 0)
        let lastPage = 32 + (frames - 1) * (24 + pageSize) + 24
        for offset in (lastPage + pageSize / 2)..<(lastPage + pageSize / 2 + 16) { bytes[offset] ^= 0x5A }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try expectRefused(data, status: 74, saying: ["damaged", "write-ahead log", "has not changed it"])
    }

    @Test func aFrameTornByACrashIsNotDamage() throws {
        let data = DataFolder()
        defer { data.remove() }
        try Self.killedGame(data)
        // What a kill between writing a frame's header and its page leaves: a frame of the
        // log's salt whose checksum does not match, after the last commit the index counts.
        let path = data.database + "-wal"
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: path)))
        let pageSize = Int(bytes[8]) << 24 | Int(bytes[9]) << 16 | Int(bytes[10]) << 8 | Int(bytes[11])
        var torn = [UInt8](repeating: 0, count: 24 + pageSize)
        torn[3] = 2
        torn.replaceSubrange(8..<16, with: bytes[16..<24])
        for offset in 16..<24 { torn[offset] = 0xA5 }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(torn))
        try handle.close()
        let journal = try data.run(["journal", "1", "--format", "json"])
        #expect(journal.status == 0, "\(journal.stderr)")
        #expect(journal.stdout.contains("a sunny walk"))
        let resumed = try data.run(["resume", "--time-scale", "0"], input: "more words\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
    }

    // MARK: - Not ours, or newer

    @Test func anotherProgramsSQLiteFileIsRefusedWith74AndLeftAlone() throws {
        let data = DataFolder()
        defer { data.remove() }
        try FileManager.default.createDirectory(at: data.url, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: data.database)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE recipes (name TEXT, minutes INTEGER)")
            try db.execute(sql: "INSERT INTO recipes VALUES ('soup', 30)")
        }
        try queue.close()
        try expectRefused(data, status: 74, saying: ["is not a datenight save", "has not changed it"])
        let tables = try DatabaseQueue(path: data.database).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") }
        #expect(tables == ["recipes"], "no datenight table was added")
    }

    @Test func aUserVersionFromTheFutureIsRefusedWith65AndTheLogIsKept() throws {
        let data = DataFolder()
        defer { data.remove() }
        // A game keeps the file open, so that the change below stays in the log.
        let game = try SavedSessionTests.gameAtTheFirstQuestion(data)
        let queue = try DatabaseQueue(path: data.database)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 99") }
        try queue.close()
        game.kill()
        let log = try #require(FileManager.default.contents(atPath: data.database + "-wal"))
        #expect(log.count > 32, "the new version mark is in the log")
        try expectRefused(data, status: 65, saying: ["written by a newer version of datenight", "has not changed it"])
    }

    // MARK: - Read-only commands, marks, checkpoints

    @Test func readOnlyCommandsLeaveTheFileAndItsLogAlone() throws {
        let data = DataFolder()
        defer { data.remove() }
        try Self.killedGame(data)
        let before = Self.snapshot(data)
        for command in [["sessions"], ["journal", "1"], ["journal", "1", "--format", "json"], ["progress"]] {
            let result = try data.run(command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            let after = Self.snapshot(data)
            #expect(after[""] == before[""], "\(command) wrote to the save file")
            #expect(after["-wal"] == before["-wal"], "\(command) checkpointed or deleted the log")
        }
        #expect(try data.run(["journal", "1"]).stdout.contains("a sunny walk"), "what is in the log is read")
    }

    @Test func aFileAFirstGameBarelySetUpReadsAsNothingSavedAndStaysAsItIs() throws {
        let data = DataFolder()
        defer { data.remove() }
        try FileManager.default.createDirectory(at: data.url, withIntermediateDirectories: true)
        // What a first game killed before its schema was written leaves: an empty WAL-mode file.
        let queue = try DatabaseQueue(path: data.database)
        try queue.writeWithoutTransaction { _ = try String.fetchOne($0, sql: "PRAGMA journal_mode = WAL") }
        try queue.close()
        let before = Self.snapshot(data)
        let sessions = try data.run(["sessions"])
        #expect(sessions.status == 0, "\(sessions.stderr)")
        #expect(sessions.stdout.contains("No saved sessions yet"))
        #expect(try data.run(["progress"]).status == 0)
        #expect(Self.snapshot(data) == before, "looking changed nothing")
        let play = try data.run(Self.sampler, input: "1\na sunny walk\n")
        #expect(play.status == 0, "\(play.stderr)")
    }

    @Test func anOldSaveOpensAndIsMarkedByTheFirstCommandThatWrites() throws {
        let data = DataFolder()
        defer { data.remove() }
        #expect(try data.run(Self.sampler, input: "1\na sunny walk\n").status == 0)
        // A save made before the marks existed: both zero.
        let queue = try DatabaseQueue(path: data.database)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA application_id = 0")
            try db.execute(sql: "PRAGMA user_version = 0")
        }
        try queue.close()
        func marks() throws -> [Int] {
            let queue = try DatabaseQueue(path: data.database)
            defer { try? queue.close() }
            return try queue.read { db in
                [try Int.fetchOne(db, sql: "PRAGMA application_id") ?? -1, try Int.fetchOne(db, sql: "PRAGMA user_version") ?? -1]
            }
        }
        #expect(try marks() == [0, 0])
        #expect(try data.run(["sessions"]).stdout.contains("Alex & Sam"))
        #expect(try marks() == [0, 0], "reading marks nothing")
        let resumed = try data.run(["resume", "--time-scale", "0"], input: "the new book\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        // user_version counts the migrations the save has been through.
        let migrations = try DatabaseQueue(path: data.database).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM grdb_migrations") ?? 0 }
        #expect(migrations >= 2)
        #expect(try marks() == [0x444E_6774, migrations])
    }

    @Test func theLogStaysSmallDuringPlayAndTheFileHoldsTheAnswers() throws {
        let scenes = try SaveFixtures.sceneFolder()
        let data = DataFolder()
        defer { try? FileManager.default.removeItem(at: scenes); data.remove() }
        let game = try LiveDatenight(["play", "long-evening", "--players", "Alex,Sam", "--time-scale", "0", "--seed", "5",
                                      "--scenes", scenes.path, "--data-dir", data.path])
        #expect(game.waitForOutput("> "))
        let lines = SaveFixtures.longEveningScript.prefix(42)
        for line in lines { game.send(line) }
        #expect(game.waitForOutput("Round 6:"))
        usleep(300_000)
        let log = (try? FileManager.default.attributesOfItem(atPath: data.database + "-wal"))?[.size] as? Int ?? 0
        // At most one checkpoint's worth (512 KiB) and the answer that passed it.
        #expect(log < 600 * 1024, "the log is \(log) bytes after \(lines.count) answers")
        let main = try #require(FileManager.default.contents(atPath: data.database))
        #expect(main.range(of: Data("joy 2 of the first".utf8)) != nil, "early answers are in the file itself")
        game.kill()
        // A clean exit leaves the log empty: the file alone holds everything.
        let finished = try data.run(["resume", "--time-scale", "0", "--scenes", scenes.path],
                                    input: SaveFixtures.longEveningScript.dropFirst(42).joined(separator: "\n") + "\n")
        #expect(finished.status == 0, "\(finished.stderr)")
        let after = (try? FileManager.default.attributesOfItem(atPath: data.database + "-wal"))?[.size] as? Int ?? 0
        #expect(after == 0)
    }

    // MARK: - Forget, all or nothing

    @Test func forgetWithAReaderHoldingATransactionChangesNothingAndSaysWhy() throws {
        let data = DataFolder()
        defer { data.remove() }
        #expect(try data.run(Self.sampler, input: Self.script.joined(separator: "\n") + "\n").status == 0)
        // Another program in the middle of reading, as `sqlite3 .backup` would be.
        let reader = try DatabaseQueue(path: data.database)
        let forgotten = try reader.read { db -> Datenight.Result in
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM answer")
            return try data.run(["forget", "1", "--yes"])
        }
        #expect(forgotten.status == 75, "\(forgotten.stderr)")
        #expect(forgotten.stderr.contains("another program has the save file open: close it and try again"), "\(forgotten.stderr)")
        #expect(forgotten.stderr.contains("Nothing was forgotten"))
        let journal = try data.run(["journal", "1", "--format", "json"])
        #expect(journal.stdout.contains("a sunny walk"), "the answers are all still there")
        #expect(!(try data.run(["sessions"]).stdout.contains("forgotten")), "and the journal does not claim otherwise")
        try reader.close()

        let again = try data.run(["forget", "1", "--yes"])
        #expect(again.status == 0, "\(again.stderr)")
        for typed in Self.script where typed.count > 3 {
            #expect(!data.anyFileContains(typed), "'\(typed)' can still be read in the data folder")
        }
        #expect(try data.run(["journal", "1"]).stdout.contains("were forgotten"))
    }

    // MARK: - Every byte of an answer

    @Test func anAnswerWithANULKeepsEveryByteAndIsShownSafely() throws {
        let data = DataFolder()
        defer { data.remove() }
        #expect(try data.run(Self.sampler, input: "1\nbefore\u{0}after\n").status == 0)
        let json = try data.run(["journal", "1", "--format", "json"])
        let object = try #require(SaveFixtures.jsonObject(json.stdout) as? [String: Any])
        let texts = (object["answers"] as? [[String: Any]])?.compactMap { $0["text"] as? String } ?? []
        #expect(texts.contains("before\u{0}after"), "\(texts)")
        let text = try data.run(["journal", "1"])
        #expect(text.stdout.contains("before^@after"), "\(text.stdout)")
        #expect(!text.stdout.utf8.contains(0))
    }

    // MARK: - A full disk

    @Test(.enabled(if: geteuid() == 0, "mounting a small file system needs root"))
    func aFullDiskAtResumeSaysTheDiskIsFull() throws {
        let mountPoint = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: mountPoint) }
        let mount = try Datenight.shell("mount -t tmpfs -o size=320k tmpfs '\(mountPoint.path)'")
        try #require(mount.status == 0, "could not mount a tmpfs: \(mount.stderr)")
        defer { _ = try? Datenight.shell("umount '\(mountPoint.path)'") }
        let data = mountPoint.appendingPathComponent("saves").path
        let first = try Datenight.run(Self.sampler + ["--data-dir", data], input: "1\na sunny walk\n")
        #expect(first.status == 0, "\(first.stderr)")
        // Fill what is left of the disk.
        _ = try Datenight.shell("dd if=/dev/zero of='\(mountPoint.path)/filler' bs=4k 2>/dev/null; sync")
        let resumed = try Datenight.run(["resume", "--time-scale", "0", "--data-dir", data], input: "the new book\nwarm\n")
        #expect(resumed.status == 74, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("the disk is full"), "\(resumed.stderr)")
        #expect(!resumed.stderr.contains("chmod"), "\(resumed.stderr)")
        try? FileManager.default.removeItem(atPath: mountPoint.path + "/filler")
        let journal = try Datenight.run(["journal", "1", "--format", "json", "--data-dir", data])
        #expect(journal.stdout.contains("a sunny walk"), "nothing saved before was lost: \(journal.stderr)")
    }
}
