import Foundation
import Testing

/// `datenight scenes` keeps its last listing between runs; a listing from it must be exactly the
/// one a fresh load gives, whatever changed in between.
@Suite("The scene listing kept between runs")
struct SceneListingCacheTests {
    /// A folder of one's own holding a copy of a bundled scene with a new id and title.
    func ownScene(id: String, title: String) throws -> (folder: URL, file: URL) {
        let folder = try Datenight.temporaryFolder()
        var text = try String(contentsOf: Datenight.repository.appendingPathComponent("Scenes/eye-gazing.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"id\": \"eye-gazing\"", with: "\"id\": \"\(id)\"")
        text = text.replacingOccurrences(of: "\"title\": \"Eye Gazing\"", with: "\"title\": \"\(title)\"")
        let file = folder.appendingPathComponent("\(id).json")
        try Data(text.utf8).write(to: file)
        return (folder, file)
    }

    func scenes(_ arguments: [String], cache: URL) throws -> Datenight.Result {
        try Datenight.run(["scenes"] + arguments, environment: ["XDG_CACHE_HOME": cache.path])
    }

    @Test func aListingFromTheCacheIsTheOneAFreshLoadGives() throws {
        let cache = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: cache) }
        for format in ["text", "json"] {
            let fresh = try scenes(["--format", format], cache: try Datenight.temporaryFolder())
            let first = try scenes(["--format", format], cache: cache)
            let again = try scenes(["--format", format], cache: cache)
            #expect(fresh.status == 0)
            #expect(first.stdout == fresh.stdout && again.stdout == fresh.stdout)
            #expect(first.stderr == fresh.stderr && again.stderr == fresh.stderr)
        }
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent("datenight/scene-listing").path))
    }

    @Test func aSceneBrokenSinceTheLastListingIsSkippedWithItsError() throws {
        let cache = try Datenight.temporaryFolder()
        let own = try ownScene(id: "our-gazing", title: "Our Gazing")
        defer { try? FileManager.default.removeItem(at: cache); try? FileManager.default.removeItem(at: own.folder) }
        let before = try scenes(["--scenes", own.folder.path], cache: cache)
        #expect(before.stdout.contains("Our Gazing (our-gazing)"))

        // Still JSON, still the same size: only the whole-graph check finds what is wrong.
        var text = try String(contentsOf: own.file, encoding: .utf8)
        let start = try #require(text.range(of: #""start": "[a-z0-9-]+""#, options: .regularExpression))
        text.replaceSubrange(start, with: "\"start\": \"nowhere\"")
        try Data(text.utf8).write(to: own.file)

        let after = try scenes(["--scenes", own.folder.path], cache: cache)
        let fresh = try scenes(["--scenes", own.folder.path], cache: try Datenight.temporaryFolder())
        #expect(after.status == 0)
        #expect(!after.stdout.contains("our-gazing"))
        #expect(after.stderr.contains("datenight: skipped a broken scene: \(own.file.path):"))
        #expect(after.stderr.contains("start node 'nowhere' does not exist"))
        #expect(after.stdout == fresh.stdout && after.stderr == fresh.stderr)
    }

    @Test func anEditedSceneIsListedAsItIsNow() throws {
        let cache = try Datenight.temporaryFolder()
        let own = try ownScene(id: "our-gazing", title: "Our Gazing")
        defer { try? FileManager.default.removeItem(at: cache); try? FileManager.default.removeItem(at: own.folder) }
        _ = try scenes(["--scenes", own.folder.path], cache: cache)
        let text = try String(contentsOf: own.file, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Our Gazing", with: "Our Gazes").utf8).write(to: own.file)
        let after = try scenes(["--scenes", own.folder.path], cache: cache)
        #expect(after.stdout.contains("Our Gazes (our-gazing)"))
        #expect(!after.stdout.contains("Our Gazing"))
    }

    @Test func aDamagedCacheIsOnlyLoadedAfresh() throws {
        let cache = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: cache) }
        let fresh = try scenes([], cache: cache)
        let stored = cache.appendingPathComponent("datenight/scene-listing")
        for damage in ["", "{\"key\": 1}", "\u{1B}]52;c;aGk=\u{07}", String(repeating: "[", count: 100_000)] {
            try Data(damage.utf8).write(to: stored)
            let listed = try scenes([], cache: cache)
            #expect(listed.status == 0 && !listed.crashed)
            #expect(listed.stdout == fresh.stdout && listed.stderr == fresh.stderr)
        }
    }
}
