import Foundation
import PTYTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Timers and the pacer at a real terminal: keys that never end the evening by surprise, and
/// cues that can be heard (the bell, or a voice) by two people not looking at the screen.
@Suite("Timers at a terminal")
struct TimerKeysTests {
    /// A 20-second gaze with two cues, then two breaths of in 2, out 2; at --time-scale 0.1
    /// the whole scene takes under four seconds.
    static let scene = #"""
    { "format": 1, "id": "short-timers", "title": "Short Timers", "summary": "A short gaze and two breaths.",
      "minutes": 1, "kinds": ["physical"], "start": "gaze",
      "nodes": [
        { "id": "gaze", "kind": "timer", "label": "Gazing", "seconds": 20, "text": "Look at each other.",
          "cues": [ { "at": "halfway", "text": "Halfway." }, { "at": 5, "text": "Nearly there." } ],
          "endText": "Time.", "next": "breathe" },
        { "id": "breathe", "kind": "breathing", "text": "Breathe together.",
          "pattern": { "inhale": 2, "holdFull": 0, "exhale": 2, "holdEmpty": 0 }, "cycles": 2,
          "endText": "Well breathed.", "stoppedText": "A few breaths still count.", "next": "after" },
        { "id": "after", "kind": "narration", "text": "Still here.", "next": "end" },
        { "id": "end", "kind": "end", "text": "Bye for now." }
      ] }
    """#

    static func couple(_ extra: [String], environment: [String: String] = [:]) throws -> (Couple, URL) {
        let scenes = try Couple.sceneFolder(scene, named: "short-timers")
        let couple = try Couple(["play", "short-timers", "--players", "Alex,Sam", "--scenes", scenes.path] + extra,
                                gazing: false, environment: environment)
        return (couple, scenes)
    }

    static func bells(_ couple: Couple) -> Int { couple.terminal.rawOutput.filter { $0 == 0x07 }.count }

    @Test func qAsksFirstAndEnterEndsOnlyTheExercise() throws {
        let (couple, scenes) = try Self.couple(["--time-scale", "1"])
        defer { try? FileManager.default.removeItem(at: scenes) }
        try couple.at("Press Enter when you're ready", type: Key.enter)
        try couple.expect("Enter or s: we're done · space: pause · q: stop for tonight")
        try couple.expect("Gazing")
        couple.terminal.type("q")
        try couple.expect("Stop for tonight? y/N")
        couple.terminal.type("n")
        try couple.expect("no, carrying on")
        // Ctrl-C asks too, and a no carries on.
        couple.terminal.type(Key.ctrlC)
        try couple.expect("Stop for tonight? y/N")
        couple.terminal.type("x")
        try couple.expect("no, carrying on")
        // Enter ends the gaze only: the scene goes on to the pacer.
        couple.terminal.type(Key.enter)
        try couple.expect("Stopped early, and that's fine.")
        try couple.at("Press Enter when you're ready", type: Key.enter)
        try couple.expect("breathe in")
        couple.terminal.type("s")
        // The pacer's own line for an early stop, in place of the front end's.
        try couple.expect("A few breaths still count.")
        try couple.at("Still here.", type: "")
        try couple.expect("Bye for now.")
        #expect(try couple.terminal.waitForExit() == .status(0))
        #expect(!couple.terminal.visibleText.contains("Well breathed."), "the ending for a full run is not said after a stop")
    }

    @Test func aYesStopsForTonightWithTheSessionSaved() throws {
        let (couple, scenes) = try Self.couple(["--time-scale", "1"])
        defer { try? FileManager.default.removeItem(at: scenes) }
        try couple.at("Press Enter when you're ready", type: Key.enter)
        try couple.expect("Gazing")
        couple.terminal.type("q")
        try couple.at("Stop for tonight? y/N", type: "y")
        try couple.expect("Stopping here for tonight")
        try couple.expect("datenight resume")
        #expect(try couple.terminal.waitForExit() == .status(0))
    }

    @Test func thePacerRingsAtEveryPhaseAndTheGazeAtItsCues() throws {
        let (couple, scenes) = try Self.couple(["--time-scale", "0.1"])
        defer { try? FileManager.default.removeItem(at: scenes) }
        try couple.at("Press Enter when you're ready", type: Key.enter)
        try couple.expect("Time.")
        #expect(Self.bells(couple) == 3, "halfway, nearly there, and the end")
        try couple.at("Press Enter when you're ready", type: Key.enter)
        try couple.expect("Well breathed.")
        // Two breaths: in (one ring), out (two rings), twice; then the end.
        #expect(Self.bells(couple) == 3 + 2 * 3 + 1)
        #expect(try couple.terminal.waitForExit() == .status(0))
    }

    @Test func quietRingsNothing() throws {
        let (couple, scenes) = try Self.couple(["--time-scale", "0.1", "--quiet"])
        defer { try? FileManager.default.removeItem(at: scenes) }
        try couple.at("Press Enter when you're ready", type: Key.enter)
        try couple.at("Press Enter when you're ready", type: Key.enter)
        try couple.expect("Bye for now.")
        #expect(try couple.terminal.waitForExit() == .status(0))
        #expect(Self.bells(couple) == 0)
    }

    @Test func speakSaysCuesAndPhasesThroughTheSynthesizerOnPath() throws {
        let bin = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: bin) }
        let said = bin.appendingPathComponent("said.txt")
        let fake = bin.appendingPathComponent("espeak-ng")
        try Data("#!/bin/sh\nprintf '%s\\n' \"$*\" >> '\(said.path)'\n".utf8).write(to: fake)
        chmod(fake.path, 0o755)
        let (couple, scenes) = try Self.couple(["--time-scale", "0.1", "--speak"],
                                               environment: ["PATH": bin.path + ":/usr/bin:/bin"])
        defer { try? FileManager.default.removeItem(at: scenes) }
        try couple.at("Press Enter when you're ready", type: Key.enter)
        try couple.at("Press Enter when you're ready", type: Key.enter)
        try couple.expect("Bye for now.")
        #expect(try couple.terminal.waitForExit() == .status(0))
        #expect(Self.bells(couple) == 0, "a voice instead of the bell")
        // The synthesizer runs in the background; give the last one a moment to write.
        var lines: [String] = []
        for _ in 0..<100 {
            lines = ((try? String(contentsOf: said, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
            if lines.contains("Well breathed.") { break }
            usleep(20_000)
        }
        for phrase in ["Halfway.", "Nearly there.", "Time.", "breathe in", "breathe out", "Well breathed."] {
            #expect(lines.contains(phrase), "said \(phrase)")
        }
        #expect(lines.filter { $0 == "breathe in" }.count == 2)
    }

    @Test func speakWithoutASynthesizerSaysSoAndRings() throws {
        let empty = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        let (couple, scenes) = try Self.couple(["--time-scale", "0.1", "--speak"], environment: ["PATH": empty.path])
        defer { try? FileManager.default.removeItem(at: scenes) }
        try couple.expect("no speech synthesizer found, so the bell rings instead")
        try couple.at("Press Enter when you're ready", type: Key.enter)
        try couple.expect("Time.")
        #expect(Self.bells(couple) == 3)
        try couple.at("Press Enter when you're ready", type: Key.enter)
        try couple.expect("Bye for now.")
        #expect(try couple.terminal.waitForExit() == .status(0))
    }
}
