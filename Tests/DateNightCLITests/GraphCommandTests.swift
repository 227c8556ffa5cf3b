import Foundation
import Testing

@Suite("datenight graph")
struct GraphCommandTests {
    static let sceneIDs: [String] = {
        guard let result = try? Datenight.run(["scenes", "--format", "json"]),
              let list = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] else { return [] }
        return list.compactMap { $0["id"] as? String }
    }()

    /// Graphviz is installed by .ci/run; the test says so plainly where it is missing.
    static let dot = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(arguments: sceneIDs)
    func dotOutputRendersWithGraphviz(_ id: String) throws {
        let dot = try #require(Self.dot, "Graphviz 'dot' is not installed (apt-get install graphviz)")
        let result = try Datenight.shell(#""$DATENIGHT" graph \#(id) --format dot | \#(dot) -Tsvg"#)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<svg"))
    }

    @Test func mermaidNamesEveryNodeAndMarksStartAndEnds() throws {
        let result = try Datenight.run(["graph", "sampler", "--format", "mermaid"])
        #expect(result.status == 0)
        let text = result.stdout
        #expect(text.contains("flowchart TD"))
        for node in ["welcome", "pick-mood", "predict", "goodbye", "closing-done"] {
            #expect(text.contains("\"\(node)<br/>"), "node \(node) missing")
        }
        #expect(text.contains("|\"Spot on\"|"), "choice labels on edges")
        #expect(text.contains("|\"if mood = deep\"|"), "conditions on edges")
        #expect(text.contains("class n0 begin"))
        #expect(text.contains("finish"))
        // Quotes inside labels must be entities, or Mermaid stops parsing.
        for line in text.split(separator: "\n") where line.contains("[\"") {
            let inner = line.drop { $0 != "\"" }.dropFirst().reversed().drop { $0 != "\"" }.dropFirst()
            #expect(!inner.contains("\""), "unescaped quote in \(line)")
        }
    }

    @Test func anUnknownSceneExits66() throws {
        #expect(try Datenight.run(["graph", "nope"]).status == 66)
        #expect(try Datenight.run(["graph", "/tmp/nope.json"]).status == 66)
    }
}
