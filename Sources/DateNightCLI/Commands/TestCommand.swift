import ArgumentParser
import DateNightCore
import Foundation

/// `datenight test SCENE...`: plays every path of a scene so its author does not have to.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Play every path of a scene and report nodes never reached, dead ends and unfilled placeholders.",
        discussion: """
            Tries every choice, every pass and every early stop, with each player leading, \
            for a first visit and for a couple with earlier answers and finished sessions \
            when the scene recalls them, then plays seeded random walks. Exits 0 when every scene passes, 65 when any has \
            a problem. SCENE is an id, a number from 'datenight scenes', or a scene file.
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
        for entry in chosen {
            StandardError.write("testing \(entry.scene.id)…")
            var explorer = SceneExplorer(scene: entry.scene, library: catalog.scenes)
            explorer.randomWalkCount = randomWalks
            let report = explorer.explore()
            let summary = "\(report.statesExplored) situations, \(report.transitions) inputs tried, "
                + "\(report.endingsReached) ending\(report.endingsReached == 1 ? "" : "s"), \(report.randomWalks) random walks"
                + (report.earlierSessionsTried > 1 ? ", \(report.earlierSessionsTried) histories of earlier sessions" : "")
            if report.passed {
                CommandOutput.say("\(entry.scene.id): ok — \(summary)")
                continue
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
}
