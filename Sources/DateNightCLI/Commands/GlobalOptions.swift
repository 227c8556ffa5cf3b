import ArgumentParser
import TerminalKit

/// Options every command understands.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("scenes"), help: ArgumentHelp("Also load the scenes in this folder (may be repeated).", valueName: "dir"),
            completion: .directory)
    var sceneFolders: [String] = []

    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Where saved sessions are kept.", valueName: "dir"), completion: .directory)
    var dataDirectory: String?

    @Flag(name: .customLong("no-color"), help: "Do not use colour (also set by the NO_COLOR environment variable).")
    var noColor = false

    @Flag(help: "No in-place redraws: for screen readers and simple terminals.")
    var plain = false

    func catalog() throws -> SceneCatalog {
        let catalog = try SceneCatalog.load(extraFolders: sceneFolders)
        catalog.notices.forEach { StandardError.write("datenight: note: \($0)") }
        return catalog
    }
}

extension GlobalOptions {
    /// A scene named on the command line (a scene file, or a number, id or prefix from the
    /// catalog) with the catalog it was found in, which holds every scene it may call.
    func scene(named query: String) throws -> (entry: SceneCatalog.Entry, catalog: SceneCatalog) {
        guard query.hasSuffix(".json") || query.contains("/") else {
            let catalog = try catalog()
            return (try catalog.resolve(query), catalog)
        }
        if FileReading.isDirectory(query) {
            throw UserFacingError.notFound("\(query) is a folder, not a scene file; to add the scenes in a folder, use --scenes \(query)")
        }
        guard (try? FileReading.bytes(at: query)) != nil else {
            throw UserFacingError.notFound("no such scene file: \(query)")
        }
        let catalog = try SceneCatalog.load(extraFolders: sceneFolders, extraFiles: [query])
        let broken = catalog.diagnostics.filter { $0.file == query }
        guard broken.isEmpty, let entry = catalog.entries.first(where: { $0.file == query }) else {
            broken.forEach { StandardError.write($0.formatted) }
            throw UserFacingError.data("\(query) has errors; 'datenight validate \(query)' lists them")
        }
        catalog.notices.forEach { StandardError.write("datenight: note: \($0)") }
        return (entry, catalog)
    }
}

