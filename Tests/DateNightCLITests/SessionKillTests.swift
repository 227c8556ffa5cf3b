import DateNightCore
import Foundation
import Testing

/// A game killed at any moment (SIGKILL: no clean-up, like a power cut or a flat battery)
/// loses at most the line being typed: resumed, it ends exactly as an uninterrupted one.
@Suite("Saves survive being killed")
struct SessionKillTests {
    static let minimumKills = 60

    @Test func killedAtRandomMomentsAndResumedTheJournalMatchesAnUninterruptedRun() throws {
        let scenes = try SaveFixtures.sceneFolder()
        defer { try? FileManager.default.removeItem(at: scenes) }
        let script = SaveFixtures.longEveningScript
        var random = SeededGenerator(seed: 0x5eed_da7e)
        var kills = 0
        var playthroughs = 0

        while kills < Self.minimumKills {
            playthroughs += 1
            let seed = String(1000 + playthroughs)
            let play = ["play", "long-evening", "--players", "Alex,Sam", "--time-scale", "0", "--seed", seed, "--scenes", scenes.path]

            // The run to match: the whole script at once, never interrupted.
            let reference = try Datenight.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: reference) }
            let whole = try Datenight.run(play + ["--data-dir", reference.path], input: script.joined(separator: "\n") + "\n")
            #expect(whole.status == 0, "\(whole.stderr)")
            let expected = try SaveFixtures.timeless(try journal(of: 1, in: reference))
            let expectedAnswers = try answers(in: journal(of: 1, in: reference))
            #expect(expectedAnswers.count == script.count, "every line of the script was used once")

            // The same, killed again and again at random moments.
            let data = try Datenight.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: data) }
            var attempts = 0
            while true {
                attempts += 1
                try #require(attempts < 600, "no progress after \(attempts) attempts")
                let saved = try savedSession(in: data)
                if saved?.finished == true { break }
                let consumed = try saved.map { try answers(in: journal(of: $0.id, in: data)).count } ?? 0
                let arguments = saved == nil
                    ? play + ["--data-dir", data.path]
                    : ["resume", "--time-scale", "0", "--data-dir", data.path, "--scenes", scenes.path]
                let remaining = Array(script.dropFirst(consumed))
                let game = try LiveDatenight(arguments)
                if remaining.isEmpty || (consumed > 0 && random.below(12) == 0) {
                    // Now and then, and at the very end, let it run to its end.
                    remaining.forEach { game.send($0) }
                    let end = game.finish()
                    #expect(end.status == 0 && !end.killed, "\(game.stderr)")
                    continue
                }
                if random.below(6) == 0 {
                    // While it is still starting: loading scenes, opening or creating the save.
                    usleep(UInt32(random.below(60_000)))
                } else {
                    guard game.waitForOutput("> ") else {
                        Issue.record("the game never asked anything: \(game.stderr)")
                        return
                    }
                    // A few lines, then the kill lands between lines or while one is being saved.
                    let count = 1 + random.below(5)
                    for line in remaining.prefix(count) {
                        game.send(line)
                        usleep(UInt32(random.below(4_000)))
                    }
                    usleep(UInt32(random.below(count * 5_000)))
                }
                game.kill()
                if game.wasKilled { kills += 1 }

                // Whatever was saved is the start of what the uninterrupted run saved.
                if let now = try savedSession(in: data) {
                    let sofar = try answers(in: journal(of: now.id, in: data))
                    if let wrong = sofar.indices.first(where: { $0 >= expectedAnswers.count || sofar[$0] != expectedAnswers[$0] }) {
                        Issue.record("""
                            seed \(seed), after kill \(kills): saved answer \(wrong + 1) is not what the uninterrupted run saved
                              saved:    \(sofar[wrong])
                              expected: \(wrong < expectedAnswers.count ? expectedAnswers[wrong] : "nothing")
                            """)
                        return
                    }
                }
            }
            guard let final = try savedSession(in: data) else {
                Issue.record("no session was saved")
                return
            }
            let actual = try SaveFixtures.timeless(try journal(of: final.id, in: data))
            #expect(actual == expected, "seed \(seed): the journal after \(kills) kills differs from the uninterrupted one")
        }
        print("datenight: \(kills) SIGKILLs over \(playthroughs) playthroughs of \(script.count) lines; every journal matched")
        #expect(kills >= Self.minimumKills)
    }

    private struct Saved {
        var id: Int
        var finished: Bool
    }

    /// The only session in `data`, if one was saved yet.
    private func savedSession(in data: URL) throws -> Saved? {
        let result = try Datenight.run(["sessions", "--format", "json", "--data-dir", data.path])
        try #require(result.status == 0, "sessions after a kill: \(result.stderr)")
        let list = try #require(SaveFixtures.jsonObject(result.stdout) as? [[String: Any]])
        #expect(list.count <= 1, "a killed start never leaves a second session behind")
        guard let first = list.first, let id = first["id"] as? Int else { return nil }
        return Saved(id: id, finished: first["finished"] as? Bool ?? false)
    }

    private func journal(of id: Int, in data: URL) throws -> String {
        let result = try Datenight.run(["journal", String(id), "--format", "json", "--data-dir", data.path])
        try #require(result.status == 0, "journal: \(result.stderr)")
        return result.stdout
    }

    /// Each answer as one comparable line: who, what was asked, what was given.
    private func answers(in journal: String) throws -> [String] {
        let object = try #require(SaveFixtures.jsonObject(journal) as? [String: Any])
        let list = try #require(object["answers"] as? [[String: Any]])
        return list.map { answer in
            ["step", "slot", "node", "question", "prompt", "response", "text"].map { "\(answer[$0] ?? "-")" }.joined(separator: " | ")
        }
    }
}
