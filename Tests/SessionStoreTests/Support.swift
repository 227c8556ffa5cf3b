import DateNightCore
import Foundation
@testable import SessionStore

/// A fresh data folder under /tmp for one test, removed by the caller.
func temporaryDataDirectory() -> DataDirectory {
    DataDirectory(path: FileManager.default.temporaryDirectory.appendingPathComponent("datenight-store-\(UUID().uuidString)").path)
}

func removeFolder(_ directory: DataDirectory) {
    try? FileManager.default.removeItem(atPath: directory.path)
}

/// A small scene with a choice, an 'each' prompt, a secret prompt, a deck and a timer.
func storeTestScene() throws -> Scene {
    let json = #"""
    { "format": 1, "id": "evening", "title": "An Evening", "summary": "S", "minutes": 5, "kinds": ["emotional", "physical"],
      "start": "mood",
      "decks": { "d": { "title": "Little questions", "questions": [
        { "id": "q1", "text": "First?", "category": "c", "depth": 1 },
        { "id": "q2", "text": "Second?", "category": "c", "depth": 1 },
        { "id": "q3", "text": "Third?", "category": "c", "depth": 1 } ] } },
      "nodes": [
        { "id": "mood", "kind": "choice", "text": "How are you?", "saveAs": "mood",
          "options": [ { "label": "Fine", "next": "joy" }, { "label": "Tired", "next": "joy" } ] },
        { "id": "joy", "kind": "prompt", "who": "each", "saveAs": "joy", "text": "A small joy?", "next": "word" },
        { "id": "word", "kind": "prompt", "who": "each", "secret": true, "saveAs": "word", "text": "One word?", "next": "ask" },
        { "id": "ask", "kind": "deck", "deck": "d", "draw": 2, "who": "active", "next": "hug" },
        { "id": "hug", "kind": "timer", "label": "Hug", "seconds": 90, "next": "end" },
        { "id": "end", "kind": "end" } ] }
    """#
    let loaded = SceneLoader.load(Array(json.utf8), file: "evening.json")
    guard let scene = loaded.scene else { throw TestFailure(message: "\(loaded.diagnostics.map(\.formatted))") }
    return scene
}

struct TestFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

func newSession(recordsAnswers: Bool = true) -> NewSession {
    NewSession(sceneID: "evening", sceneTitle: "An Evening", sceneHash: "fnv1a64:0000000000000001", sceneFile: nil,
               sceneKinds: ["emotional", "physical"], players: ["Alex", "Sam"], seed: 42, recordsAnswers: recordsAnswers)
}

/// Plays `inputs` into a new recorded session; returns its id, the interpreter and the lock.
func playRecorded(_ store: SessionStore, inputs: [Input], recordsAnswers: Bool = true) throws -> (Int64, Interpreter, SessionLock) {
    let scene = try storeTestScene()
    var game = Interpreter(scene: scene, players: ("Alex", "Sam"), seed: 42)
    _ = game.start()
    let (id, lock) = try store.begin(newSession(recordsAnswers: recordsAnswers), state: game.state, progress: game.progress)
    for input in inputs {
        let step = try game.send(input)
        try store.record(session: id, events: step.events, state: game.state, progress: game.progress,
                         recordsAnswers: recordsAnswers)
    }
    return (id, game, lock)
}

func fileBytes(_ path: String) -> [UInt8] {
    (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
}

/// Whether `text` is anywhere in the bytes of any file in the data folder (the database, its
/// write-ahead log, lock files): where a forgotten answer must not be.
func anyFile(in directory: DataDirectory, contains text: String) -> Bool {
    let files = (try? FileManager.default.subpathsOfDirectory(atPath: directory.path)) ?? []
    return files.contains { fileBytes(directory.path + "/" + $0).contains(text: text) }
}

extension Array where Element == UInt8 {
    func contains(text: String) -> Bool {
        let needle = Array(text.utf8)
        guard !needle.isEmpty, needle.count <= count else { return false }
        for start in 0...(count - needle.count) where self[start] == needle[0] {
            if Array(self[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}

/// Permission bits of a file or folder.
func mode(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int) ?? -1
}
