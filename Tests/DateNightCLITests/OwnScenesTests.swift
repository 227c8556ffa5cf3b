import Foundation
import Testing

@Suite("Scenes of one's own")
struct OwnScenesTests {
    /// A bundled scene copied into a folder of one's own, with a new id and title.
    func copiedScene(id: String, title: String) throws -> URL {
        let folder = try Datenight.temporaryFolder()
        var text = try String(contentsOf: Datenight.repository.appendingPathComponent("Scenes/eye-gazing.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"id\": \"eye-gazing\"", with: "\"id\": \"\(id)\"")
        text = text.replacingOccurrences(of: "\"title\": \"Eye Gazing\"", with: "\"title\": \"\(title)\"")
        try Data(text.utf8).write(to: folder.appendingPathComponent("\(id).json"))
        return folder
    }

    @Test func aCopiedSceneWithANewIDIsListedAndPlays() throws {
        let folder = try copiedScene(id: "our-gazing", title: "Our Gazing")
        defer { try? FileManager.default.removeItem(at: folder) }
        let listing = try Datenight.run(["scenes", "--scenes", folder.path])
        #expect(listing.status == 0)
        #expect(listing.stdout.contains("Our Gazing (our-gazing)"))
        #expect(listing.stdout.contains("from \(folder.path)/our-gazing.json"))
        let json = try Datenight.run(["scenes", "--format", "json", "--scenes", folder.path])
        #expect(json.stdout.contains("\"source\" : \"\(folder.path)\""))
        let played = try Datenight.shell(#"yes 1 | "$DATENIGHT" play our-gazing --scenes \#(folder.path) --players Alex,Sam --time-scale 0"#)
        #expect(played.status == 0, "\(played.stderr)")
        #expect(played.stdout.contains("— the end —"))
    }

    @Test func aSceneWithABundledIDReplacesItWithANotice() throws {
        let folder = try copiedScene(id: "eye-gazing", title: "Eye Gazing, Our Way")
        defer { try? FileManager.default.removeItem(at: folder) }
        let listing = try Datenight.run(["scenes", "--scenes", folder.path])
        #expect(listing.status == 0)
        #expect(listing.stdout.contains("Eye Gazing, Our Way (eye-gazing)"))
        #expect(!listing.stdout.contains("Eye Gazing (eye-gazing)"))
        #expect(listing.stderr.contains("replaces the bundled scene 'eye-gazing'"))
        #expect(listing.stderr.split(separator: "\n").count == 1, "one line: \(listing.stderr)")
    }

    @Test func scenesInTheXDGDataFolderAreFoundWithoutAFlag() throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let own = try copiedScene(id: "xdg-gazing", title: "XDG Gazing")
        defer { try? FileManager.default.removeItem(at: own) }
        try FileManager.default.createDirectory(at: data.appendingPathComponent("datenight"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: own, to: data.appendingPathComponent("datenight/scenes"))
        let listing = try Datenight.run(["scenes"], environment: ["XDG_DATA_HOME": data.path])
        #expect(listing.stdout.contains("XDG Gazing (xdg-gazing)"))
    }
}
