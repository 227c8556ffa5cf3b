import Benchmark
import DateNightCore
import Foundation
import SessionStore

// The durability figure for docs/performance.md: one answer committed with synchronous=FULL,
// as the play loop does before showing the next question.
// Run: `DATENIGHT_BENCHMARKS=1 swift package benchmark --target StorageBenchmarks`

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func sampler() -> (Scene, [Scene])? {
    let folder = repository.appendingPathComponent("Scenes/samples")
    let files = ["sampler.json", "sampler-hug.json"].compactMap { name in
        FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { (name, [UInt8]($0)) }
    }
    let scenes = SceneLoader.loadAll(files).compactMap(\.scene)
    return scenes.first { $0.id == "sampler" }.map { ($0, scenes) }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark("Commit one answer durably", configuration: .init(
        metrics: [.wallClock, .cpuTotal, .syscalls], maxDuration: .seconds(10), maxIterations: 2_000)) { benchmark in
        guard let (scene, library) = sampler() else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("datenight-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let store = try? SessionStore.open(DataDirectory(path: folder.path)) else { return }
        var game = Interpreter(scene: scene, library: library, players: ("Alex", "Sam"), seed: 1)
        let first = game.start()
        let new = NewSession(sceneID: scene.id, sceneTitle: scene.title, sceneHash: "bench", sceneFile: nil,
                             sceneKinds: scene.kinds.map(\.rawValue), players: ["Alex", "Sam"], seed: 1, recordsAnswers: true)
        guard let (id, _) = try? store.begin(new, state: game.state, progress: game.progress) else { return }
        _ = first
        // A typical step: one recorded answer and the engine state after it.
        let record = AnswerRecord(sceneID: scene.id, nodeID: "small-joy", key: "small_joy", questionID: nil,
                                  prompt: "What was one small joy of your week?", player: .first,
                                  response: .text("A long walk by the river on Sunday morning"), secret: false, isChoice: false)
        let events: [Event] = [.recorded(record)]
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            try? store.record(session: id, events: events, state: game.state, progress: game.progress, recordsAnswers: true)
        }
        benchmark.stopMeasurement()
    }
}
