import DateNightCore
import Foundation
import SessionStore

/// What the saves can tell the menu, the name prompt and the picker: last time's names, a
/// session to carry on, which scenes were played. Read-only and quiet: if the saves cannot
/// be read, the offers are simply left out (the commands that need them say what is wrong).
struct SavesLookup {
    let dataDirectory: String?

    private func store() -> SessionStore? {
        guard let folder = DataDirectory.resolve(option: dataDirectory) else { return nil }
        return (try? SessionStore.openExisting(folder)) ?? nil
    }

    /// The names of the most recently played session.
    func lastPlayers() -> Players? {
        guard let store = store(), let latest = (try? store.latest()) ?? nil, latest.players.count == 2 else { return nil }
        return Players(first: latest.players[0], second: latest.players[1])
    }

    /// The session `datenight resume` would carry on.
    func resumable() -> SavedSession? {
        guard let store = store() else { return nil }
        return (try? store.latestResumable()) ?? nil
    }

    /// Every session that can be carried on, most recently played first.
    func unfinished() -> [SavedSession] {
        sessions().filter(\.isResumable).sorted { $0.updatedAt > $1.updatedAt }
    }

    /// Sessions per kind of closeness in the last 30 days, as the progress report counts them.
    func recentKinds(now: Date = Date()) -> [Closeness: Int] {
        let since = now.addingTimeInterval(-Double(ProgressReport.recentDays) * 24 * 60 * 60)
        let recent = sessions().filter { $0.updatedAt >= since }
        var counts: [Closeness: Int] = [:]
        for kind in Closeness.allCases { counts[kind] = recent.filter { $0.sceneKinds.contains(kind.rawValue) }.count }
        return counts
    }

    /// Every saved session, or none when the saves cannot be read.
    private func sessions() -> [SavedSession] {
        guard let store = store() else { return [] }
        return (try? store.sessions()) ?? []
    }

    /// Scene ids played before, and those played to the end.
    func playedScenes() -> (played: Set<String>, finished: Set<String>) {
        guard let store = store() else { return ([], []) }
        return (try? store.playedScenes()) ?? ([], [])
    }
}
