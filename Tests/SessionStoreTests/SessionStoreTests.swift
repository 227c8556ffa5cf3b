import DateNightCore
import Foundation
import GRDB
@testable import SessionStore
import Testing

@Suite("Session store")
struct SessionStoreTests {
    let fullPlay: [Input] = [.choose(2), .answer("a walk by the river"), .answer("fresh bread"),
                             .answer("cosy"), .answer("sleepy"), .answer("the sea"), .pass, .timerFinished]

    @Test func aPlayedSessionComesBackAsItWasSaved() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        let store = try SessionStore.open(directory)
        let (id, game, _) = try playRecorded(store, inputs: Array(fullPlay.prefix(5)))

        let saved = try store.session(id)
        #expect(saved.players == ["Alex", "Sam"])
        #expect(saved.seed == 42)
        #expect(saved.stepsDone == 5)
        #expect(saved.estimatedSteps == 8)
        #expect(saved.isResumable)
        #expect(try store.engineState(of: id) == game.state, "the engine state round-trips exactly")
        #expect(try store.latestResumable()?.id == id)

        let answers = try store.answers(of: id)
        #expect(answers.map(\.response) == [.text("Tired"), .text("a walk by the river"), .text("fresh bread"), .text("cosy"), .text("sleepy")])
        #expect(answers.map(\.player) == [nil, .first, .second, .first, .second])
        #expect(answers.map(\.step) == [1, 2, 3, 4, 5])
        #expect(answers[0].isChoice && answers[3].secret && !answers[1].secret)
    }

    @Test func everySavedColumnReadsBackTheSameInTheListAndAlone() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        let store = try SessionStore.open(directory)
        let (id, _, lock) = try playRecorded(store, inputs: Array(fullPlay.prefix(3)))
        lock.release()
        let (other, _, otherLock) = try playRecorded(store, inputs: fullPlay, recordsAnswers: false)
        otherLock.release()
        _ = try store.forget([other])

        let saved = try store.session(id)
        #expect(saved.sceneID == "evening" && saved.sceneTitle == "An Evening")
        #expect(saved.sceneHash == "fnv1a64:0000000000000001" && saved.sceneFile == nil)
        #expect(saved.sceneKinds == ["emotional", "physical"] && saved.players == ["Alex", "Sam"] && saved.seed == 42)
        #expect(saved.recordsAnswers && saved.stepsDone == 3 && saved.estimatedSteps == 8 && !saved.isFinished)
        #expect(saved.forgottenAt == nil && saved.hasState && saved.startedAt <= saved.updatedAt)
        let forgotten = try store.session(other)
        #expect(forgotten.isFinished && !forgotten.recordsAnswers && forgotten.forgottenAt != nil && !forgotten.hasState)
        #expect(try store.sessions() == [forgotten, saved], "the list, newest first, holds the same values as each read alone")
    }

    @Test func aSavedValueOfTheWrongTypeIsADamagedSaveNotACrash() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        do {
            let store = try SessionStore.open(directory)
            let (_, _, lock) = try playRecorded(store, inputs: Array(fullPlay.prefix(2)))
            lock.release()
        }
        for damage in ["UPDATE session SET seed = 'not a number'", "UPDATE session SET stepsDone = 'many', seed = '42'"] {
            let queue = try DatabaseQueue(path: directory.databasePath)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
                try db.execute(sql: damage)
            }
            try queue.close()
            let store = try SessionStore.openExisting(directory)
            #expect(throws: SessionStoreError.self, "\(damage)") { try store?.sessions() }
        }
    }

    @Test func decksExercisesAndTheEndAreRecorded() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        let store = try SessionStore.open(directory)
        let (id, game, _) = try playRecorded(store, inputs: fullPlay)
        #expect(game.isFinished)
        let saved = try store.session(id)
        #expect(saved.isFinished && !saved.isResumable)
        #expect(saved.estimatedSteps == 8)
        let answers = try store.answers(of: id)
        let asked = answers.compactMap(\.questionID)
        #expect(asked.count == 2)
        #expect(answers.last?.response == .passed)
        #expect(try store.exploredQuestions() == ["evening/\(asked[0])"], "a passed question is not explored: it comes round again")
        let exercises = try store.exercises(of: id)
        #expect(exercises.count == 1)
        #expect(exercises.first?.completed == true && exercises.first?.label == "Hug" && exercises.first?.secondsTogether == 90)
    }

    @Test func withoutRecordingOnlyCountsAreKept() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        let store = try SessionStore.open(directory)
        let (id, _, _) = try playRecorded(store, inputs: fullPlay, recordsAnswers: false)
        #expect(try store.answers(of: id).isEmpty)
        #expect(try store.engineState(of: id) == nil)
        #expect(try store.session(id).stepsDone == 8)
        #expect(try store.exploredQuestions().count == 1, "explored questions still count")
        #expect(try store.exercises(of: id).first?.label == nil)
        #expect(!anyFile(in: directory, contains: "a walk by the river"))
        #expect(!anyFile(in: directory, contains: "sleepy"))
    }

    @Test func theFolderIsPrivateAndEveryFileInItToo() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        let store = try SessionStore.open(directory)
        _ = try playRecorded(store, inputs: Array(fullPlay.prefix(3)))
        #expect(mode(directory.path) == 0o700)
        let files = try FileManager.default.subpathsOfDirectory(atPath: directory.path)
        #expect(!files.isEmpty)
        for file in files {
            let path = directory.path + "/" + file
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            #expect(mode(path) == (isFolder.boolValue ? 0o700 : 0o600), "\(file)")
        }
    }

    @Test func aLooseFileIsMadePrivateAgain() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        _ = try SessionStore.open(directory)
        chmod(directory.databasePath, 0o644)
        _ = try SessionStore.open(directory)
        #expect(mode(directory.databasePath) == 0o600)
    }

    @Test func aSessionIsPlayedByOneProcessAtATime() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        let store = try SessionStore.open(directory)
        let (id, _, lock) = try playRecorded(store, inputs: [])
        #expect(throws: SessionStoreError.inUse(session: id)) { _ = try store.lock(id) }
        #expect(throws: SessionStoreError.inUse(session: id)) { _ = try store.forget([id]) }
        lock.release()
        let again = try store.lock(id)
        again.release()
    }

    @Test func aGarbageFileIsReportedAndLeftAlone() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        try FileManager.default.createDirectory(atPath: directory.path, withIntermediateDirectories: true)
        let garbage = Array("these are not the bytes of a database, just some words\n".utf8) + (0..<3000).map { UInt8($0 % 251) }
        _ = FileManager.default.createFile(atPath: directory.databasePath, contents: Data(garbage))
        chmod(directory.databasePath, 0o600)
        #expect(throws: SessionStoreError.damaged(file: directory.databasePath, reason: "it does not begin as an SQLite database does, so it is not a datenight save file")) {
            _ = try SessionStore.open(directory)
        }
        #expect(throws: SessionStoreError.self) { _ = try SessionStore.openExisting(directory) }
        let after = fileBytes(directory.databasePath)
        #expect(after == garbage)
    }

    @Test func aDamagedDatabaseIsReportedAndLeftAlone() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        do {
            let store = try SessionStore.open(directory)
            let (_, _, lock) = try playRecorded(store, inputs: fullPlay)
            lock.release()
        }
        // Closing the last connection moved everything from the log into the file.
        #expect(!FileManager.default.fileExists(atPath: directory.databasePath + "-wal"))
        var bytes = fileBytes(directory.databasePath)
        // Scribble over every page after the first: the header still says "SQLite format 3".
        let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        for index in pageSize..<bytes.count where index % 7 == 0 { bytes[index] = 0xA5 }
        try Data(bytes).write(to: URL(fileURLWithPath: directory.databasePath))
        #expect(throws: SessionStoreError.self) { _ = try SessionStore.open(directory) }
        #expect(throws: SessionStoreError.self) { _ = try SessionStore.openExisting(directory) }
        let after = fileBytes(directory.databasePath)
        #expect(after == bytes, "the damaged file is left byte for byte as it was")
    }

    @Test func aSaveFromANewerVersionIsRefusedAndLeftAlone() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        let store = try SessionStore.open(directory)
        _ = try playRecorded(store, inputs: Array(fullPlay.prefix(2)))
        let queue = try DatabaseQueue(path: directory.databasePath)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2: from the future')") }
        try queue.close()
        let before = fileBytes(directory.databasePath)
        #expect(throws: SessionStoreError.newerVersion(file: directory.databasePath)) { _ = try SessionStore.open(directory) }
        let after = fileBytes(directory.databasePath)
        #expect(after == before)
    }

    @Test func forgettingWipesTheAnswersFromTheFileAndKeepsTheCounts() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        let store = try SessionStore.open(directory)
        let (first, _, firstLock) = try playRecorded(store, inputs: fullPlay)
        firstLock.release()
        let (second, _, secondLock) = try playRecorded(store, inputs: [.choose(1), .answer("lighthouse-marmalade")])
        secondLock.release()
        #expect(anyFile(in: directory, contains: "a walk by the river"))

        let forgotten = try store.forget([first])
        #expect(forgotten.answers == 7)
        for secret in ["a walk by the river", "fresh bread", "cosy", "sleepy", "the sea"] {
            #expect(!anyFile(in: directory, contains: secret), "'\(secret)' is still in the saves")
        }
        #expect(anyFile(in: directory, contains: "lighthouse-marmalade"), "the other session is untouched")
        #expect(try store.answers(of: first).isEmpty)
        let saved = try store.session(first)
        #expect(saved.forgottenAt != nil && !saved.isResumable && saved.stepsDone == 8)
        #expect(try store.exercises(of: first).first?.secondsTogether == 90, "progress still adds up")
        #expect(try store.exploredQuestions().count == 1)

        _ = try store.forget()
        #expect(!anyFile(in: directory, contains: "lighthouse-marmalade"))
        #expect(try store.engineState(of: second) == nil)
        #expect(try store.sessions().count == 2)
    }

    @Test func sessionNumbersAreNeverHandedOutTwice() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        let store = try SessionStore.open(directory)
        let (first, _, _) = try playRecorded(store, inputs: [])
        let queue = try DatabaseQueue(path: directory.databasePath)
        try queue.write { try $0.execute(sql: "DELETE FROM session") }
        try queue.close()
        let (second, _, _) = try playRecorded(store, inputs: [])
        #expect(second > first)
    }

    @Test func theDataFolderFollowsTheOptionThenTheEnvironment() {
        #expect(DataDirectory.resolve(option: "/srv/saves", environment: ["DATENIGHT_HOME": "/a"])?.path == "/srv/saves")
        #expect(DataDirectory.resolve(option: nil, environment: ["DATENIGHT_HOME": "/a", "XDG_DATA_HOME": "/x"])?.path == "/a")
        #expect(DataDirectory.resolve(option: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/home/u"])?.path == "/x/datenight")
        #expect(DataDirectory.resolve(option: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/u"])?.path
                == "/home/u/.local/share/datenight", "a relative XDG_DATA_HOME is ignored, as the spec says")
        #expect(DataDirectory.resolve(option: nil, environment: [:]) == nil)
    }

    /// Not an assertion (timing depends on the disk): prints what one durable commit costs here.
    @Test func measureTheCostOfOneDurableAnswer() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        let store = try SessionStore.open(directory)
        let scene = try storeTestScene()
        var game = Interpreter(scene: scene, players: ("Alex", "Sam"), seed: 42)
        _ = game.start()
        let (id, _) = try store.begin(newSession(), state: game.state, progress: game.progress)
        let step = try game.send(.choose(1))
        let rounds = 200
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            for _ in 0..<rounds {
                try store.record(session: id, events: step.events, state: game.state, progress: game.progress, recordsAnswers: true)
            }
        }
        let perCommit = Double(elapsed.components.attoseconds) / 1e15 / Double(rounds) + Double(elapsed.components.seconds) * 1000 / Double(rounds)
        print("datenight: one answer committed (WAL, synchronous=FULL) in \(String(format: "%.2f", perCommit)) ms (\(directory.path))")
        #expect(try store.answers(of: id).count == rounds)
    }
}
