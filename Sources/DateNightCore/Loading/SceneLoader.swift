import LocatedJSON

/// What loading one file produced: the scene when it is fit to play, and every diagnostic.
public struct LoadedScene: Sendable {
    public var file: String
    /// Nil when the file has errors: a scene with errors is never played.
    public var scene: Scene?
    public var diagnostics: [Diagnostic]
}

/// Reads scene files. Never crashes and never stops at the first problem: whatever the bytes,
/// the answer is a scene or a list of positioned diagnostics.
public enum SceneLoader {
    /// Loads one file's bytes. `knownScenes` are the ids a `call` may name (nil: not checked).
    public static func load(_ bytes: [UInt8], file: String, knownScenes: Set<String>? = nil) -> LoadedScene {
        let (scene, report) = decode(bytes, file: file)
        return validate(scene, report: report, knownScenes: knownScenes)
    }

    /// Loads several files as one collection: each is checked on its own, then calls between
    /// scenes and clashing ids are checked across the set. `alsoKnown` names scenes outside
    /// the set that calls may name too (the bundled ones, when checking a user's file).
    /// How to treat two files with one scene id: an error (checking a set of files), or
    /// allowed (a catalog where a user's scene replaces a bundled one; the caller picks).
    public enum DuplicateIDs: Sendable {
        case error, allowed
    }

    /// `alsoKnownKeys` gives, for such scenes, the answer keys they save, so `{last.SCENE/KEY...}`
    /// can be checked against them too.
    public static func loadAll(_ files: [(file: String, bytes: [UInt8])], alsoKnown: Set<String> = [],
                               alsoKnownKeys: [String: Set<String>] = [:],
                               duplicateIDs: DuplicateIDs = .error) -> [LoadedScene] {
        let decoded = files.map { decode($0.bytes, file: $0.file) }
        // Ids of scenes with errors count too, so a call to a broken scene is not also "missing".
        let ids = Set(decoded.compactMap { $0.scene?.id }).union(alsoKnown)
        // Where two files share an id (a user's scene replacing a bundled one), either's keys will do.
        let savedKeys = Dictionary(decoded.compactMap { $0.scene.map { ($0.id, $0.savedAnswerKeys) } },
                                   uniquingKeysWith: { $0.union($1) })
            .merging(alsoKnownKeys.filter { alsoKnown.contains($0.key) }, uniquingKeysWith: { $0.union($1) })
        var results = decoded.map { validate($0.scene, report: $0.report, knownScenes: ids, savedKeys: savedKeys) }
        guard duplicateIDs == .error else { return results }
        var firstFileForID: [String: String] = [:]
        for index in results.indices {
            guard let scene = decoded[index].scene else { continue }
            if let first = firstFileForID[scene.id] {
                results[index].diagnostics.append(Diagnostic(
                    file: results[index].file, position: scene.start.position, severity: .error,
                    message: "scene id '\(scene.id)' is also used by \(first)"))
                results[index].scene = nil
            } else {
                firstFileForID[scene.id] = results[index].file
            }
        }
        return results
    }

    private static func decode(_ bytes: [UInt8], file: String) -> (scene: Scene?, report: DiagnosticReport) {
        let report = DiagnosticReport(file: file)
        do {
            // Handed over, not kept: the decoder frees each node's JSON once the node is read.
            return (SceneDecoder(report: report).decode(try JSONParser.parse(bytes)), report)
        } catch {
            report.error(error.message, at: error.position)
            return (nil, report)
        }
    }

    private static func validate(_ scene: Scene?, report: DiagnosticReport, knownScenes: Set<String>?,
                                 savedKeys: [String: Set<String>] = [:]) -> LoadedScene {
        if let scene {
            var validator = SceneValidator(scene: scene, report: report, knownScenes: knownScenes, savedKeys: savedKeys)
            validator.validate()
        }
        let diagnostics = report.diagnostics.sortedByPosition()
        return LoadedScene(file: report.file, scene: diagnostics.hasErrors ? nil : scene, diagnostics: diagnostics)
    }
}
