@testable import DateNightCore
import Foundation
import Testing

/// The node kinds are one list in five places: the loader, the model, the JSON Schema, the
/// format's documentation and the samples that show each kind at work. A kind added to one
/// and forgotten in another fails here.
@Suite("Node kinds in step")
struct NodeKindTests {
    /// What the loader accepts.
    static let loaderKinds = Set(NodeKind.allCases.map(\.rawValue))

    static func json(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: Repository.root.appendingPathComponent(path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(path) is not an object")
    }

    static func samplePaths() throws -> [String] {
        let files = try Repository.sceneFiles(in: Repository.scenes.appendingPathComponent("samples"))
        return files.map { "Scenes/samples/" + $0.lastPathComponent }
    }

    @Test func theSchemaListsTheLoadersKindsAndDescribesEachOne() throws {
        #expect(Self.loaderKinds.count >= 12)
        let definitions = try #require(try Self.json("Scenes/scene.schema.json")["$defs"] as? [String: Any])
        let node = try #require(definitions["node"] as? [String: Any])
        let listed = try #require(((node["properties"] as? [String: Any])?["kind"] as? [String: Any])?["enum"] as? [String])
        #expect(Set(listed) == Self.loaderKinds, "the schema's list of kinds")
        let shapes = try #require(node["oneOf"] as? [[String: String]])
        let described = try shapes.map { shape in
            let name = try #require(shape["$ref"]?.replacingOccurrences(of: "#/$defs/", with: ""))
            let definition = try #require(definitions[name] as? [String: Any], "no $defs/\(name)")
            return try #require(((definition["properties"] as? [String: Any])?["kind"] as? [String: Any])?["const"] as? String,
                                "$defs/\(name) fixes no kind")
        }
        #expect(described.count == Set(described).count, "a kind described twice: \(described.sorted())")
        #expect(Set(described) == Self.loaderKinds, "the schema's node shapes")
    }

    @Test func theFormatDocumentHasASectionForEachKind() throws {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("docs/scene-format.md"), encoding: .utf8)
        let nodes = try #require(text.components(separatedBy: "\n## Nodes\n").dropFirst().first?.components(separatedBy: "\n## ").first)
        let headings = nodes.split(separator: "\n").filter { $0.hasPrefix("### ") }
        let documented = headings.flatMap { $0.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) } }
        #expect(Set(documented) == Self.loaderKinds)
    }

    /// The samples are where an author sees every kind at work, and what the explorer and the
    /// property tests walk; the model names each kind as the file does.
    @Test func theSamplesUseEveryKindAndTheModelNamesThemAsWritten() throws {
        var written: Set<String> = []
        var modelled: Set<String> = []
        for path in try Self.samplePaths() {
            let nodes = try #require(try Self.json(path)["nodes"] as? [[String: Any]])
            written.formUnion(nodes.compactMap { $0["kind"] as? String })
            let loaded = SceneLoader.load([UInt8](try Data(contentsOf: Repository.root.appendingPathComponent(path))), file: path)
            let scene = try #require(loaded.scene, "\(path): \(loaded.diagnostics.map(\.formatted))")
            modelled.formUnion(scene.nodes.values.map(\.body.kindName))
        }
        #expect(written == Self.loaderKinds, "kinds in the samples: missing \(Self.loaderKinds.subtracting(written).sorted()), unknown \(written.subtracting(Self.loaderKinds).sorted())")
        #expect(modelled == written)
    }
}
