import ArgumentParser
import DateNightCore
import Foundation
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
            cleanly at the end of the input.
            """
    )

    @Argument(help: ArgumentHelp("The scene to play.", valueName: "scene"))
    var scene: String?

    @OptionGroup var options: PlayOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard let query = scene else {
            throw ValidationError("name a scene to play, e.g. 'datenight play eye-gazing' (see 'datenight scenes')")
        }
        guard let players = options.players else {
            throw ValidationError("name both players, e.g. --players Alex,Sam")
        }
        let (entry, library) = try resolve(query)
        let interpreter = Interpreter(
            scene: entry.scene, library: library, players: (players.first, players.second),
            seed: options.seed ?? UInt64.random(in: 0...UInt64.max))
        let write: (String) -> Void = { text in FileHandle.standardOutput.write(Data(text.utf8)) }
        write(TextSanitizer.printableLine(entry.scene.title) + "\n\n")
        let session = GameSession(interpreter: interpreter, recorder: NoRecorder(), sceneTitle: entry.scene.title)
        let first: Step
        do {
            first = try session.start()
        } catch {
            throw UserFacingError(message: "could not start the session: \(error)", status: ExitStatus.temporaryFailure).reported()
        }
        let player = LinePlayer(
            session: session,
            readLine: { Swift.readLine(strippingNewline: true) },
            write: write,
            wait: { seconds in if seconds > 0 { Thread.sleep(forTimeInterval: seconds) } },
            timeScale: options.timeScale)
        if player.play(first: first) == .recordingFailed { throw ExitStatus.temporaryFailure }
    }

    /// The scene asked for, and every scene it may call.
    private func resolve(_ query: String) throws -> (SceneCatalog.Entry, [Scene]) {
        let looksLikePath = query.hasSuffix(".json") || query.contains("/")
        do {
            if looksLikePath {
                guard FileManager.default.fileExists(atPath: query) else {
                    throw UserFacingError.notFound("no such scene file: \(query)")
                }
                let catalog = try SceneCatalog.load(extraFolders: global.sceneFolders, extraFiles: [query])
                let broken = catalog.diagnostics.filter { $0.file == query }
                if !broken.isEmpty {
                    broken.forEach { StandardError.write($0.formatted) }
                    throw UserFacingError.data("\(query) has errors; fix them and try again")
                }
                guard let entry = catalog.entries.first(where: { $0.file == query }) else {
                    throw UserFacingError.data("\(query) could not be loaded")
                }
                catalog.notices.forEach { StandardError.write("datenight: note: \($0)") }
                return (entry, catalog.scenes)
            }
            let catalog = try global.catalog()
            return (try catalog.resolve(query), catalog.scenes)
        } catch let error as UserFacingError {
            throw error.reported()
        }
    }
}
