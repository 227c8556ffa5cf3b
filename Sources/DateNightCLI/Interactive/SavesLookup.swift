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

    /// Scene ids played before, and those played to the end.
    func playedScenes() -> (played: Set<String>, finished: Set<String>) {
        guard let store = store() else { return ([], []) }
        return (try? store.playedScenes()) ?? ([], [])
    }
}
