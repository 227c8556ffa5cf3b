import Foundation
import Testing

/// Progress counts the kinds of closeness a session built by what was done in it.
@Suite("Progress credits what was done")
struct ClosenessProgressTests {
    private func kinds(afterPlaying scene: String, input: [String]) throws -> [String: Int] {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let played = try Datenight.run(["play", scene, "--players", "Maya,Jonah", "--time-scale", "0", "--seed", "3",
                                        "--data-dir", data.path], input: input.joined(separator: "\n") + "\n")
        #expect(played.status == 0, "\(played.stderr)")
        let progress = try Datenight.run(["progress", "--format", "json", "--data-dir", data.path])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(progress.stdout.utf8)) as? [String: Any])
        return try #require(report["closenessLast30Days"] as? [String: Int])
    }

    @Test func aLightningRoundIsNotSpiritual() throws {
        let answers = (1...16).map { "quick answer \($0)" }
        let kinds = try kinds(afterPlaying: "love-mapping", input: ["3"] + answers + ["4", "found a", "found b"])
        #expect(kinds["intellectual"] == 1)
        #expect(kinds["spiritual"] == 0, "love mapping can be spiritual, but a lightning round of favourites is not")
    }

    @Test func aSessionOfPassesBuildsNothing() throws {
        let kinds = try kinds(afterPlaying: "gratitude-ritual", input: Array(repeating: "/pass", count: 8))
        #expect(kinds["emotional"] == 0, "\(kinds)")
    }
}
