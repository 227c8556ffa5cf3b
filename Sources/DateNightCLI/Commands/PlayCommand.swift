import ArgumentParser
import DateNightCore
import Foundation
import SessionStore
import TerminalKit

/// `datenight play SCENE`: plays a scene.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play a scene.",
        discussion: """
            SCENE is a number from 'datenight scenes', an id, the start of an id or title, or \
            the path of a scene file. When standard input is not a terminal, each line read \
            answers the next question (a choice by its number; /pass passes), and play stops \
            cleanly at the end of the input. Every answer is saved before the next question \
            is shown; 'datenight resume' carries on where you stopped.
            """
    )

    @Argument(help: ArgumentHelp("The scene to play.", valueName: "scene"), completion: GameCompletions.scenes)
    var scene: String?

    @OptionGroup var options: PlayOptions
    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("no-record"), help: "Keep no answers (progress still counts); the session cannot be resumed.")
    var noRecord = false

    @OptionGroup var sound: SoundOptions

    func run() throws {
        // At a terminal, what is missing is asked for (names, then the scene); leaving there ends quietly.
        let frontEnd = TerminalFrontEnd.best(global: global, timeScale: options.timeScale, sound: sound)
        if !frontEnd.isInteractive, scene == nil {
            throw ValidationError("name a scene to play, e.g. 'datenight play eye-gazing' (see 'datenight scenes')")
        }
        if !frontEnd.isInteractive, options.players == nil {
            throw ValidationError("name both players, e.g. --players Alex,Sam")
        }
        guard let players = options.players ?? frontEnd.askNames(global: global) else { return }
        if let terminal = frontEnd as? TerminalFrontEnd,
           let line = ReturningCouple.greeting(for: players, dataDirectory: global.dataDirectory) { terminal.screen.note(line) }
        let entry: SceneCatalog.Entry
        let catalog: SceneCatalog
        if let scene {
            (entry, catalog) = try global.scene(named: scene)
        } else {
            catalog = try global.catalog()
            guard let picked = frontEnd.pickScene(from: catalog, global: global) else { return }
            entry = picked
        }
        let (session, recorder) = try Self.newSession(entry, library: catalog.scenes, players: players, seed: options.seed,
                                                      record: !noRecord, global: global)
        try Self.finish(frontEnd.play(session, recorder: recorder, resuming: false, notes: [], global: global))
    }

    /// A new recorded session of `entry`, ready to start.
    static func newSession(_ entry: SceneCatalog.Entry, library: [Scene], players: Players, seed: UInt64?, record: Bool,
                           global: GlobalOptions) throws -> (GameSession, StoreRecorder) {
        let store = try global.openSaves()
        // Decks draw what the couple has not explored yet first; fixed now, so a resume draws the same.
        let explored = try reportingStoreErrors { () throws(SessionStoreError) in try store.exploredQuestions() }
        // What this couple said in earlier sessions, fixed now for the same reason.
        let memory = try reportingStoreErrors { () throws(SessionStoreError) in
            try store.memory(forCouple: Couple(players.first, players.second))
        }
        let interpreter = Interpreter(
            scene: entry.scene, library: library, players: (players.first, players.second),
            seed: seed ?? UInt64.random(in: 0...UInt64.max), explored: explored, memory: memory)
        let recorder = StoreRecorder(store: store, newSession: NewSession(
            entry: entry, players: interpreter.state.players, seed: interpreter.state.seed, recordsAnswers: record))
        return (GameSession(interpreter: interpreter, recorder: recorder, sceneTitle: entry.scene.title), recorder)
    }

    /// The exit status a one-scene command ends with: 0 however play stopped, 74 when an
    /// answer could not be saved.
    static func finish(_ outcome: PlayOutcome) throws {
        if outcome == .recordingFailed { throw ExitStatus.ioError }
    }
}
