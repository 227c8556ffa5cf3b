/// What a couple said and did in their earlier sessions, as far as scenes can see it: their
/// most recent answer to each answer key, and how often they finished each scene. The front end
/// looks it up when a session starts and the session keeps it, so a resumed session recalls
/// exactly what it recalled before, whatever was played in between.
public struct Memory: Hashable, Sendable, Codable {
    /// By scene id, then answer key: each player's (and the shared) most recent answer with
    /// words, in this session's player order. Passes and empty responses are never kept.
    public private(set) var answers: [String: [String: EngineState.Answers]]
    /// How many sessions of each scene (by id) the couple has finished.
    public var finished: [String: Int]

    public static let none = Memory(answers: [:], finished: [:])

    public init(answers: [String: [String: EngineState.Answers]], finished: [String: Int]) {
        self.answers = answers.compactMapValues { keys in
            let kept = keys.compactMapValues { answers -> EngineState.Answers? in
                let words = { (response: Response?) in response.flatMap { $0.hasWords ? $0 : nil } }
                let kept = EngineState.Answers(first: words(answers.first), second: words(answers.second),
                                               both: words(answers.both), latest: nil)
                return kept.first == nil && kept.second == nil && kept.both == nil ? nil : kept
            }
            return kept.isEmpty ? nil : kept
        }
        self.finished = finished.filter { $0.value > 0 }
    }

    public var isEmpty: Bool { answers.isEmpty && finished.isEmpty }

    /// The remembered answers to a key, read from the scene `sceneID`.
    func answers(to key: Key, in sceneID: String) -> EngineState.Answers? {
        answers[key.scene ?? sceneID]?[key.key]
    }

    /// Whether `{last.KEY.WHO}` can be filled for every WHO: there is a shared answer, or one
    /// from each player. What the `remembered` condition tests.
    func remembers(_ key: Key, in sceneID: String) -> Bool {
        guard let answers = answers(to: key, in: sceneID) else { return false }
        return answers.both != nil || (answers.first != nil && answers.second != nil)
    }

    /// An answer key in this scene or a named one: `KEY` or `SCENE/KEY`.
    public struct Key: Hashable, Sendable {
        /// Nil: the scene whose text or condition names the key.
        public var scene: String?
        public var key: String

        public init(scene: String?, key: String) {
            self.scene = scene
            self.key = key
        }

        /// Reads `KEY` or `SCENE/KEY`; nil unless each part is a valid id.
        public init?(parsing text: String) {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            switch parts.count {
            case 1 where Identifier.isValid(parts[0]):
                self.init(scene: nil, key: parts[0])
            case 2 where Identifier.isValid(parts[0]) && Identifier.isValid(parts[1]):
                self.init(scene: parts[0], key: parts[1])
            default:
                return nil
            }
        }

        /// As the scene file writes it.
        public var written: String { scene.map { "\($0)/\(key)" } ?? key }

        /// The same key with its scene spelled out, as seen from `sceneID`.
        func qualified(in sceneID: String) -> Key { Key(scene: scene ?? sceneID, key: key) }
    }
}
