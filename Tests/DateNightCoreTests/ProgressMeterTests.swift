import DateNightCore
import Testing

/// What the couple sees of their progress: a bar that never runs backwards and is full at
/// the end, and a round's "question k of n" whose n never changes under them.
@Suite("Honest progress")
struct ProgressMeterTests {
    struct Walk {
        var shown: [Double] = []
        var estimates: [Int] = []
        var places: [RoundPlace?] = []
        var finalShown = 0.0
    }

    /// Plays `sceneID` to its end: every prompt answered, every exercise finished, and at each
    /// choice the next pick scripted for that node (the first option once the script runs out).
    func walk(_ sceneID: String, picks: [String: [Int]]) throws -> Walk {
        let library = try Repository.bundledScenes()
        let scene = try #require(library.first { $0.id == sceneID })
        var (game, step) = session(scene, library: library, seed: 11)
        var meter = ProgressMeter()
        var picks = picks
        var walk = Walk()
        var steps = 0
        while let request = step.request, steps < 3000 {
            walk.shown.append(meter.advance(to: game.progress))
            walk.estimates.append(game.progress.estimatedTotal ?? -1)
            walk.places.append(game.roundPlace)
            let input: Input
            switch request {
            case .prompt: input = .answer("x")
            case .choice(let choice):
                var pick = 1
                if var queue = picks[choice.nodeID], !queue.isEmpty {
                    pick = queue.removeFirst()
                    picks[choice.nodeID] = queue
                }
                input = .choose(min(pick, choice.options.count))
            case .timer, .breathing: input = .timerFinished
            }
            step = try game.send(input)
            steps += 1
        }
        #expect(step.request == nil, "\(sceneID) reached its end")
        walk.finalShown = meter.advance(to: game.progress)
        return walk
    }

    func expectHonest(_ walk: Walk, _ name: String) {
        for (index, pair) in zip(walk.shown, walk.shown.dropFirst()).enumerated() {
            #expect(pair.1 >= pair.0, "\(name): the bar fell from \(pair.0) to \(pair.1) at step \(index + 1)")
        }
        #expect(walk.shown.allSatisfy { $0 < 1 }, "\(name): not full before the end")
        #expect(walk.finalShown == 1, "\(name): full at the end")
        // Inside a round, the question count counts up by one and its total stays put.
        for (before, after) in zip(walk.places, walk.places.dropFirst()) {
            guard let before, let after, after.of == before.of, after.question != 1 else { continue }
            #expect(after.question == before.question || after.question == before.question + 1, "\(name): \(before) then \(after)")
        }
    }

    @Test func aFullLoveMappingSittingNeverRunsBackwards() throws {
        // Classic round, the guessing game, a lightning round, then "That's us for tonight".
        let walk = try walk("love-mapping", picks: ["menu": [1], "classic-flavour": [1], "again": [2, 3, 4], "guess-verdict": [1, 2, 3]])
        expectHonest(walk, "love mapping")
        // The raw estimate does grow as they choose the long way round: that is what the meter is for.
        #expect(zip(walk.estimates, walk.estimates.dropFirst()).contains { $1 > $0 })
        #expect(walk.places.contains { $0 == RoundPlace(question: 12, of: 12) }, "the classic round's last question")
    }

    @Test func aWholeDateNightNeverRunsBackwards() throws {
        // Love mapping first (one classic round), then eye gazing, then the gratitude ritual.
        let walk = try walk("date-night", picks: ["pick-first": [1], "menu": [1], "classic-flavour": [1], "again": [4],
                                                  "pick-second": [4], "closing-choice": [1]])
        expectHonest(walk, "date night")
        #expect(walk.shown.count > 30)
    }
}
