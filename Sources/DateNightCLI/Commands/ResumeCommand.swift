import ArgumentParser
import DateNightCore
import Foundation
import SessionStore
import TerminalKit

/// `datenight resume [SESSION]`: carries on a saved session where it stopped.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Carry on a saved session where you stopped.",
        discussion: """
            SESSION is a number from 'datenight sessions'; without it, the most recently played \
            unfinished session. Play continues with the same players, the same turn and the same \
            drawn questions; a timed exercise that was running starts over. If the scene was \
            edited since, play continues at the same step when it still exists. Exits 75 when \
            the session is being played in another datenight right now.
            """
    )

    @Argument(help: ArgumentHelp("The session to carry on.", valueName: "session"), completion: GameCompletions.sessions)
    var session: Int64?

    @OptionGroup var timing: TimeScaleOption
    @OptionGroup var global: GlobalOptions
    @OptionGroup var sound: SoundOptions

    func run() throws {
        let frontEnd = TerminalFrontEnd.best(global: global, timeScale: timing.timeScale, sound: sound)
        guard let outcome = try SessionResumer(global: global, frontEnd: frontEnd).resume(session) else { return }
        try PlayCommand.finish(outcome)
    }
}

/// Carries on a saved session: `datenight resume` and the menu's "carry on" both come here.
struct SessionResumer {
    let global: GlobalOptions
    let frontEnd: any FrontEnd

    /// Plays session `session` (the latest unfinished one when nil) on; nil when nothing was
    /// played (it was finished, or the players declined to start over).
    func resume(_ session: Int64?) throws -> PlayOutcome? {
        guard let store = try global.existingSavesToChange() else {
            throw UserFacingError.notFound("there are no saved sessions yet; start one with 'datenight play SCENE --players A,B'")
        }
        let id = try chosenSession(session, in: store)
        // Claim the session first, then read it: what another process saved up to now is what counts.
        let lock = try reportingStoreErrors { () throws(SessionStoreError) in
            _ = try store.session(id)
            return try store.lock(id)
        }
        let saved = try reportingStoreErrors { () throws(SessionStoreError) in try store.session(id) }
        if saved.isFinished {
            frontEnd.screen.say("Session \(id) is finished. 'datenight journal \(id)\(global.savesArguments)' shows what you shared.")
            return nil
        }
        guard let state = try reportingStoreErrors({ () throws(SessionStoreError) in try store.engineState(of: id) }) else {
            let why = saved.forgottenAt != nil ? "its answers were forgotten" : "it was played without recording answers"
            throw UserFacingError.notFound("session \(id) cannot be resumed: \(why)")
        }
        let (catalog, addedFile) = try scenes(for: saved)
        guard let entry = catalog.entries.first(where: { $0.scene.id == state.sceneID }) else {
            let origin = saved.sceneFile.map { " (it was played from \($0))" } ?? ""
            throw UserFacingError.notFound("the scene '\(state.sceneID)' of session \(id) is not available any more\(origin); "
                + "put it back, or pass --scenes DIR with the folder that holds it")
        }
        let interpreter: Interpreter
        do {
            interpreter = try Interpreter(restoring: state, library: catalog.scenes)
        } catch .missingNode(let scene, let node) {
            return try offerRestart(saved, entry: entry, library: catalog.scenes, store: store, lock: lock, fromFile: addedFile,
                                    reason: "the scene '\(scene)' was changed since session \(id) was saved, and no longer has the step '\(node)' you were at")
        } catch .unsupportedFormat {
            throw SessionStoreError.newerVersion(file: store.directory.databasePath)
        } catch {
            throw UserFacingError.notFound("session \(id) cannot be resumed: \(error.message)")
        }
        var notes: [String] = []
        if entry.contentHash != saved.sceneHash {
            let node = state.position?.node ?? "?"
            notes.append("(The scene has changed since this session was saved; carrying on at the same step, '\(node)'.)")
        }
        let recorder = StoreRecorder(store: store, resuming: id, lock: lock, sceneHash: entry.contentHash)
        let game = GameSession(interpreter: interpreter, recorder: recorder, sceneTitle: entry.scene.title)
        return try frontEnd.play(game, recorder: recorder, resuming: true, notes: notes, global: global)
    }

    private func chosenSession(_ session: Int64?, in store: SessionStore) throws -> Int64 {
        if let session { return session }
        guard let latest = try reportingStoreErrors({ () throws(SessionStoreError) in try store.latestResumable() }) else {
            throw UserFacingError.notFound("there is no unfinished session to resume; 'datenight sessions' lists them all")
        }
        return latest.id
    }

    /// The scenes as they are now, including the file the session was played from when it
    /// is not in any folder being loaded.
    private func scenes(for saved: SavedSession) throws -> (catalog: SceneCatalog, addedFile: Bool) {
        let catalog = try global.catalog()
        guard !catalog.entries.contains(where: { $0.scene.id == saved.sceneID }),
              let file = saved.sceneFile, FileManager.default.fileExists(atPath: file) else { return (catalog, false) }
        return (try SceneCatalog.load(extraFolders: global.sceneFolders, extraFiles: [file]), true)
    }

    /// The saved step is gone. The save is kept whatever happens; a new session can start the
    /// scene over. At a terminal, ask; otherwise say how, and exit 65.
    private func offerRestart(_ saved: SavedSession, entry: SceneCatalog.Entry, library: [Scene], store: SessionStore,
                              lock: SessionLock, fromFile: Bool, reason: String) throws -> PlayOutcome? {
        // --player twice when a name has a comma, so the command gives the same names back.
        let players = saved.players.contains { $0.contains(",") }
            ? saved.players.map { "--player " + ShellWord.quoted($0) }.joined(separator: " ")
            : "--players " + saved.players.map(ShellWord.quoted).joined(separator: ",")
        let scene = fromFile ? ShellWord.quoted(entry.file) : saved.sceneID
        let command = "datenight play \(scene) \(players) --seed \(saved.seed)\(global.savesArguments)"
        let explanation = "Sorry: \(reason). Session \(saved.id) is kept as it was ('datenight journal \(saved.id)' still shows it)."
        guard frontEnd.isInteractive else {
            StandardError.write("datenight: " + TextSanitizer.printable(explanation))
            StandardError.write("datenight: to start the scene over as a new session: " + TextSanitizer.printable(command))
            throw ExitStatus.dataError
        }
        let question = "Start '\(TextSanitizer.printableLine(entry.scene.title))' over as a new session, with the same players? [y/N]"
        let reply: String
        // The front end's keyboard: readline, and Ctrl-C or Ctrl-D mean no.
        frontEnd.screen.say(TextSanitizer.printable(explanation))
        if case .line(let line) = frontEnd.keyboard.ask(question + " › ") { reply = line } else { reply = "" }
        guard ["y", "yes"].contains(reply.trimmingWhitespace().lowercased()) else {
            frontEnd.screen.say("Nothing changed. To start over later: \(TextSanitizer.printable(command))")
            return nil
        }
        lock.release()
        let explored = try reportingStoreErrors { () throws(SessionStoreError) in try store.exploredQuestions() }
        let memory = try reportingStoreErrors { () throws(SessionStoreError) in
            try store.memory(forCouple: Couple(saved.players[0], saved.players[1]))
        }
        let interpreter = Interpreter(scene: entry.scene, library: library, players: (saved.players[0], saved.players[1]),
                                      seed: saved.seed, explored: explored, memory: memory)
        let recorder = StoreRecorder(store: store, newSession: NewSession(
            entry: entry, players: saved.players, seed: saved.seed, recordsAnswers: true))
        let game = GameSession(interpreter: interpreter, recorder: recorder, sceneTitle: entry.scene.title)
        return try frontEnd.play(game, recorder: recorder, resuming: false, notes: [], global: global)
    }
}
