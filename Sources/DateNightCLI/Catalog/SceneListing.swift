import DateNightCore

/// What `datenight scenes` shows of the catalog: one line per playable scene, the files that
/// could not be loaded, and the notices. Small enough to keep between runs (`ListingCache`),
/// so that listing does not decode and check every scene each time.
struct SceneListing: Codable, Equatable {
    /// One playable scene. The JSON shape is a contract for scripts: add fields, never rename them.
    struct Entry: Codable, Equatable {
        var number: Int
        var id: String
        var title: String
        var summary: String
        var minutes: Int
        var kinds: [String]
        var questions: Int?
        var decks: [String: Int]?
        var file: String
        var source: String
    }

    var entries: [Entry]
    /// Every scene loaded, hidden ones too, by file: what a scene being checked may call and quote.
    var known: [Known]

    struct Known: Codable, Equatable {
        var file: String
        var id: String
        var savedKeys: [String]
    }
    /// Each file that could not be loaded, as its first error (`FILE:LINE:COLUMN: error: ...`).
    var skipped: [String]
    var notices: [String]

    init(_ catalog: SceneCatalog) {
        entries = catalog.listed.enumerated().map { index, entry in
            let scene = entry.scene
            return Entry(
                number: index + 1, id: scene.id, title: scene.title, summary: scene.summary, minutes: scene.minutes,
                kinds: scene.kinds.map(\.rawValue), questions: scene.questionCount,
                decks: scene.decks.isEmpty ? nil : scene.decks.mapValues(\.questions.count),
                file: entry.file, source: entry.origin.description)
        }
        known = catalog.entries.map { Known(file: $0.file, id: $0.scene.id, savedKeys: $0.scene.savedAnswerKeys.sorted()) }
        skipped = catalog.diagnostics.map(\.formatted)
        notices = catalog.notices
    }
}

extension SceneCatalog {
    /// The listing of the scenes in these folders: from the cache when every file is byte for
    /// byte what it was when the cache was written (by this very binary), else by loading and
    /// checking them all, as playing would. A scene with errors is never listed either way.
    static func listing(extraFolders: [String]) throws(UserFacingError) -> SceneListing {
        let sources = try Sources.read(extraFolders: extraFolders, extraFiles: [])
        let cache = ListingCache(fingerprint: sources.fingerprint)
        if let cached = cache?.load() { return cached }
        let catalog = assemble(SceneLoader.loadAll(sources.files, duplicateIDs: .allowed), origins: sources.origins,
                               hashes: sources.hashes, diagnostics: sources.diagnostics)
        let listing = SceneListing(catalog)
        cache?.store(listing)
        return listing
    }
}
