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

    @Argument(help: ArgumentHelp("The scene to play.", valueName: "scene"))
    var scene: String?

    @OptionGroup var options: PlayOptions
    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("no-record"), help: "Keep no answers (progress still counts); the session cannot be resumed.")
    var noRecord = false

    func run() throws {
        // At a terminal, what is missing is asked for (names, then the scene); leaving there ends quietly.
        let terminal = TerminalFrontEnd.ifAvailable(global: global, timeScale: options.timeScale)
        if terminal == nil, scene == nil {
            throw ValidationError("name a scene to play, e.g. 'datenight play eye-gazing' (see 'datenight scenes')")
        }
        if terminal == nil, options.players == nil {
            throw ValidationError("name both players, e.g. --players Alex,Sam")
        }
        guard let players = options.players ?? terminal?.askNames(global: global) else { return }
        if let terminal, let line = ReturningCouple.greeting(for: players, dataDirectory: global.dataDirectory) { terminal.screen.note(line) }
        let entry: SceneCatalog.Entry
        let catalog: SceneCatalog
        if let scene {
            (entry, catalog) = try global.scene(named: scene)
        } else {
            catalog = try global.catalog()
            guard let picked = terminal?.pickScene(from: catalog, global: global) else { return }
            entry = picked
        }
        let library = catalog.scenes
        let store = try global.openSaves()
        // Decks draw what the couple has not explored yet first; fixed now, so a resume draws the same.
        let explored = try reportingStoreErrors { () throws(SessionStoreError) in try store.exploredQuestions() }
        // What this couple said in earlier sessions, fixed now for the same reason.
        let memory = try reportingStoreErrors { () throws(SessionStoreError) in
            try store.memory(forCouple: Couple(players.first, players.second))
        }
        let interpreter = Interpreter(
            scene: entry.scene, library: library, players: (players.first, players.second),
            seed: options.seed ?? UInt64.random(in: 0...UInt64.max), explored: explored, memory: memory)
        let recorder = StoreRecorder(store: store, newSession: NewSession(
            entry: entry, players: interpreter.state.players, seed: interpreter.state.seed, recordsAnswers: !noRecord))
        let session = GameSession(interpreter: interpreter, recorder: recorder, sceneTitle: entry.scene.title)
        try Self.play(session, recorder: recorder, timeScale: options.timeScale, global: global, terminal: terminal)
    }

    /// Plays a session to its end or to the end of the input: `play` and `resume` both come
    /// here, so a resumed session continues in the very same loop.
    static func play(_ session: GameSession, recorder: StoreRecorder, resuming: Bool = false, notes: [String] = [],
                     timeScale: Double, global: GlobalOptions, terminal: TerminalFrontEnd? = nil) throws {
        // The front end that asked for names and the scene, so one line reader (and its
        // history) serves the whole evening.
        if let terminal = terminal ?? TerminalFrontEnd.ifAvailable(global: global, timeScale: timeScale) {
            return try terminal.play(session, recorder: recorder, resuming: resuming, notes: notes, global: global)
        }
        let write: (String) -> Void = { text in FileHandle.standardOutput.write(Data(text.utf8)) }
        write(TextSanitizer.printableLine(session.sceneTitle) + "\n\n")
        for note in notes { write(TextSanitizer.printable(note) + "\n\n") }
        let first: Step
        do {
            first = resuming ? try session.resume() : try session.start()
        } catch let error as SessionStoreError {
            throw error.reported()
        } catch {
            throw UserFacingError(message: "could not start the session: \(error)", status: ExitStatus.ioError).reported()
        }
        if let line = SessionMessages.opening(recorder: recorder, progress: session.interpreter.progress, resuming: resuming, global: global) {
            write(TextSanitizer.printable(line) + "\n\n")
        }
        let player = LinePlayer(
            session: session,
            readLine: { Swift.readLine(strippingNewline: true) },
            write: write,
            wait: { seconds in if seconds > 0 { Thread.sleep(forTimeInterval: seconds) } },
            timeScale: timeScale)
        switch player.play(first: first) {
        case .finished:
            break
        case .endOfInput, .quit:
            if let hint = SessionMessages.resumeHint(recorder: recorder, global: global) {
                write(TextSanitizer.printable(hint) + "\n")
            }
        case .recordingFailed:
            throw ExitStatus.ioError
        }
    }
}
