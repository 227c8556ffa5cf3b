import ArgumentParser
import SessionStore

/// Shell completions that know the game: the scene ids a `play` can take, the saved session
/// numbers a `resume` can take. They run inside `datenight` when the shell asks (Tab), read
/// only, and say nothing when something cannot be read: a completion must never print an error
/// into the middle of a command line.
enum GameCompletions {
    static let scenes = CompletionKind.custom { words, _, prefix in sceneIDs(words: words, prefix: prefix) }
    static let sessions = CompletionKind.custom { words, _, prefix in sessionNumbers(words: words, prefix: prefix) }

    static func sceneIDs(words: [String], prefix: String) -> [String] {
        let folders = values(of: "--scenes", in: words)
        guard let catalog = try? SceneCatalog.load(extraFolders: folders.filter(FileReading.isDirectory)) else { return [] }
        return catalog.entries.map(\.scene.id).filter { $0.hasPrefix(prefix) }
    }

    /// Newest first, each with its scene and players as the description where the shell
    /// shows one (zsh `N:desc`, fish `N<tab>desc`); bash shows the numbers alone.
    static func sessionNumbers(words: [String], prefix: String) -> [String] {
        guard let folder = DataDirectory.resolve(option: values(of: "--data-dir", in: words).last),
              let store = (try? SessionStore.openExisting(folder)) ?? nil,
              let sessions = try? store.sessions() else { return [] }
        return sessions.map { session in
            (number: String(session.id),
             description: "\(session.sceneTitle), \(session.players.joined(separator: " & "))"
                .filter { !$0.isNewline && $0 != "\t" })
        }
        .filter { $0.number.hasPrefix(prefix) }
        .map { candidate in
            switch CompletionShell.requesting {
            case .zsh?: "\(candidate.number):\(candidate.description)"
            case .fish?: "\(candidate.number)\t\(candidate.description)"
            default: candidate.number
            }
        }
    }

    /// The values given to `option` in the words typed so far (`--scenes X`, `--scenes=X`).
    static func values(of option: String, in words: [String]) -> [String] {
        var found: [String] = []
        for (index, word) in words.enumerated() {
            if word == option, index + 1 < words.count {
                found.append(unquoted(words[index + 1]))
            } else if word.hasPrefix(option + "=") {
                found.append(unquoted(String(word.dropFirst(option.count + 1))))
            }
        }
        return found
    }

    /// Shells hand the words over as typed; plain quotes around a path are the common case.
    private static func unquoted(_ word: String) -> String {
        var text = word
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            text = String(text.dropFirst().dropLast())
        }
        return text.replacingOccurrences(of: "\\ ", with: " ")
    }
}
