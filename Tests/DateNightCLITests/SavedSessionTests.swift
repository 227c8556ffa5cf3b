import Foundation
import GRDB
import Testing

/// Saving, resuming, listing, the journal, progress and forgetting, through the real binary.
@Suite("Saved sessions")
struct SavedSessionTests {
    /// A data folder for one test, with its path, removed by the caller.
    struct DataFolder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("datenight-saves-\(UUID().uuidString)")
        var path: String { url.path }
        var database: String { path + "/sessions.sqlite" }

        func run(_ arguments: [String], input: String = "") throws -> Datenight.Result {
            try Datenight.run(arguments + ["--data-dir", path], input: input)
        }

        func remove() { try? FileManager.default.removeItem(at: url) }

        /// Every file in the folder, database, log and locks alike.
        var files: [String] {
            ((try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []).map { path + "/" + $0 }
        }

        func anyFileContains(_ text: String) -> Bool {
            files.contains { file in
                guard let data = FileManager.default.contents(atPath: file) else { return false }
                return data.range(of: Data(text.utf8)) != nil
            }
        }
    }

    static let sampler = ["play", "sampler", "--players", "Alex,Sam", "--time-scale", "0", "--seed", "4"]
    /// The sampler with easy mood: every typed answer is distinct, so it can be found again.
    static let samplerScript = ["1", "a sunny walk", "the new book", "warm-secret", "curious-secret",
                                "toast and figs", "/pass", "my guess about hopes", "my real hope", "2",
                                "thank you for the tea", "thank you for listening"]

    /// The sampler being played in `data`, waiting at its first question: the game holds the
    /// file, its log and its index open.
    static func gameAtTheFirstQuestion(_ data: DataFolder) throws -> LiveDatenight {
        let game = try LiveDatenight(sampler + ["--data-dir", data.path])
        #expect(game.waitForOutput("> "))
        game.send("1")
        #expect(game.waitForOutput("small joy"))
        return game
    }

    func journalJSON(_ data: DataFolder, session: Int = 1) throws -> [String: Any] {
        let result = try data.run(["journal", String(session), "--format", "json"])
        try #require(result.status == 0, "\(result.stderr)")
        return try #require(SaveFixtures.jsonObject(result.stdout) as? [String: Any])
    }

    // MARK: - Saving and resuming

    @Test func playSaysWhichSessionItIsAndHowToCarryOn() throws {
        let data = DataFolder()
        defer { data.remove() }
        let result = try data.run(Self.sampler, input: "1\na sunny walk\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Session 1: every answer is saved as you go."))
        #expect(result.stdout.contains("Resume with: datenight resume 1 --data-dir \(data.path)"))
    }

    @Test func theJournalHoldsEveryAnswerTypedWithPassesAsPasses() throws {
        let data = DataFolder()
        defer { data.remove() }
        let result = try data.run(Self.sampler, input: Self.samplerScript.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("— the end —"))
        let journal = try journalJSON(data)
        let answers = try #require(journal["answers"] as? [[String: Any]])
        let texts = answers.compactMap { $0["text"] as? String }
        for typed in Self.samplerScript where !typed.hasPrefix("/") && Int(typed) == nil {
            #expect(texts.contains(typed), "'\(typed)' is missing from the journal")
        }
        #expect(answers.contains { $0["response"] as? String == "passed" && $0["question"] as? String != nil })
        #expect(answers.count == Self.samplerScript.count)
        #expect(journal["finished"] as? Bool == true)
        #expect(journal["players"] as? [String] == ["Alex", "Sam"])
        let exercises = try #require(journal["exercises"] as? [[String: Any]])
        #expect(exercises.count == 3, "the breathing, the gaze and the called hug")
        #expect(exercises.contains { $0["label"] as? String == "Breathing together" },
                "a breathing exercise is kept under the words saves have always used")
    }

    @Test func theKeepsakeShowsSecretsSideBySideAndPassesAsPasses() throws {
        let data = DataFolder()
        defer { data.remove() }
        _ = try data.run(Self.sampler, input: Self.samplerScript.joined(separator: "\n") + "\n")
        let text = try data.run(["journal"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("(secret answers, side by side)"))
        let row = try #require(text.stdout.split(separator: "\n").first { $0.contains("warm-secret") })
        #expect(row.contains("curious-secret"), "both secret answers on one line: \(row)")
        #expect(text.stdout.contains("(passed)"))
        let markdown = try data.run(["journal", "1", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# Sampler: a little of everything"))
        #expect(markdown.stdout.contains("- **Sam:** warm-secret") && markdown.stdout.contains("- **Alex:** curious-secret"))
        #expect(markdown.stdout.contains("- **Alex:** a sunny walk"))
    }

    @Test func resumeCarriesOnWithTheSamePlayersTurnAndQuestions() throws {
        let whole = DataFolder(), split = DataFolder()
        defer { whole.remove(); split.remove() }
        let all = try whole.run(Self.sampler, input: Self.samplerScript.joined(separator: "\n") + "\n")
        #expect(all.status == 0)
        let first = try split.run(Self.sampler, input: Self.samplerScript.prefix(5).joined(separator: "\n") + "\n")
        #expect(first.status == 0)
        let rest = try split.run(["resume", "--time-scale", "0"], input: Self.samplerScript.dropFirst(5).joined(separator: "\n") + "\n")
        #expect(rest.status == 0, "\(rest.stderr)")
        #expect(rest.stdout.contains("Session 1, carrying on at step 6"))
        // From the next question on, the resumed game reads exactly like the uninterrupted one.
        let nextQuestion = try #require(rest.stdout.split(separator: "\n").first { $0.hasPrefix("[Alex] ") || $0.hasPrefix("[Sam] ") })
        let tail = try #require(all.stdout.range(of: nextQuestion)).lowerBound
        let resumedTail = try #require(rest.stdout.range(of: nextQuestion)).lowerBound
        #expect(String(rest.stdout[resumedTail...]) == String(all.stdout[tail...]))
        #expect(try SaveFixtures.timeless(try split.run(["journal", "1", "--format", "json"]).stdout)
                == SaveFixtures.timeless(try whole.run(["journal", "1", "--format", "json"]).stdout))
    }

    @Test func aFinishedSessionIsNotResumedAgain() throws {
        let data = DataFolder()
        defer { data.remove() }
        _ = try data.run(Self.sampler, input: Self.samplerScript.joined(separator: "\n") + "\n")
        let again = try data.run(["resume", "1"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("Session 1 is finished"))
        let latest = try data.run(["resume"])
        #expect(latest.status == 66)
        #expect(latest.stderr.contains("no unfinished session"))
    }

    // MARK: - Listing and progress

    @Test func withNothingSavedEveryCommandSaysSoKindly() throws {
        let data = DataFolder()
        defer { data.remove() }
        let sessions = try data.run(["sessions"])
        #expect(sessions.status == 0)
        #expect(sessions.stdout.contains("No saved sessions yet"))
        let progress = try data.run(["progress"])
        #expect(progress.status == 0)
        #expect(progress.stdout.contains("Nothing played yet"))
        #expect(try data.run(["resume"]).status == 66)
        #expect(try data.run(["journal"]).status == 66)
        #expect(!FileManager.default.fileExists(atPath: data.database), "looking creates nothing")
    }

    @Test func sessionsListsSceneNamesStepAndWhetherFinished() throws {
        let data = DataFolder()
        defer { data.remove() }
        _ = try data.run(Self.sampler, input: Self.samplerScript.joined(separator: "\n") + "\n")
        _ = try data.run(["play", "sampler", "--players", "Kim,Lee", "--time-scale", "0"], input: "1\nsomething\n")
        let result = try data.run(["sessions"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let newest = try #require(lines.first { $0.hasPrefix("2 ") })
        #expect(newest.contains("Sampler: a little of everything") && newest.contains("Kim & Lee"))
        #expect(newest.contains("step 3 of "))
        #expect(newest.contains("datenight resume 2"))
        let older = try #require(lines.first { $0.hasPrefix("1 ") })
        #expect(older.contains("Alex & Sam") && older.contains("finished"))
        let json = try #require(SaveFixtures.jsonObject(try data.run(["sessions", "--format", "json"]).stdout) as? [[String: Any]])
        #expect(json.map { $0["id"] as? Int } == [2, 1])
        #expect(json.first?["stepsDone"] as? Int == 2)
        let estimate = try #require(json.first?["estimatedSteps"] as? Int)
        #expect(estimate > 2)
    }

    @Test func aLongHistoryListsTheNewestAndSaysHowToSeeEveryOne() throws {
        let data = DataFolder()
        defer { data.remove() }
        _ = try data.run(["play", "sampler", "--players", "Kim,Lee", "--time-scale", "0"], input: "1\nsomething\n")
        // 39 more copies of it, as a year and a half of weekly play would leave, and one
        // --no-record play, which a person's list leaves out.
        let queue = try DatabaseQueue(path: data.database)
        try queue.write { db in
            let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('session') WHERE name <> 'id'")
                .joined(separator: ", ")
            for _ in 0..<39 {
                try db.execute(sql: "INSERT INTO session (\(columns)) SELECT \(columns) FROM session WHERE id = 1")
            }
        }
        try queue.close()
        _ = try data.run(["play", "sampler", "--players", "Kim,Lee", "--time-scale", "0", "--no-record"], input: "1\nsomething\n")

        let listed = try data.run(["sessions"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let rows = listed.stdout.split(separator: "\n").filter { $0.contains("Kim & Lee") }
        #expect(rows.count == 30, "the 30 most recent")
        #expect(rows.first?.hasPrefix("40 ") == true && rows.last?.hasPrefix("11 ") == true, "newest first")
        #expect(listed.stdout.contains("... and 10 earlier. Every one: datenight sessions --all --data-dir "))
        let every = try data.run(["sessions", "--all"])
        #expect(every.stdout.split(separator: "\n").filter { $0.contains("Kim & Lee") }.count == 40)
        #expect(!every.stdout.contains("earlier"))
        let json = try #require(SaveFixtures.jsonObject(try data.run(["sessions", "--format", "json"]).stdout) as? [[String: Any]])
        #expect(json.count == 41, "scripts get every session, the unrecorded one too")
    }

    @Test func progressCountsScenesQuestionsMinutesAndKinds() throws {
        let data = DataFolder()
        defer { data.remove() }
        _ = try data.run(Self.sampler, input: Self.samplerScript.joined(separator: "\n") + "\n")
        let result = try data.run(["progress", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(SaveFixtures.jsonObject(result.stdout) as? [String: Any])
        #expect((report["scenesPlayed"] as? [String: Int])?["done"] == 1)
        #expect((report["scenesFinished"] as? [String: Int])?["done"] == 1)
        let decks = try #require(report["decks"] as? [[String: Any]])
        let sampler = try #require(decks.first { $0["scene"] as? String == "sampler" })
        #expect(sampler["explored"] as? Int == 2, "two questions answered; the passed one comes round again")
        #expect(sampler["questions"] as? Int == 5)
        #expect(report["minutesTogether"] as? Int == 1, "30 s of breathing, 30 s of gazing, a 10 s hug")
        let kinds = try #require(report["closenessLast30Days"] as? [String: Int])
        #expect(kinds["emotional"] == 1 && kinds["spiritual"] == 0)
        let text = try data.run(["progress"])
        #expect(text.stdout.contains("Scenes played"))
        #expect(text.stdout.contains("2 of 5"))
        for scolding in ["streak", "missed", "behind", "should"] {
            #expect(!text.stdout.lowercased().contains(scolding))
        }
    }

    @Test func newSessionsDrawQuestionsNotExploredBefore() throws {
        let scenes = try SaveFixtures.sceneFolder()
        let data = DataFolder()
        defer { try? FileManager.default.removeItem(at: scenes); data.remove() }
        let play = ["play", "long-evening", "--players", "Alex,Sam", "--time-scale", "0", "--scenes", scenes.path]
        let oneRound = Array(SaveFixtures.longEveningScript.prefix(7)).joined(separator: "\n") + "\n"
        var asked: [Set<String>] = []
        for (index, seed) in ["1", "1", "1"].enumerated() {
            #expect(try data.run(play + ["--seed", seed], input: oneRound).status == 0)
            let answers = try #require(try journalJSON(data, session: index + 1)["answers"] as? [[String: Any]])
            asked.append(Set(answers.compactMap { $0["question"] as? String }))
        }
        #expect(asked.allSatisfy { $0.count == 2 })
        #expect(asked[0].isDisjoint(with: asked[1]) && asked[1].isDisjoint(with: asked[2]) && asked[0].isDisjoint(with: asked[2]),
                "the same seed, yet every session drew questions not explored before: \(asked)")
    }

    // MARK: - Privacy

    @Test func theFolderIsPrivateAndSoIsEveryFileInIt() throws {
        let data = DataFolder()
        defer { data.remove() }
        // While a game is running the write-ahead log and its index exist too.
        let game = try Self.gameAtTheFirstQuestion(data)
        func mode(_ path: String) -> Int {
            ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int) ?? -1
        }
        #expect(mode(data.path) == 0o700)
        let files = data.files
        #expect(files.contains(data.database) && files.contains(data.database + "-wal"))
        for file in files {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: file, isDirectory: &isFolder)
            #expect(mode(file) == (isFolder.boolValue ? 0o700 : 0o600), "\(file) is \(String(mode(file), radix: 8))")
        }
        game.kill()
    }

    @Test func forgetRemovesTheAnswersForGood() throws {
        let data = DataFolder()
        defer { data.remove() }
        _ = try data.run(Self.sampler, input: Self.samplerScript.joined(separator: "\n") + "\n")
        _ = try data.run(["play", "sampler", "--players", "Kim,Lee", "--time-scale", "0"], input: "1\nlighthouse-marmalade\n")
        #expect(data.anyFileContains("a sunny walk"))
        let result = try data.run(["forget", "1", "--yes"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Forgot the answers of session 1 for good (12 answers)"))
        for typed in Self.samplerScript where typed.count > 3 {
            #expect(!data.anyFileContains(typed), "'\(typed)' can still be read in the data folder")
        }
        #expect(data.anyFileContains("lighthouse-marmalade"), "session 2 is untouched")
        let journal = try journalJSON(data)
        #expect((journal["answers"] as? [Any])?.isEmpty == true)
        #expect(try data.run(["sessions"]).stdout.contains("answers forgotten"))
        #expect(try data.run(["journal", "1"]).stdout.contains("were forgotten"))

        let everything = try data.run(["forget", "--all", "--yes"])
        #expect(everything.status == 0)
        #expect(!data.anyFileContains("lighthouse-marmalade"))
        #expect(try data.run(["resume", "2"]).status == 66, "a forgotten session cannot be resumed")
        #expect(try data.run(["forget"]).status == 64)
        #expect(try data.run(["forget", "7", "--yes"]).status == 66)
    }

    @Test func noRecordKeepsNoAnswersButCountsProgress() throws {
        let data = DataFolder()
        defer { data.remove() }
        let result = try data.run(Self.sampler + ["--no-record"], input: Self.samplerScript.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("not recording answers"))
        #expect(!result.stdout.contains("Resume with"))
        for typed in Self.samplerScript where typed.count > 3 {
            #expect(!data.anyFileContains(typed), "'\(typed)' was written down")
        }
        #expect(!(try data.run(["sessions"]).stdout.contains("Sampler")), "a --no-record session is not listed")
        #expect(try data.run(["sessions", "--format", "json"]).stdout.contains("\"recordsAnswers\" : false"))
        let report = try #require(SaveFixtures.jsonObject(try data.run(["progress", "--format", "json"]).stdout) as? [String: Any])
        #expect((report["scenesFinished"] as? [String: Int])?["done"] == 1)
        #expect(report["minutesTogether"] as? Int == 1)
        let unfinished = try data.run(Self.sampler + ["--no-record"], input: "1\n")
        #expect(unfinished.status == 0)
        #expect(try data.run(["resume", "2"]).status == 66)
    }

    // MARK: - Two at once

    @Test func aSessionBeingPlayedIsNotResumedElsewhereButCanBeRead() throws {
        let data = DataFolder()
        defer { data.remove() }
        let game = try LiveDatenight(Self.sampler + ["--data-dir", data.path])
        #expect(game.waitForOutput("> "))
        game.send("1")
        game.send("a sunny walk")
        #expect(game.waitForOutput("[Sam]"))

        let listing = try data.run(["sessions"])
        #expect(listing.status == 0, "reading while a game plays: \(listing.stderr)")
        let journal = try data.run(["journal", "1", "--format", "json"])
        #expect(journal.status == 0 && journal.stdout.contains("a sunny walk"))

        let second = try data.run(["resume", "1", "--time-scale", "0"], input: "stolen answer\n")
        #expect(second.status == 75)
        #expect(second.stderr.contains("session 1 is being played in another datenight right now"))
        #expect(try data.run(["resume"]).status == 75, "the latest unfinished session is that one too")
        #expect(try data.run(["forget", "1", "--yes"]).status == 75)
        #expect(try data.run(["forget", "--all", "--yes"]).status == 75)

        game.send("the new book")
        #expect(game.waitForOutput("look away"))
        let end = game.finish()
        #expect(end.status == 0)
        let answers = try #require(try journalJSON(data)["answers"] as? [[String: Any]])
        #expect(answers.compactMap { $0["text"] as? String } == ["Easy and playful", "a sunny walk", "the new book"])

        // Now nobody plays it: it can be resumed here.
        let resumed = try data.run(["resume", "1", "--time-scale", "0"], input: "warm\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
    }

    @Test func aKilledGameLeavesNoStaleLock() throws {
        let data = DataFolder()
        defer { data.remove() }
        let game = try Self.gameAtTheFirstQuestion(data)
        game.kill()
        let resumed = try data.run(["resume", "--time-scale", "0"], input: "a sunny walk\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("carrying on"))
    }

    // MARK: - Bad files

    @Test func aDamagedSaveFileIsNamedLeftAloneAndExits74() throws {
        let data = DataFolder()
        defer { data.remove() }
        try FileManager.default.createDirectory(at: data.url, withIntermediateDirectories: true)
        let garbage = Data("SQLite format 3\0 but not really; a half-copied file \u{1}\u{2}".utf8) + Data((0..<5000).map { UInt8(($0 * 31) % 256) })
        try garbage.write(to: URL(fileURLWithPath: data.database))
        for command in [["sessions"], ["journal", "1"], ["progress"], ["resume"], ["forget", "1", "--yes"], Self.sampler] {
            let result = try data.run(command, input: "1\n")
            #expect(result.status == 74, "\(command): \(result.stderr)")
            #expect(result.stderr.contains(data.database), "\(command): the message names the file")
            #expect(result.stderr.contains("damaged") && result.stderr.contains("has not changed it"))
        }
        #expect(FileManager.default.contents(atPath: data.database) == garbage, "left byte for byte as it was")
    }

    @Test func anUnreadableSaveFileExits74() throws {
        let data = DataFolder()
        defer { data.remove() }
        // A folder where the file should be: unreadable even for root, who ignores file modes.
        try FileManager.default.createDirectory(atPath: data.database, withIntermediateDirectories: true)
        let result = try data.run(["sessions"])
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot open the save file \(data.database)"))
        #expect(try data.run(Self.sampler, input: "1\n").status == 74)
    }

    @Test func aSaveFromANewerDatenightIsRefusedAndLeftAlone() throws {
        let data = DataFolder()
        defer { data.remove() }
        _ = try data.run(Self.sampler, input: "1\na sunny walk\n")
        let queue = try DatabaseQueue(path: data.database)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: a future layout')") }
        try queue.close()
        let before = FileManager.default.contents(atPath: data.database)
        for command in [["sessions"], ["resume"], Self.sampler] {
            let result = try data.run(command, input: "1\n")
            #expect(result.status == 65, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("\(data.database) was written by a newer version of datenight"))
        }
        #expect(FileManager.default.contents(atPath: data.database) == before)
    }

    // MARK: - A scene edited since the save

    @Test func aReworderSceneCarriesOnAtTheSameStepAndSaysSo() throws {
        let scenes = try SaveFixtures.sceneFolder()
        let data = DataFolder()
        defer { try? FileManager.default.removeItem(at: scenes); data.remove() }
        let file = scenes.appendingPathComponent("long-evening.json")
        let play = ["play", "long-evening", "--players", "Alex,Sam", "--time-scale", "0", "--seed", "3", "--scenes", scenes.path]
        #expect(try data.run(play, input: SaveFixtures.longEveningScript.prefix(3).joined(separator: "\n") + "\n").status == 0)
        let edited = SaveFixtures.longEvening
            .replacingOccurrences(of: "One secret word for tonight?", with: "One secret word for this evening?")
            .replacingOccurrences(of: "{ \"id\": \"q12\", \"text\": \"What do you dream of for us?\", \"category\": \"us\", \"depth\": 3 }",
                                  with: "{ \"id\": \"q12\", \"text\": \"What do you dream of for us?\", \"category\": \"us\", \"depth\": 3 },"
                                      + " { \"id\": \"q21\", \"text\": \"A new question?\", \"category\": \"us\", \"depth\": 1 }")
        #expect(edited != SaveFixtures.longEvening)
        try Data(edited.utf8).write(to: file)
        let resumed = try data.run(["resume", "--time-scale", "0", "--scenes", scenes.path],
                                   input: SaveFixtures.longEveningScript.dropFirst(3).prefix(4).joined(separator: "\n") + "\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("The scene has changed since this session was saved; carrying on at the same step, 'word'."))
        #expect(resumed.stdout.contains("One secret word for this evening?"))
        let answers = try #require(try journalJSON(data)["answers"] as? [[String: Any]])
        #expect(answers.count == 7)
        // Saying it once is enough: the save now knows the new version.
        let again = try data.run(["resume", "--time-scale", "0", "--scenes", scenes.path], input: "")
        #expect(!again.stdout.contains("has changed"))
    }

    @Test func aSceneThatLostTheSavedStepExplainsAndKeepsTheSave() throws {
        let scenes = try SaveFixtures.sceneFolder()
        let data = DataFolder()
        defer { try? FileManager.default.removeItem(at: scenes); data.remove() }
        let file = scenes.appendingPathComponent("long-evening.json")
        let play = ["play", "long-evening", "--players", "Alex,Sam", "--time-scale", "0", "--seed", "3", "--scenes", scenes.path]
        #expect(try data.run(play, input: SaveFixtures.longEveningScript.prefix(3).joined(separator: "\n") + "\n").status == 0)
        // The secret-word step is taken out; the joy step now leads straight to the choice.
        var edited = SaveFixtures.longEvening.replacingOccurrences(of: "\"label\": \"A joy\", \"text\": \"Round {var.round}: one small joy of today?\", \"next\": \"word\"",
                                                                   with: "\"label\": \"A joy\", \"text\": \"Round {var.round}: one small joy of today?\", \"next\": \"pick\"")
        let wordNode = try #require(edited.range(of: #"{ "id": "word""#))
        let lineEnd = try #require(edited[wordNode.lowerBound...].firstIndex(of: "\n"))
        edited.removeSubrange(wordNode.lowerBound...lineEnd)
        try Data(edited.utf8).write(to: file)
        #expect(try Datenight.run(["validate", file.path]).status == 0, "the edited scene is valid")

        let before = FileManager.default.contents(atPath: data.database)
        let resumed = try data.run(["resume", "--time-scale", "0", "--scenes", scenes.path], input: "an answer\n")
        #expect(resumed.status == 65)
        #expect(resumed.stderr.contains("no longer has the step 'word' you were at"))
        #expect(resumed.stderr.contains("datenight play long-evening --players Alex,Sam --seed 3 --data-dir \(data.path)"))
        #expect(!resumed.stdout.contains("an answer"), "nothing was played")
        #expect(FileManager.default.contents(atPath: data.database) == before, "the save is kept as it was")
        #expect(try data.run(["sessions"]).stdout.contains("datenight resume 1"))
        #expect((try journalJSON(data)["answers"] as? [Any])?.count == 3)
    }

    // MARK: - Safe text

    @Test func escapeSequencesInAnswersNeverReachTheTerminalFromTheKeepsake() throws {
        let data = DataFolder()
        defer { data.remove() }
        _ = try data.run(Self.sampler, input: "1\nclear \u{1b}[2J me \u{9b}31m red \u{7}\n# big *loud* [link](x)\n")
        let markdown = try data.run(["journal", "--format", "markdown"])
        #expect(markdown.stdout.contains(##"- **Sam:** \# big \*loud\* \[link\](x)"##), "Markdown in an answer is shown, not obeyed")
        for format in ["text", "markdown", "json"] {
            let result = try data.run(["journal", "--format", format])
            #expect(result.status == 0)
            let controls = result.stdout.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7f...0x9f).contains($0.value) }
            #expect(controls.isEmpty, "\(format): \(controls.map(\.value))")
        }
        let json = try journalJSON(data)
        let texts = (json["answers"] as? [[String: Any]])?.compactMap { $0["text"] as? String } ?? []
        #expect(texts.contains("clear \u{1b}[2J me \u{9b}31m red \u{7}"), "the JSON keeps the answer exactly, escaped")
    }
}
