/// What decides how play can go on from a moment: not the words of answers, nor which
/// questions were drawn, only where play is and what conditions could see (earlier sessions
/// included, until nothing ahead recalls them).
///
/// Kept as one flat list of numbers (names interned by `SituationKey.Encoder`) with its hash
/// worked out once: the explorer builds a key for every input it tries, and nested
/// dictionaries of strings cost more to build and hash than playing the step itself.
struct SituationKey: Hashable {
    private var words: [Int]
    private var hash: Int

    static func == (lhs: SituationKey, rhs: SituationKey) -> Bool {
        lhs.hash == rhs.hash && lhs.words == rhs.words
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    /// Turns games into keys. Two games get equal keys exactly when they agree on: the
    /// position and call stack (deck rounds by their length and progress, not by which
    /// questions were drawn), whose turn it is, the significant value of every variable a
    /// condition reads (`VariableRelevance`) in the scenes playing or waiting for a call to
    /// return, for each of those scenes' answer keys whether each player's and the shared
    /// answer exists and, for keys a condition tests, whether the latest response was a pass,
    /// and the earlier sessions the game started from while some node still to come recalls them.
    final class Encoder {
        private let conditionKeys: [String: Set<String>]
        private let relevance: VariableRelevance
        private let recalling: MemoryReach
        private var names: [String: Int] = [:]
        private var words: [Int] = []

        init(conditionKeys: [String: Set<String>], relevance: VariableRelevance, recalling: MemoryReach) {
            self.conditionKeys = conditionKeys
            self.relevance = relevance
            self.recalling = recalling
        }

        /// - Parameter history: which of the explored histories of earlier sessions the game
        ///   started from (the same number for equal histories); a session never changes it.
        func key(for game: Interpreter, history: Int) -> SituationKey {
            let state = game.state
            words.removeAll(keepingCapacity: true)
            words.append(recalling.canStillRecall(state) ? history : -1)
            words.append(state.active.rawValue)
            if let position = state.position {
                words.append(1)
                words.append(name(position.scene))
                words.append(name(position.node))
                words.append(position.step)
                append(position.round)
            } else {
                words.append(0)
            }
            words.append(state.stack.count)
            for frame in state.stack {
                words.append(name(frame.scene))
                words.append(name(frame.node))
                append(frame.round)
            }
            // A scene that is neither playing nor waiting for a call to return starts afresh when
            // it is called again (the interpreter resets its variables and answers), so what it
            // left behind cannot change what happens next.
            var live = state.stack.map(\.scene)
            if let scene = state.position?.scene { live.append(scene) }
            var liveIDs = live.map { (name($0), $0) }
            liveIDs.sort { $0.0 < $1.0 }
            var previous = -1
            for (id, sceneID) in liveIDs where id != previous {
                previous = id
                words.append(id)
                appendVariables(state.variables[sceneID], of: sceneID)
                appendAnswers(state.answers[sceneID], of: sceneID)
            }
            var hasher = Hasher()
            hasher.combine(words)
            return SituationKey(words: words, hash: hasher.finalize())
        }

        private func name(_ text: String) -> Int {
            if let id = names[text] { return id }
            let id = names.count
            names[text] = id
            return id
        }

        private func append(_ round: EngineState.DeckRound?) {
            if let round {
                words.append(round.questions.count)
                words.append(round.index)
            } else {
                words.append(-1)
            }
        }

        private func appendVariables(_ values: [String: Value]?, of sceneID: String) {
            guard let values else {
                words.append(-1)
                return
            }
            let read = readVariables(of: sceneID)
            let countAt = words.count
            words.append(0)
            for variable in read {
                guard let value = values[variable.name] else { continue }
                words[countAt] += 1
                words.append(variable.id)
                switch value {
                case .integer(let number):
                    words.append(0)
                    words.append(variable.range.map { min(max(number, $0.lowerBound), $0.upperBound) } ?? number)
                case .boolean(let flag):
                    words.append(1)
                    words.append(flag ? 1 : 0)
                case .string(let text):
                    words.append(2)
                    words.append(name(text))
                }
            }
        }

        /// The variables of a scene some condition reads, in the order of their numbers.
        private var readByScene: [String: [(name: String, id: Int, range: ClosedRange<Int>?)]] = [:]

        private func readVariables(of sceneID: String) -> [(name: String, id: Int, range: ClosedRange<Int>?)] {
            if let known = readByScene[sceneID] { return known }
            let read = relevance.readVariables(of: sceneID).map { (name: $0.key, id: name($0.key), range: $0.value) }
                .sorted { $0.id < $1.id }
            readByScene[sceneID] = read
            return read
        }

        /// Per scene and answer key: its number, and whether some condition tests it.
        private var answerKeys: [String: [String: (id: Int, tested: Bool)]] = [:]

        /// Placeholders only need an answer to exist (a pass quotes as a pass); an `answered`
        /// condition reads the latest response alone. So only `latest` of a tested key keeps
        /// the answered-or-passed difference (whose pass it was changes only the words shown).
        private func appendAnswers(_ answers: [String: EngineState.Answers]?, of sceneID: String) {
            guard let answers else {
                words.append(-1)
                return
            }
            var entries: [(Int, Int)] = []
            entries.reserveCapacity(answers.count)
            // The scene's table is looked up once, not once per answer key.
            var table = answerKeys[sceneID] ?? [:]
            let sizeBefore = table.count
            defer { if table.count != sizeBefore { answerKeys[sceneID] = table } }
            for (key, given) in answers {
                let known: (id: Int, tested: Bool)
                if let entry = table[key] {
                    known = entry
                } else {
                    known = (id: name(key), tested: conditionKeys[sceneID]?.contains(key) ?? false)
                    table[key] = known
                }
                var flags = (given.first == nil ? 0 : 1) | (given.second == nil ? 0 : 2) | (given.both == nil ? 0 : 4)
                if let latest = given.latest {
                    flags |= known.tested && latest.isPass ? 8 : 16
                }
                entries.append((known.id, flags))
            }
            entries.sort { $0.0 < $1.0 }
            words.append(entries.count)
            for (id, flags) in entries {
                words.append(id)
                words.append(flags)
            }
        }
    }
}
