import ArgumentParser
import DateNightCore
import Foundation

/// `datenight validate PATH...`: checks scene files and reports every problem at once.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scene files and report every problem with its line and column.",
        discussion: "Exits 0 when every scene is fit to play, 65 when any has errors, 66 when a path does not exist."
    )

    @Argument(help: ArgumentHelp("Scene files, or folders to search for *.json scene files.", valueName: "path"), completion: .file(extensions: ["json"]))
    var paths: [String]

    @Option(help: "How to print the diagnostics: text (FILE:LINE:COLUMN) or json.")
    var format: ListingFormat = .text

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one scene file or folder to check") }
    }

    func run() throws {
        var files: [(file: String, bytes: [UInt8])] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            let candidates = FileReading.isDirectory(path) ? FileReading.sceneFiles(in: path) : [path]
            if candidates.isEmpty {
                StandardError.write("datenight: no scene files (*.json) in \(path)")
            }
            for file in candidates {
                do {
                    files.append((file, try FileReading.bytes(at: file)))
                } catch .missing(let missing) {
                    throw UserFacingError.notFound("no such file or folder: \(missing)")
                } catch {
                    diagnostics.append(Diagnostic(file: file, position: .init(line: 1, column: 1), severity: .error, message: error.reason))
                }
            }
        }
        // Scenes a checked file may call: the checked files themselves and every bundled or added one.
        let checkedPaths = Set(files.map(\.file))
        // The listing's cache knows them without loading every scene again.
        let others = (try? SceneCatalog.listing(extraFolders: global.sceneFolders))?.known.filter { !checkedPaths.contains($0.file) } ?? []
        let loaded = SceneLoader.loadAll(files, alsoKnown: Set(others.map(\.id)),
                                         alsoKnownKeys: Dictionary(others.map { ($0.id, Set($0.savedKeys)) }, uniquingKeysWith: { $0.union($1) }))
        diagnostics += loaded.flatMap(\.diagnostics)
        KeptUntilExit.keep(loaded)

        switch format {
        case .text:
            diagnostics.forEach { StandardError.write($0.formatted) }
            let failed = loaded.filter { $0.scene == nil }.count
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            let errors = diagnostics.filter { $0.severity == .error }.count
            CommandOutput.say("checked \(files.count) scene file\(files.count == 1 ? "" : "s"): \(files.count - failed) ok, \(failed) with errors"
                  + " (\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"))")
        case .json:
            CommandOutput.document(try SafeJSON.encode(diagnostics))
        }
        if diagnostics.hasErrors { throw ExitStatus.dataError }
    }
}
