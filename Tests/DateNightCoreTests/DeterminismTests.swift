import DateNightCore
import Foundation
import Testing

/// Property-style checks over seeded random walks through every sample and bundled scene: play
/// never crashes, always ends or waits cleanly, and a state saved at any step continues exactly
/// as the uninterrupted run.
@Suite("Determinism and save/restore")
struct DeterminismTests {
    static let walksPerScene = 60

    /// Plays one random walk, returning every step; stops after `limit` inputs.
    func walk(_ scene: Scene, library: [Scene], seed: UInt64, limit: Int = 400) throws -> (steps: [Step], inputs: [Input], states: [EngineState]) {
        var generator = SeededGenerator(seed: seed)
        var (game, step) = session(scene, library: library, seed: seed)
        var steps = [step], inputs: [Input] = [], states = [game.state]
        while let request = step.request, inputs.count < limit {
            let input = randomInput(for: request, using: &generator)
            step = try game.send(input)
            inputs.append(input)
            steps.append(step)
            states.append(game.state)
        }
        return (steps, inputs, states)
    }

    @Test func randomWalksEndOrWaitCleanlyAndRepeatExactly() throws {
        let library = try Repository.bundledScenes()
        #expect(library.contains { $0.id == "sampler" })
        for scene in library {
            for seed in UInt64(1)...UInt64(Self.walksPerScene) {
                let run = try walk(scene, library: library, seed: seed)
                let last = try #require(run.steps.last)
                #expect(last.isFinished || run.inputs.count == 400, "\(scene.id) seed \(seed) neither ended nor kept asking")
                #expect(!last.events.contains { if case .stuck = $0 { true } else { false } }, "\(scene.id) got stuck")
                if seed <= 5 {
                    let again = try walk(scene, library: library, seed: seed)
                    #expect(again.steps == run.steps, "\(scene.id) seed \(seed) played differently the second time")
                }
            }
        }
    }

    @Test func stateSavedAtAnyStepContinuesExactlyAsTheUninterruptedRun() throws {
        let library = try Repository.bundledScenes()
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        for scene in library {
            for seed in UInt64(100)..<UInt64(100 + 8) {
                let run = try walk(scene, library: library, seed: seed)
                for cut in 0..<run.inputs.count {
                    let saved = try encoder.encode(run.states[cut])
                    var restored = try Interpreter(restoring: try decoder.decode(EngineState.self, from: saved), library: library)
                    let resumed = restored.resume()
                    #expect(resumed.events.isEmpty)
                    #expect(resumed.request == run.steps[cut].request, "\(scene.id) seed \(seed) cut \(cut): a different question after restoring")
                    var continued: [Step] = []
                    for input in run.inputs[cut...] { continued.append(try restored.send(input)) }
                    #expect(continued == Array(run.steps[(cut + 1)...]), "\(scene.id) seed \(seed) cut \(cut): the rest of the run differs")
                    #expect(restored.state == run.states.last)
                }
            }
        }
    }

    @Test func savedStateIsKeyedByNamesNotPositions() throws {
        let library = try Repository.bundledScenes()
        let sampler = try #require(library.first { $0.id == "sampler" })
        let run = try walk(sampler, library: library, seed: 3, limit: 6)
        let json = String(decoding: try JSONEncoder().encode(run.states.last), as: UTF8.self)
        #expect(json.contains("\"node\":\""), "positions are node ids")
        #expect(json.contains("\"sampler\""))
    }

    @Test func restoringIntoASceneThatLostTheNodeSaysSo() throws {
        let library = try Repository.bundledScenes()
        let sampler = try #require(library.first { $0.id == "sampler" })
        let run = try walk(sampler, library: library, seed: 3, limit: 2)
        var state = try #require(run.states.last)
        state.position?.node = "renamed-away"
        #expect(throws: RestoreError.missingNode(scene: "sampler", node: "renamed-away")) {
            _ = try Interpreter(restoring: state, library: library)
        }
    }
}
