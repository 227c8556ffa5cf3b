import DateNightCore
import Testing

/// What is said when an exercise ends depends on how it ended: "Twenty seconds well spent"
/// after a hug let go at five would be untrue (issue 17).
@Suite("How an exercise ends")
struct ExerciseEndingTests {
    static let nodes = """
    { "id": "a", "kind": "timer", "label": "Hug", "seconds": 20, "endText": "Twenty seconds, {player1}.",
      "stoppedText": "Short and sweet, {player2}.", "next": "b" },
    { "id": "b", "kind": "breathing", "pattern": { "inhale": 4, "exhale": 4 }, "cycles": 2,
      "endText": "Well breathed.", "stoppedText": ["A few breaths", "still count."], "next": "z" },
    { "id": "z", "kind": "end" }
    """

    @Test func timersAndPacersCarryALineForAnEarlyStopBesideTheirEnding() throws {
        var (game, first) = session(try scene(sceneJSON(nodes: Self.nodes)))
        guard case .timer(let timer)? = first.request else { Issue.record("a timer first"); return }
        #expect(timer.endText == "Twenty seconds, Alex.")
        #expect(timer.stoppedText == "Short and sweet, Sam.")
        let second = try game.send(.pass)
        guard case .breathing(let breathing)? = second.request else { Issue.record("a pacer next"); return }
        #expect(breathing.endText == "Well breathed.")
        #expect(breathing.stoppedText == "A few breaths\n\nstill count.")
    }

    @Test func withoutOneTheFrontEndChoosesItsOwnWords() throws {
        let (_, first) = session(try scene(sceneJSON(nodes: """
        { "id": "a", "kind": "timer", "label": "Hug", "seconds": 20, "endText": "Time.", "next": "z" },
        { "id": "z", "kind": "end" }
        """)))
        guard case .timer(let timer)? = first.request else { Issue.record("a timer first"); return }
        #expect(timer.stoppedText == nil)
    }

    @Test func aMistypedStoppedTextIsCaughtWithAHint() {
        let found = load(sceneJSON(nodes: """
        { "id": "a", "kind": "timer", "label": "Hug", "seconds": 20, "stopedText": "Short.", "next": "z" },
        { "id": "z", "kind": "end" }
        """)).diagnostics.map(\.formatted)
        #expect(found.contains { $0.hasSuffix("node 'a': unknown field 'stopedText' (did you mean 'stoppedText'?)") })
    }

    @Test func theBundledHugSaysWhichWayItEnded() throws {
        let hug = try #require(try Repository.bundledScenes().first { $0.id == "twenty-second-hug" })
        for id in ["hug", "encore-hug"] {
            guard case .timer(let timer)? = hug.nodes[id]?.body else { Issue.record("\(id) is a timer"); continue }
            #expect(timer.endText != nil && timer.stoppedText != nil, "\(id) has words for both endings")
        }
    }
}
