import Benchmark
import DateNightCore
import Foundation

// In-process figures for docs/performance.md. Run: `DATENIGHT_BENCHMARKS=1 swift package benchmark`
// (Performance/measure.sh does it and adds the whole-process figures).

/// The repository, found from this file so the benchmarks run from any directory.
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A generated 10,000-node scene: `$DATENIGHT_GENERATED_SCENE` if set (the measuring script
/// passes the same file it gives Python), else one made now by Performance/generate-scene.py.
func generatedScene() -> [UInt8] {
    if let path = ProcessInfo.processInfo.environment["DATENIGHT_GENERATED_SCENE"],
       let data = FileManager.default.contents(atPath: path) {
        return [UInt8](data)
    }
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("datenight-generated-10000.json")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "python3 '\(repository.path)/Performance/generate-scene.py' 10000 > '\(output.path)'"]
    try? process.run()
    process.waitUntilExit()
    return [UInt8](FileManager.default.contents(atPath: output.path) ?? Data())
}

func bundledSceneFiles() -> [(file: String, bytes: [UInt8])] {
    let folder = repository.appendingPathComponent("Scenes")
    let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
        .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }.sorted()
    return files.compactMap { name in
        FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { (name, [UInt8]($0)) }
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(5), maxIterations: 200)

    let big = generatedScene()
    Benchmark("Load and validate a 10,000-node scene") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(SceneLoader.load(big, file: "generated.json"))
        }
    }

    let bundled = bundledSceneFiles()
    Benchmark("Load and validate every bundled scene") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(SceneLoader.loadAll(bundled, duplicateIDs: .allowed))
        }
    }

    let library = SceneLoader.loadAll(bundled, duplicateIDs: .allowed).compactMap(\.scene)
    Benchmark("Play 1,000 steps of love mapping") { benchmark in
        guard let scene = library.first(where: { $0.id == "love-mapping" }) else { return }
        for _ in benchmark.scaledIterations {
            var game = Interpreter(scene: scene, library: library, players: ("Alex", "Sam"), seed: 42)
            var step = game.start()
            for turn in 0..<1_000 {
                guard let request = step.request else {
                    game = Interpreter(scene: scene, library: library, players: ("Alex", "Sam"), seed: UInt64(turn))
                    step = game.start()
                    continue
                }
                // Answers rather than passes, as a couple playing through would.
                let inputs = request.possibleInputs().filter { $0 != .pass }
                guard !inputs.isEmpty else { break }
                step = (try? game.send(inputs[turn % inputs.count])) ?? step
            }
            blackHole(step)
        }
    }

    Benchmark("Save and restore the engine state") { benchmark in
        guard let scene = library.first(where: { $0.id == "sampler" }) else { return }
        var game = Interpreter(scene: scene, library: library, players: ("Alex", "Sam"), seed: 1)
        _ = game.start()
        _ = try? game.send(.choose(1))
        let encoder = JSONEncoder(), decoder = JSONDecoder()
        for _ in benchmark.scaledIterations {
            guard let data = try? encoder.encode(game.state),
                  let state = try? decoder.decode(EngineState.self, from: data),
                  var restored = try? Interpreter(restoring: state, library: library) else { continue }
            blackHole(restored.resume())
        }
    }
}
