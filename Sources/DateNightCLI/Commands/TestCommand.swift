import ArgumentParser
import DateNightCore
import Foundation
import Synchronization

/// `datenight test SCENE...`: plays every path of a scene so its author does not have to.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Play every path of a scene and report nodes never reached, dead ends and unfilled placeholders.",
        discussion: """
            Tries every choice, every pass and every early stop, with each player leading, \
            for a first visit and for a couple with earlier answers and finished sessions \
            when the scene recalls them, then plays seeded random walks. Exits 0 when every scene passes, 65 when any has \
            a problem. SCENE is an id, a number from 'datenight scenes', or a scene file. Scenes are explored two at \
            a time (a scene that calls no other with each player leading side by side) and reported in the order named; on a terminal, progress is shown on standard error after the \
            first second (a line every few seconds with --plain or TERM=dumb).
            """
    )

    @Argument(help: ArgumentHelp("The scenes to test; all of them when none is named.", valueName: "scene"), completion: GameCompletions.scenes)
    var scenes: [String] = []

    @Option(name: .customLong("walks"), help: "How many seeded random walks to play per scene.")
    var randomWalks = 200

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (0...100_000).contains(randomWalks) else { throw ValidationError("--walks must be between 0 and 100000") }
    }

    func run() throws {
        let files = scenes.filter { $0.hasSuffix(".json") || $0.contains("/") }
        let catalog: SceneCatalog
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw UserFacingError.notFound("no such scene file: \(file)")
        }
        catalog = try SceneCatalog.load(extraFolders: global.sceneFolders, extraFiles: files)
        let broken = catalog.diagnostics.filter { diagnostic in files.contains(diagnostic.file) }
        broken.forEach { StandardError.write($0.formatted) }
        if !broken.isEmpty {
            throw UserFacingError.data("fix the errors above first ('datenight validate' lists them)")
        }
        let chosen: [SceneCatalog.Entry]
        chosen = try scenes.isEmpty ? catalog.entries : scenes.map { query in
            if files.contains(query) {
                guard let entry = catalog.entries.first(where: { $0.file == query }) else {
                    throw UserFacingError.data("\(query) could not be loaded")
                }
                return entry
            }
            return try catalog.resolve(query)
        }

        var failed = 0
        explore(chosen, library: catalog.scenes) { entry, report in
            let summary = "\(report.statesExplored) situations, \(report.transitions) inputs tried, "
                + "\(report.endingsReached) ending\(report.endingsReached == 1 ? "" : "s"), \(report.randomWalks) random walks"
                + (report.earlierSessionsTried > 1 ? ", \(report.earlierSessionsTried) histories of earlier sessions" : "")
            if report.passed {
                CommandOutput.say("\(entry.scene.id): ok — \(summary)")
                return
            }
            failed += 1
            CommandOutput.say("\(entry.scene.id): \(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") — \(summary)")
            if report.truncated {
                CommandOutput.say("  exploration stopped after \(report.statesExplored) situations; the scene has too many distinct states to try them all")
            }
            for problem in report.problems {
                let place = catalog.entries.first { $0.scene.id == problem.sceneID }
                let position = place?.scene.nodes[problem.nodeID]?.position
                let prefix = place.map { "\($0.file):\(position?.line ?? 1):\(position?.column ?? 1)" } ?? problem.sceneID
                CommandOutput.say("  \(prefix): error: node '\(problem.nodeID)': \(problem.kind.rawValue): \(problem.detail)")
            }
        }
        if failed > 0 { throw ExitStatus.dataError }
    }

    /// Explores the scenes two pieces at a time (`SceneExplorer.pieces`, the largest first, by
    /// `SceneExplorer.estimatedCost(of:)`) and hands each report to `report` in the order the
    /// scenes were chosen, as soon as it and every one before it are done: the output is the same
    /// as one at a time, only sooner. Each piece is deterministic and shares nothing with the
    /// others; a scene's report is put together once all its pieces are done.
    private func explore(_ entries: [SceneCatalog.Entry], library: [Scene],
                         report: (SceneCatalog.Entry, ExplorationReport) -> Void) {
        let progress = ExplorationProgress(sceneCount: entries.count, plainRequested: global.plain)
        let calledScenes = CalledSceneCache()
        let explorers = entries.map { entry in
            var explorer = SceneExplorer(scene: entry.scene, library: library)
            explorer.calledScenes = calledScenes
            explorer.randomWalkCount = randomWalks
            if progress.style != .quiet { explorer.progress = { progress.explored($0) } }
            return explorer
        }
        let pieces = explorers.map(\.pieces)
        let tasks = pieces.indices.flatMap { scene in pieces[scene].indices.map { (scene: scene, piece: $0) } }
            .map { task in (task, cost: explorers[task.scene].estimatedCost(of: pieces[task.scene][task.piece])) }
            .sorted { $0.cost > $1.cost }
            .map(\.0)
        let ids = entries.map(\.scene.id)
        let shared = SharedRun(pieces: pieces.map(\.count))
        let ready = DispatchSemaphore(value: 0)
        let group = DispatchGroup()
        for _ in 0..<min(2, tasks.count) {
            DispatchQueue.global().async(group: group) {
                while true {
                    let next: (scene: Int, piece: Int)? = shared.next.withLock { next in
                        guard next < tasks.count else { return nil }
                        next += 1
                        return tasks[next - 1]
                    }
                    guard let (index, piece) = next else { return }
                    if shared.start(index) { progress.started(ids[index]) }
                    let found = explorers[index].explore(pieces[index][piece])
                    guard let all = shared.finish(index, piece: piece, found) else { continue }
                    let combined = explorers[index].report(combining: all)
                    progress.completed(ids[index])
                    shared.results.withLock { $0[index] = combined }
                    ready.signal()
                }
            }
        }
        for index in entries.indices {
            var found = shared.results.withLock { $0[index] }
            while found == nil {
                ready.wait()
                found = shared.results.withLock { $0[index] }
            }
            if let found { progress.finished(ids[index]) { report(entries[index], found) } }
        }
        group.wait()
        progress.end()
    }
}

/// What the workers of `datenight test` share: the next piece to take, each scene's pieces'
/// findings as they come in, and the reports.
private final class SharedRun: Sendable {
    private struct Scenes {
        var started: [Bool]
        var findings: [[SceneExplorer.Findings?]]
    }

    let next = Mutex(0)
    let results: Mutex<[ExplorationReport?]>
    private let scenes: Mutex<Scenes>

    /// - Parameter pieces: how many pieces each scene's exploration has.
    init(pieces: [Int]) {
        results = Mutex(Array(repeating: nil, count: pieces.count))
        scenes = Mutex(Scenes(started: Array(repeating: false, count: pieces.count),
                              findings: pieces.map { Array(repeating: nil, count: $0) }))
    }

    /// Whether this is the first piece of the scene to start.
    func start(_ scene: Int) -> Bool {
        scenes.withLock { scenes in
            defer { scenes.started[scene] = true }
            return !scenes.started[scene]
        }
    }

    /// Keeps a piece's findings; every piece's, in order, once this was the scene's last.
    func finish(_ scene: Int, piece: Int, _ found: SceneExplorer.Findings) -> [SceneExplorer.Findings]? {
        scenes.withLock { scenes in
            scenes.findings[scene][piece] = found
            let all = scenes.findings[scene].compactMap { $0 }
            return all.count == scenes.findings[scene].count ? all : nil
        }
    }
}
