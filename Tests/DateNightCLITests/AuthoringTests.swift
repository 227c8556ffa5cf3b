import Foundation
import Testing

/// The authoring promises: the guide's example is a real scene that validates, passes
/// `datenight test` and plays; the JSON Schema agrees with the loader.
@Suite("Authoring guide and schema")
struct AuthoringTests {
    static let example = "docs/examples/three-good-things.json"

    @Test func theGuidesExampleValidatesPassesTestAndPlays() throws {
        let validated = try Datenight.run(["validate", Self.example])
        #expect(validated.status == 0, "\(validated.stderr)")
        let tested = try Datenight.run(["test", Self.example, "--walks", "50"])
        #expect(tested.status == 0, "\(tested.stdout)")
        let played = try Datenight.shell(#"yes 1 | "$DATENIGHT" play \#(Self.example) --players Alex,Sam --time-scale 0"#)
        #expect(played.status == 0, "\(played.stderr)")
        #expect(played.stdout.contains("Here's to more weeks with \"1\" and \"1\" in them."))
    }

    @Test func theGuidesFirstSceneIsTheFileItDescribes() throws {
        let guide = try String(contentsOf: Datenight.repository.appendingPathComponent("docs/authoring.md"), encoding: .utf8)
        let firstBlock = try #require(guide.components(separatedBy: "```json\n").dropFirst().first?.components(separatedBy: "```").first)
        let folder = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("hello.json")
        try Data(firstBlock.utf8).write(to: file)
        let played = try Datenight.run(["play", file.path, "--players", "Alex,Sam"])
        #expect(played.status == 0, "\(played.stderr)")
        #expect(played.stdout.contains("Hello Alex and Sam!"))
        // The mistake the guide shows gives the messages the guide prints.
        try Data(firstBlock.replacingOccurrences(of: "\"next\": \"bye\"", with: "\"nxet\": \"bye\"").utf8).write(to: file)
        let broken = try Datenight.run(["validate", file.path])
        #expect(broken.status == 65)
        for line in broken.stderr.split(separator: "\n") {
            let shown = line.replacingOccurrences(of: file.path, with: "my-scenes/hello.json")
            #expect(guide.contains(shown), "the guide does not show: \(shown)")
        }
    }

    /// Runs Python's jsonschema (draft 2020-12) over files; .ci/run installs it when missing.
    private func schemaErrors(_ files: [String]) throws -> [String: Int] {
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        for path in sys.argv[2:]:
            with open(path) as f:
                print(len(list(validator.iter_errors(json.load(f)))), path)
        """
        let result = try Datenight.shell("python3 -c '\(script)' Scenes/scene.schema.json \(files.joined(separator: " "))")
        #expect(result.status == 0, "python3 with jsonschema is needed: \(result.stderr)")
        var counts: [String: Int] = [:]
        for line in result.stdout.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            if parts.count == 2, let count = Int(parts[0]) { counts[parts[1]] = count }
        }
        return counts
    }

    private func jsonFiles(under folder: String) -> [String] {
        let url = Datenight.repository.appendingPathComponent(folder)
        let all = (FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String]) ?? []
        return all.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".schema.json") }.map { "\(folder)/\($0)" }.sorted()
    }

    @Test func everyBundledAndSampleScenePassesTheSchema() throws {
        let files = jsonFiles(under: "Scenes") + [Self.example]
        #expect(files.count >= 12)
        let counts = try schemaErrors(files)
        for file in files {
            #expect(counts[file] == 0, "\(file): \(counts[file].map(String.init) ?? "not checked") schema errors")
        }
    }

    @Test func scenesBrokenInShapeFailTheSchemaAndTheLoader() throws {
        let files = jsonFiles(under: "Tests/Fixtures/broken-shape")
        #expect(files.count >= 10)
        let counts = try schemaErrors(files)
        for file in files {
            #expect((counts[file] ?? 0) > 0, "\(file) passes the schema but the loader refuses it")
            let validated = try Datenight.run(["validate", file])
            #expect(validated.status == 65, "\(file) passes the loader")
        }
    }
}
