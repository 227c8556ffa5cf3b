/// Tests a scene the way an author would by hand, but exhaustively: every choice, every pass
/// and every early stop, with each player leading, for a first visit and for a couple with
/// earlier sessions behind them (`EarlierSessions`), followed to an end; then seeded random
/// walks. After ChoiceScript's quicktest and randomtest.
/// See https://www.choiceofgames.com/make-your-own-games/testing-choicescript-games-automatically/
///
/// Paths are merged where they cannot differ from then on: two runs at the same node with the
/// same call stack, variables, turn and answered-or-passed flags continue identically (answer
/// wording only changes the words shown), so the search visits each such situation once.
public struct SceneExplorer: Sendable {
    public var scene: Scene
    public var library: [Scene]
    /// Situations explored per leading player before giving up and reporting `truncated`.
    public var stateLimit = 200_000
    public var randomWalkCount = 200
    public var randomWalkLength = 2_000
    /// Told how many more situations were explored, every `progressInterval` of them (called
    /// scenes' included), so that a front end can show a long exploration moving.
    public var progress: (@Sendable (Int) -> Void)?
    public static let progressInterval = 4_096
    /// Where explorers of one run share what they found in the scenes they call; without one,
    /// each explorer explores every scene it calls itself.
    public var calledScenes: CalledSceneCache?

    public init(scene: Scene, library: [Scene]) {
        self.scene = scene
        self.library = library
    }

    /// A rough measure of how long `explore()` takes, to start the longest first when scenes
    /// are explored side by side: the nodes and deck questions of every scene it plays, once
    /// per history of earlier sessions it tries.
    public var estimatedCost: Int {
        let played = Set(scenesReachable())
        let size = (library.filter { $0.id != scene.id } + [scene]).filter { played.contains($0.id) }
            .reduce(0) { $0 + $1.nodes.count + $1.decks.values.reduce(0) { $0 + $1.questions.count } }
        return size * EarlierSessions(scenes: [scene]).variants.count
    }

    public func explore() -> ExplorationReport {
        report(combining: pieces.map(explore))
    }

    /// Only the seeded random walks, with the checks every step gets: a quick look at a scene
    /// too large to walk exhaustively in the time at hand. Unreached nodes are not reported.
    public func randomWalksOnly() -> ExplorationReport {
        var report = ExplorationReport(sceneID: scene.id)
        var problems: Set<ExplorationReport.Problem> = []
        var entered: Set<String> = []
        randomWalks(memories: EarlierSessions(scenes: [scene]).variants, report: &report, problems: &problems, entered: &entered)
        report.problems = problems.sorted()
        return report
    }

    // MARK: - Every path

    /// One search over every history of earlier sessions at once: once play is past the last
    /// node that recalls anything, the histories merge, so a welcome-back intro costs little.
    ///
    /// - Parameter exits: who has the turn whenever the scene ends, for a caller to continue with.
    /// - Returns: situations from which no input leads to an end (none once the search was cut
    ///   short), kept apart so that a caller can tell whether a cut elsewhere hides them.
    func exhaustive(leader: PlayerSlot, memories: [Memory], recalling: MemoryReach, report: inout ExplorationReport,
                    problems: inout Set<ExplorationReport.Problem>, entered: inout Set<String>,
                    endings: inout Set<String>, exits: inout Set<PlayerSlot>,
                    calls: inout CalledScenes) -> Set<ExplorationReport.Problem> {
        let encoder = SituationKey.Encoder(conditionKeys: conditionKeys(), relevance: VariableRelevance(scenes: library + [scene]),
                                           recalling: recalling)
        // Equal histories share a number, so that they merge as equal memories would.
        let histories = memories.map { memory in memories.firstIndex(of: memory) ?? 0 }
        var keys: [SituationKey: Int] = [:]
        var games: [Interpreter] = []
        // Per situation: the history it started from, and the inputs its request accepts
        // (worked out once, from the step that reached it).
        var history: [Int] = []
        var inputs: [[Input]] = []
        var successors: [[Int]] = []
        var finishing: Set<Int> = []
        let draws = DrawMemo()
        func add(_ game: Interpreter, _ step: Step, from start: Int) -> Int {
            let key = encoder.key(for: game, history: start)
            if let index = keys[key] { return index }
            keys[key] = games.count
            games.append(game)
            history.append(start)
            inputs.append(step.request?.possibleInputs() ?? [])
            successors.append([])
            return games.count - 1
        }
        for (memory, start) in zip(memories, histories) {
            var game = Interpreter(scene: scene, library: library, players: ("Player One", "Player Two"), seed: 1,
                                   memory: memory, firstPlayer: leader)
            game.stopsBeforeSceneCalls = true
            game.drawMemo = draws
            let first = game.start()
            inspect(first, before: nil, after: game, problems: &problems)
            entered.formUnion(game.state.visits.keys)
            for (after, step) in pastSceneCalls(game, step: first, report: &report, problems: &problems, entered: &entered, calls: &calls) {
                if step.isFinished {
                    endings.insert(endingKey(step))
                    exits.insert(after.state.active)
                } else {
                    _ = add(after, step, from: start)
                }
            }
        }
        var next = 0
        while next < games.count {
            if next % Self.progressInterval == Self.progressInterval - 1 { progress?(Self.progressInterval) }
            if games.count > stateLimit {
                report.truncated = true
                break
            }
            let game = games[next]
            for input in inputs[next] {
                var copy = game
                guard let step = try? copy.send(input) else { continue }
                report.transitions += 1
                inspect(step, before: game, after: copy, problems: &problems)
                noteEntered(copy, after: game, in: &entered)
                for (after, afterStep) in pastSceneCalls(copy, step: step, report: &report, problems: &problems,
                                                         entered: &entered, calls: &calls) {
                    if afterStep.isFinished {
                        finishing.insert(next)
                        endings.insert(endingKey(afterStep))
                        exits.insert(after.state.active)
                    } else {
                        successors[next].append(add(after, afterStep, from: history[next]))
                    }
                }
            }
            next += 1
        }
        report.statesExplored += games.count
        guard !report.truncated else { return [] }
        // Situations from which no sequence of inputs reaches an end.
        var predecessors = Array(repeating: [Int](), count: games.count)
        for (from, targets) in successors.enumerated() {
            for target in targets { predecessors[target].append(from) }
        }
        var canFinish = finishing
        var stack = Array(finishing)
        while let index = stack.popLast() {
            for previous in predecessors[index] where canFinish.insert(previous).inserted {
                stack.append(previous)
            }
        }
        var stranded: Set<ExplorationReport.Problem> = []
        for index in games.indices where !canFinish.contains(index) {
            guard let position = games[index].state.position else { continue }
            stranded.insert(.init(kind: .noWayOut, sceneID: position.scene, nodeID: position.node,
                                  detail: "from here no choice or pass leads to an end"))
        }
        return stranded
    }

    /// Adds the nodes `game` entered since `earlier` to `entered`. Visit counts only grow, and
    /// every node `earlier` had visited is already in `entered`, so a step that entered nothing
    /// new (the visits map kept its size) has nothing to add; most steps are such.
    func noteEntered(_ game: Interpreter, after earlier: Interpreter, in entered: inout Set<String>) {
        guard game.state.visits.count != earlier.state.visits.count else { return }
        entered.formUnion(game.state.visits.keys)
    }


    // MARK: - Random walks

    func randomWalks(memories: [Memory], report: inout ExplorationReport, problems: inout Set<ExplorationReport.Problem>,
                             entered: inout Set<String>) {
        for walk in 0..<randomWalkCount {
            var generator = SeededGenerator(seed: UInt64(walk), purpose: "random walk")
            let leader: PlayerSlot = walk % 2 == 0 ? .first : .second
            var game = Interpreter(scene: scene, library: library, players: ("Player One", "Player Two"),
                                   seed: UInt64(walk), memory: memories[(walk / 2) % memories.count], firstPlayer: leader)
            var step = game.start()
            inspect(step, before: nil, after: game, problems: &problems)
            var length = 0
            while !step.isFinished && length < randomWalkLength {
                let inputs = step.request?.possibleInputs() ?? []
                guard let input = inputs.randomElement(using: &generator) else { break }
                let before = game
                guard let next = try? game.send(input) else { break }
                step = next
                inspect(step, before: before, after: game, problems: &problems)
                length += 1
            }
            entered.formUnion(game.state.visits.keys)
            report.randomWalks += 1
        }
    }

    // MARK: - Checks on each step

    func inspect(_ step: Step, before: Interpreter?, after: Interpreter, problems: inout Set<ExplorationReport.Problem>) {
        let sceneID = before?.state.position?.scene ?? after.state.sceneID
        for event in step.events {
            if case .stuck(let node) = event {
                problems.insert(.init(kind: .stuck, sceneID: sceneID, nodeID: node, detail: "play stopped here: a loop that never asks anything, or calls nested more than \(Interpreter.maximumCallDepth) deep"))
            }
            for text in Self.texts(of: event) where Self.showsMissingAnswer(text) {
                for (scene, node) in quotingNodes(enteredBetween: before, and: after) {
                    problems.insert(.init(kind: .unfilledPlaceholder, sceneID: scene, nodeID: node, detail: "shows \"\(text.prefix(80))\""))
                }
            }
        }
        for text in Self.texts(of: step.request) where Self.showsMissingAnswer(text) {
            let place = after.state.position.map { ($0.scene, $0.node) } ?? (sceneID, "?")
            problems.insert(.init(kind: .unfilledPlaceholder, sceneID: place.0, nodeID: place.1, detail: "asks \"\(text.prefix(80))\""))
        }
    }

    private static let missingAnswerBytes = Array(AnswerWording.keys.missing.utf8)

    /// Whether a text shows the placeholder for a missing answer. A byte search: every text of
    /// every step is checked, and `String.contains` costs a tenth of the whole exploration.
    static func showsMissingAnswer(_ text: String) -> Bool {
        let needle = missingAnswerBytes
        guard let first = needle.first else { return false }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            var index = 0
            let last = bytes.count - needle.count
            while index <= last {
                if bytes[index] == first {
                    var offset = 1
                    while offset < needle.count, bytes[index + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// Nodes passed through during one step that quote answers: where a hole can come from.
    private func quotingNodes(enteredBetween before: Interpreter?, and after: Interpreter) -> [(String, String)] {
        after.state.visits.compactMap { key, count -> (String, String)? in
            guard count > (before?.state.visits[key] ?? 0) else { return nil }
            let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, let node = (library + [scene]).first(where: { $0.id == parts[0] })?.nodes[parts[1]],
                  node.body.showsAnswers
            else { return nil }
            return (parts[0], parts[1])
        }
    }

    static func texts(of event: Event) -> [String] {
        switch event {
        case .narration(let text, _): [text]
        case .reveal(let reveal):
            // A row without an answer reads as a missing answer once a front end words it.
            [reveal.text].compactMap { $0 }
                + reveal.rows.flatMap { [$0.first, $0.second] }.filter { $0 == nil }.map { _ in AnswerWording.keys.missing }
        case .finished(let text): [text].compactMap { $0 }
        default: []
        }
    }

    static func texts(of request: Request?) -> [String] {
        switch request {
        case .prompt(let prompt)?: [prompt.text]
        case .choice(let choice)?: [choice.text] + choice.options
        case .timer(let timer)?: [timer.label, timer.text, timer.endText, timer.stoppedText].compactMap { $0 } + timer.cues.map(\.text)
        case .breathing(let breathing)?: [breathing.text, breathing.endText, breathing.stoppedText].compactMap { $0 }
        case nil: []
        }
    }

    private func endingKey(_ step: Step) -> String {
        step.events.compactMap { if case .finished(let text) = $0 { text ?? "" } else { nil } }.first ?? ""
    }

    /// Answer keys that some condition tests, by scene: only for these does a pass differ
    /// from an answer in what can happen next.
    private func conditionKeys() -> [String: Set<String>] {
        var keys: [String: Set<String>] = [:]
        for scene in library + [scene] {
            for node in scene.nodes.values {
                keys[scene.id, default: []].formUnion(node.body.conditions.flatMap(\.answerKeys).map(\.key))
            }
        }
        return keys
    }

    func scenesReachable() -> [String] {
        scenesReachable(from: scene.id)
    }

    /// The scene `sceneID` and every scene it can call, directly or not.
    func scenesReachable(from sceneID: String) -> [String] {
        var found = [sceneID]
        var index = 0
        while index < found.count {
            let current = (library + [scene]).first { $0.id == found[index] }
            for node in current?.nodes.values ?? [:].values {
                if case .call(let call) = node.body, case .scene(let target) = call.target, !found.contains(target.target) {
                    found.append(target.target)
                }
            }
            index += 1
        }
        return found
    }
}
