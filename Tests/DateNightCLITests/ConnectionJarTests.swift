import Foundation
import Testing

/// The connection jar's two paths, from a pipe: a first visit fills the jars, the next one asks
/// how the chosen gestures went and shows each their own jar again.
@Suite("The connection jar")
struct ConnectionJarTests {
    @Test func aFirstVisitFillsTheJarsAndTheNextOneAsksHowItWent() throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let play = ["play", "connection-jar", "--players", "Maya,Jonah", "--time-scale", "0", "--data-dir", data.path]
        let first = try Datenight.run(play, input: "tea in bed, a note\na walk, a song\na note in my bag\na song at breakfast\n\n")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("The connection jar, Maya and Jonah."))
        #expect(!first.stdout.contains("Welcome back"))
        #expect(first.stdout.contains("Jar filled, gestures chosen."))

        let second = try Datenight.run(play, input: "yes, twice\nnot yet\ntea in bed\na walk\na hug\na call\n\n")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Welcome back to the connection jar"))
        #expect(second.stdout.contains("last time you picked \"a note in my bag\""))
        #expect(second.stdout.contains("last time your jar held: \"tea in bed, a note\""))
        #expect(second.stdout.contains("Jar filled, gestures chosen."))

        // Another couple on the same computer starts afresh.
        let others = try Datenight.run(["play", "connection-jar", "--players", "Alex,Sam", "--time-scale", "0",
                                        "--data-dir", data.path], input: "a\nb\nc\nd\n\n")
        #expect(!others.stdout.contains("Welcome back"))
        #expect(!others.stdout.contains("a note in my bag"))
    }
}
