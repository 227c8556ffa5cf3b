import DateNightCore

/// Every scene available to play: the bundled ones and any from folders the user adds.
struct SceneCatalog {
    struct Entry {
        var scene: Scene
        var file: String
        var origin: Origin
        /// The file's bytes hashed as they were read, so a save can tell the scene changed since.
        var contentHash: String = ""
    }

    enum Origin: Equatable {
        case bundled
        case folder(String)

        var description: String {
            switch self {
            case .bundled: "bundled"
            case .folder(let path): path
            }
        }
    }

    /// Playable scenes, in picker order.
    private(set) var entries: [Entry]
    /// Problems in files that could not be loaded; reported, never fatal for the others.
    private(set) var diagnostics: [Diagnostic]
    /// One-line notices, such as a user scene replacing a bundled one.
    private(set) var notices: [String]

    var scenes: [Scene] { entries.map(\.scene) }
    /// What the couple is offered: every scene but the hidden ones (samples, tests), which
    /// still play by their exact id.
    var listed: [Entry] { entries.filter { !$0.scene.hidden } }

    /// Loads the bundled scenes, then the user's folders; a user scene with a bundled scene's
    /// id replaces it.
    static func load(extraFolders: [String] = [], extraFiles: [String] = []) throws(UserFacingError) -> SceneCatalog {
        let sources = try Sources.read(extraFolders: extraFolders, extraFiles: extraFiles)
        return assemble(SceneLoader.loadAll(sources.files, duplicateIDs: .allowed), origins: sources.origins,
                        hashes: sources.hashes, diagnostics: sources.diagnostics)
    }

    /// Every scene file to load, read: what the catalog is made of, and all it depends on.
    struct Sources {
        var files: [(file: String, bytes: [UInt8])] = []
        /// Files that could not be read, as diagnostics.
        var diagnostics: [Diagnostic] = []
        var origins: [String: Origin] = [:]
        /// Each file in loading order, with where it came from and a digest of its bytes
        /// (`ListingCache.digest`) or why it is unreadable.
        var fingerprint = ""

        /// Each file's `ContentHash`, made only when the scenes are loaded: a listing from the
        /// cache needs none.
        var hashes: [String: String] {
            Dictionary(files.map { ($0.file, ContentHash.of($0.bytes)) }, uniquingKeysWith: { _, last in last })
        }

        static func read(extraFolders: [String], extraFiles: [String]) throws(UserFacingError) -> Sources {
            var paths: [(path: String, origin: Origin)] = []
            if let bundled = BundledScenes.locate() {
                paths += bundled.files.map { ($0, .bundled) }
            }
            // The user's own scenes load without a flag, after the bundled ones so they can replace them.
            if let own = UserScenes.folder(), FileReading.isDirectory(own) {
                paths += FileReading.sceneFiles(in: own).map { ($0, .folder(own)) }
            }
            for folder in extraFolders {
                guard FileReading.isDirectory(folder) else { throw .notFound("no such scenes folder: \(folder)") }
                paths += FileReading.sceneFiles(in: folder).map { ($0, .folder(folder)) }
            }
            paths += extraFiles.map { ($0, .folder($0.parentFolder)) }
            guard !paths.isEmpty else {
                throw .notFound("could not find any scenes: the bundled Scenes folder is missing next to the datenight binary")
            }
            var sources = Sources()
            for source in paths {
                let outcome: String
                do {
                    let bytes = try FileReading.bytes(at: source.path)
                    sources.files.append((source.path, bytes))
                    sources.origins[source.path] = source.origin
                    outcome = ListingCache.digest(of: bytes)
                } catch {
                    sources.diagnostics.append(Diagnostic(file: source.path, position: .init(line: 1, column: 1), severity: .error, message: error.reason))
                    outcome = "unreadable: " + error.reason
                }
                sources.fingerprint += "\(source.path)\t\(source.origin.description)\t\(outcome)\n"
            }
            return sources
        }
    }

    static func assemble(_ loaded: [LoadedScene], origins: [String: Origin], hashes: [String: String],
                                 diagnostics: [Diagnostic]) -> SceneCatalog {
        var diagnostics = diagnostics
        var notices: [String] = []
        var byID: [String: Entry] = [:]
        var order: [String] = []
        for result in loaded {
            diagnostics += result.diagnostics.filter { $0.severity == .error }
            guard let scene = result.scene else { continue }
            let entry = Entry(scene: scene, file: result.file, origin: origins[result.file] ?? .bundled,
                              contentHash: hashes[result.file] ?? "")
            if let existing = byID[scene.id] {
                notices.append("\(result.file) replaces the \(existing.origin == .bundled ? "bundled " : "")scene '\(scene.id)' from \(existing.file)")
            } else {
                order.append(scene.id)
            }
            byID[scene.id] = entry
        }
        let entries = order.compactMap { byID[$0] }.sorted { $0.scene.title.lowercased() < $1.scene.title.lowercased() }
        return SceneCatalog(entries: entries, diagnostics: diagnostics, notices: notices)
    }

    /// A scene by its number in the list, its id, or a unique start of its id or title.
    func resolve(_ query: String) throws(UserFacingError) -> Entry {
        let trimmed = query.trimmingWhitespace()
        switch TypedNumber.read(trimmed, count: listed.count) {
        case .position(let number)?:
            return listed[number - 1]
        case .outOfRange?:
            throw .notFound("there is no scene number \(trimmed.prefix(24)); there are \(listed.count) (see 'datenight scenes')")
        case nil:
            break
        }
        let lowered = trimmed.lowercased()
        if let exact = entries.first(where: { $0.scene.id == lowered }) { return exact }
        let matches = listed.filter {
            $0.scene.id.hasPrefix(lowered) || $0.scene.title.lowercased().hasPrefix(lowered)
        }
        switch matches.count {
        case 1: return matches[0]
        case 0:
            if let near = NearMiss.nearest(to: lowered, among: entries.map(\.scene.id)) {
                throw .notFound("no scene called '\(trimmed)'; did you mean '\(near)'? (see 'datenight scenes')")
            }
            let known = listed.map(\.scene.id).joined(separator: ", ")
            throw .notFound("no scene called '\(trimmed)'; the scenes are: \(known)")
        default:
            throw .usage("'\(trimmed)' could be \(matches.map(\.scene.id).joined(separator: " or ")); type a little more of it")
        }
    }
}
