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
                // Every third step, starting at a different one for each seed, so that across
                // the seeds every position is cut at: each cut replays the rest of its walk,
                // and cutting at every step of every walk was most of this suite's time.
                for cut in stride(from: Int(seed % 3), to: run.inputs.count, by: 3) {
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

    /// A save names nodes, scenes, decks, questions and variables by their ids, never by where
    /// they sit in a file: restored into the same scenes with their nodes in reverse order, play
    /// goes on exactly as before; and no number in the save could be an index into the file.
    /// (Options keep their order: `Input.choose` counts among the options shown.)
    @Test func savedStateIsKeyedByNamesNotPositions() throws {
        let library = try Repository.bundledScenes()
        let sampler = try #require(library.first { $0.id == "sampler" })
        let reordered = try library.map { $0.id == "sampler" || $0.id == "sampler-hug" ? try reversed($0.id) : $0 }
        var checkedCuts = 0
        for seed in UInt64(1)...6 {
            let run = try walk(sampler, library: library, seed: seed)
            for cut in stride(from: 1, to: run.inputs.count, by: 3) {
                var restored = try Interpreter(restoring: run.states[cut], library: reordered)
                #expect(restored.resume().request.map(nodeID) == run.steps[cut].request.map(nodeID), "seed \(seed) cut \(cut)")
                var continued: [String?] = []
                for input in run.inputs[cut...] { continued.append(try restored.send(input).request.map(nodeID)) }
                #expect(continued == run.steps[(cut + 1)...].map { $0.request.map(nodeID) }, "seed \(seed) cut \(cut): the rest of the run differs")
                checkedCuts += 1
            }
            for state in run.states {
                let json = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(state))
                let numbers = numberPaths(in: json, path: "")
                #expect(numbers.contains("seed") && numbers.contains("stepsDone"), "the numbers were found: \(numbers)")
                #expect(numbers.isSubset(of: Self.countsInASave), "numbers a save should not hold: \(numbers.subtracting(Self.countsInASave))")
            }
        }
        #expect(checkedCuts > 20)
    }

    /// Every number a save may hold: counts and the seed, none of them a place in a file.
    static let countsInASave: Set<String> = ["format", "seed", "stepsDone", "position.step", "position.round.index",
                                             "stack.round.index", "visits.*", "variables.*.*", "active"]

    /// The dotted path of every number (or flag) in `json`, with dictionary keys that are ids written `*`.
    private func numberPaths(in json: Any, path: String) -> Set<String> {
        switch json {
        case let dictionary as [String: Any]:
            return dictionary.reduce(into: Set<String>()) { found, entry in
                let idKeyed = ["visits", "variables", "variables.*", "answers", "answers.*", "drawn", "drawn.*"].contains(path)
                let key = path.isEmpty ? entry.key : path + "." + (idKeyed ? "*" : entry.key)
                found.formUnion(numberPaths(in: entry.value, path: key))
            }
        case let array as [Any]:
            return array.reduce(into: Set<String>()) { $0.formUnion(numberPaths(in: $1, path: path)) }
        case is NSNumber:
            return [path]
        default:
            return []
        }
    }

    private func nodeID(_ request: Request) -> String {
        switch request {
        case .prompt(let prompt): "\(prompt.nodeID) \(prompt.text)"
        case .choice(let choice): "\(choice.nodeID) \(choice.text) \(choice.options)"
        case .timer(let timer): timer.nodeID
        case .breathing(let breathing): breathing.nodeID
        }
    }

    /// A bundled scene's file with its nodes in reverse order.
    private func reversed(_ id: String) throws -> Scene {
        let file = try #require(try Repository.sceneFiles(in: Repository.scenes).first { $0.deletingPathExtension().lastPathComponent == id })
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [Any])
        json["nodes"] = Array(nodes.reversed())
        let bytes = try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])
        let loaded = SceneLoader.load([UInt8](bytes), file: file.path, knownScenes: ["sampler", "sampler-hug"])
        return try #require(loaded.scene, "\(loaded.diagnostics.map(\.formatted))")
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
