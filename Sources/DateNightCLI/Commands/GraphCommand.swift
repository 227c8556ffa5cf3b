import ArgumentParser
import DateNightCore
import Foundation

/// `datenight graph SCENE`: a map of a scene's graph for its author.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw a scene's graph as Graphviz DOT or Mermaid.",
        discussion: """
            Every node with its kind and a short label, every edge with its choice label or \
            condition; the start and the ends stand out. For a picture: \
            datenight graph eye-gazing | dot -Tsvg > eye-gazing.svg
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, mermaid
    }

    @Argument(help: ArgumentHelp("The scene: an id, a number from 'datenight scenes', or a scene file.", valueName: "scene"), completion: GameCompletions.scenes)
    var scene: String

    @Option(help: "dot for Graphviz, mermaid for Mermaid viewers.")
    var format: Format = .dot

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let entry = try global.scene(named: scene).entry
        let graph = SceneGraph(entry.scene)
        CommandOutput.document(format == .dot ? graph.dot : graph.mermaid, terminator: "")
    }
}
