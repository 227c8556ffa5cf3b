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
            a time and reported in the order named; on a terminal, progress is shown on standard error after the \
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

    /// Explores the scenes two at a time (the largest first, by `SceneExplorer.estimatedCost`)
    /// and hands each report to `report` in the order the scenes were chosen, as soon as it and
    /// every one before it are done: the output is the same as one at a time, only sooner.
    /// Each exploration is deterministic and shares nothing with the others.
    private func explore(_ entries: [SceneCatalog.Entry], library: [Scene],
                         report: (SceneCatalog.Entry, ExplorationReport) -> Void) {
        let progress = ExplorationProgress(sceneCount: entries.count, plainRequested: global.plain)
        let explorers = entries.map { entry in
            var explorer = SceneExplorer(scene: entry.scene, library: library)
            explorer.randomWalkCount = randomWalks
            if progress.style != .quiet { explorer.progress = { progress.explored($0) } }
            return explorer
        }
        let order = explorers.indices.sorted { explorers[$0].estimatedCost > explorers[$1].estimatedCost }
        let ids = entries.map(\.scene.id)
        let shared = SharedRun(count: entries.count)
        let ready = DispatchSemaphore(value: 0)
        let group = DispatchGroup()
        for _ in 0..<min(2, entries.count) {
            DispatchQueue.global().async(group: group) {
                while true {
                    let task: Int? = shared.next.withLock { next in
                        guard next < order.count else { return nil }
                        next += 1
                        return order[next - 1]
                    }
                    guard let index = task else { return }
                    progress.started(ids[index])
                    let found = explorers[index].explore()
                    progress.completed(ids[index])
                    shared.results.withLock { $0[index] = found }
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

/// What the workers of `datenight test` share: the next scene to take, and the reports.
private final class SharedRun: Sendable {
    let next = Mutex(0)
    let results: Mutex<[ExplorationReport?]>

    init(count: Int) {
        results = Mutex(Array(repeating: nil, count: count))
    }
}
