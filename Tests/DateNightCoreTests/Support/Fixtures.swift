import DateNightCore
import Foundation
import Testing

/// Loads scene text written inline in a test, as a file called `test.json`.
func load(_ json: String, knownScenes: Set<String>? = nil) -> LoadedScene {
    SceneLoader.load(Array(json.utf8), file: "test.json", knownScenes: knownScenes)
}

/// A scene that must load cleanly; records an issue (with every diagnostic) when it does not.
func scene(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Scene {
    let loaded = load(json)
    let scene = try #require(loaded.scene, "\(loaded.diagnostics.map(\.formatted))", sourceLocation: sourceLocation)
    return scene
}

/// The repository's folders, found from this file so tests run from any working directory.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let scenes = root.appendingPathComponent("Scenes")

    /// Every bundled scene file, loaded together as the game loads them.
    static func bundledScenes() throws -> [Scene] {
        let files = try sceneFiles(in: scenes).map { ($0.path, [UInt8](try Data(contentsOf: $0))) }
        let loaded = SceneLoader.loadAll(files)
        let problems = loaded.flatMap(\.diagnostics).filter { $0.severity == .error }
        #expect(problems.isEmpty, "\(problems.map(\.formatted))")
        return loaded.compactMap(\.scene)
    }

    static func sceneFiles(in folder: URL) throws -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        let urls = (enumerator?.allObjects as? [URL]) ?? []
        return urls.filter { $0.pathExtension == "json" && !$0.lastPathComponent.hasSuffix(".schema.json") }
            .sorted { $0.path < $1.path }
    }
}

/// Builds a minimal valid scene around the given nodes so each test shows only what it is about.
func sceneJSON(start: String = "a", variables: String = "{}", decks: String = "{}", nodes: String) -> String {
    """
    {
      "format": 1, "id": "t", "title": "T", "summary": "S", "minutes": 5, "kinds": ["emotional"],
      "start": "\(start)", "variables": \(variables), "decks": \(decks),
      "nodes": [
    \(nodes)
      ]
    }
    """
}
