import DateNightCore
import Foundation
import GRDB
@testable import SessionStore
import Testing

/// A scene that goes on as long as the couple likes, drawing a new question from a deck of
/// `questions` every round: its state (the questions drawn) grows with every round.
private func endlessScene(questions: Int) throws -> Scene {
    let deck = (1...questions).map { #"{ "id": "q\#($0)", "text": "Question \#($0)?", "category": "c", "depth": 1 }"# }
    let json = """
    { "format": 1, "id": "endless", "title": "Endless", "summary": "S", "minutes": 5, "kinds": ["emotional"],
      "start": "ask",
      "decks": { "d": { "title": "Many questions", "questions": [\(deck.joined(separator: ","))] } },
      "nodes": [
        { "id": "ask", "kind": "deck", "deck": "d", "draw": 1, "who": "active", "next": "more" },
        { "id": "more", "kind": "choice", "text": "Another?", "saveAs": "more", "swapTurn": true,
          "options": [ { "label": "Yes", "next": "ask" }, { "label": "No", "next": "end" } ] },
        { "id": "end", "kind": "end" } ] }
    """
    let loaded = SceneLoader.load(Array(json.utf8), file: "endless.json")
    guard let scene = loaded.scene else { throw TestFailure(message: "\(loaded.diagnostics.map(\.formatted))") }
    return scene
}

@Suite("What an answer costs to save")
struct SaveCostTests {
    /// Plays `steps` inputs into a new recorded session; returns the bytes each step wrote.
    private func play(_ store: SessionStore, steps: Int, questions: Int) throws -> (id: Int64, game: Interpreter, bytes: [Int: Int]) {
        var game = Interpreter(scene: try endlessScene(questions: questions), players: ("Alex", "Sam"), seed: 7)
        _ = game.start()
        let session = NewSession(sceneID: "endless", sceneTitle: "Endless", sceneHash: "fnv1a64:0000000000000002", sceneFile: nil,
                                 sceneKinds: ["emotional"], players: ["Alex", "Sam"], seed: 7, recordsAnswers: true)
        let (id, lock) = try store.begin(session, state: game.state, progress: game.progress)
        defer { lock.release() }
        var bytes: [Int: Int] = [:]
        for _ in 0..<steps {
            let input: Input = game.state.position?.node == "more" ? .choose(1) : .answer("an answer of a few words")
            let step = try game.send(input)
            try store.record(session: id, input: input, events: step.events, state: game.state, progress: game.progress,
                             recordsAnswers: true)
            bytes[game.state.stepsDone] = store.lastRecordBytes.withLock { $0 }
        }
        return (id, game, bytes)
    }

    @Test("the answer at step 2,000 writes no more than 1.5 times what the answer at step 20 wrote")
    func flatCostPerAnswer() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        let store = try SessionStore.open(directory)
        let (_, game, bytes) = try play(store, steps: 2_001, questions: 1_100)
        #expect(game.state.drawn["endless"]?["d"]?.count ?? 0 > 900, "the state really grew: most of the deck was drawn")
        let early = try #require(bytes[20]), late = try #require(bytes[2_000])
        #expect(early > 0)
        #expect(Double(late) <= 1.5 * Double(early), "step 20 wrote \(early) bytes, step 2,000 wrote \(late)")
        // A snapshot step writes the whole state, and only one step in `snapshotInterval` does.
        let snapshot = try #require(bytes[1_984])
        #expect(snapshot > 10 * late, "step 1,984 keeps a snapshot (\(snapshot) bytes)")
    }

    @Test("resuming gives back exactly the state played, at every distance from the last snapshot")
    func resumesExactly() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        let store = try SessionStore.open(directory)
        for steps in [1, 63, 64, 65, 200] {
            let (id, game, _) = try play(store, steps: steps, questions: 300)
            #expect(try store.engineState(of: id) == game.state, "after \(steps) steps")
            // Another process (a new store) reads the same.
            #expect(try SessionStore.open(directory).engineState(of: id) == game.state, "after \(steps) steps, read afresh")
        }
    }

    @Test("a save from before steps were kept (the state whole, no snapshot step) resumes exactly")
    func oldSaveResumes() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        let store = try SessionStore.open(directory)
        let (id, game, _) = try play(store, steps: 100, questions: 300)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let whole = String(decoding: try encoder.encode(game.state), as: UTF8.self)
        try store.writer.write { db in
            try db.execute(sql: "DELETE FROM step WHERE sessionID = ?", arguments: [id])
            try db.execute(sql: "UPDATE session SET engineState = ?, snapshotStep = NULL WHERE id = ?", arguments: [whole, id])
        }
        #expect(try store.engineState(of: id) == game.state)
    }

    @Test("forgetting a session removes its steps, which hold its answers")
    func forgettingRemovesSteps() throws {
        let directory = temporaryDataDirectory()
        defer { removeFolder(directory) }
        let store = try SessionStore.open(directory)
        let (id, _, _) = try play(store, steps: 30, questions: 50)
        _ = try store.forget([id])
        let left = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM step") }
        #expect(left == 0)
        #expect(try store.engineState(of: id) == nil)
    }
}
