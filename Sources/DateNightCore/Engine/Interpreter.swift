/// Walks a scene with two players. Deterministic: the same scenes, names, seed and inputs give
/// the same steps, on any machine. It never prints, reads a clock or touches a disk; a front end
/// shows its events, answers its requests, and may save `state` at any request.
public struct Interpreter: Sendable {
    public internal(set) var state: EngineState
    /// The scene played and every scene it may call, by id.
    public let scenes: [String: Scene]
    /// The fewest inputs from each node to an end, for "step k of n"; fixed with the scenes.
    let distances: StepDistances

    /// Rounds of `set`/`branch`/narration without a single question before play is stopped:
    /// only a scene that loops on itself gets near this.
    static let automaticStepLimit = 10_000

    /// How deep calls (sub-graphs, other scenes, deck bodies) may nest; docs/scene-format.md.
    public static let maximumCallDepth = 16

    /// For the explorer: stop in front of a call to another scene instead of entering it, so
    /// the called scene is explored once on its own rather than once per caller's situation.
    var stopsBeforeSceneCalls = false

    /// For the explorer: rounds drawn on one path, kept for the others that draw the same.
    var drawMemo: DrawMemo?

    /// How answers quoted in scene text read; a front end gives its own words.
    public var wording = AnswerWording.keys

    /// Prepares a new session; call `start()` for its first step.
    public init(scene: Scene, library: [Scene] = [], players: (String, String), seed: UInt64,
                explored: Set<String> = [], memory: Memory = .none, firstPlayer: PlayerSlot = .first) {
        var scenes = Dictionary(library.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        scenes[scene.id] = scene
        self.scenes = scenes
        self.distances = StepDistances(for: scene.id, in: scenes)
        self.state = EngineState(
            sceneID: scene.id, players: [players.0, players.1], seed: seed, active: firstPlayer,
            position: nil, stack: [], variables: [scene.id: scene.variables], answers: [:], drawn: [:],
            explored: explored, memory: memory, visits: [:], stepsDone: 0)
    }

    /// Continues a saved session. Call `resume()` for the step to show.
    public init(restoring state: EngineState, library: [Scene]) throws(RestoreError) {
        guard state.format <= EngineState.formatVersion else { throw .unsupportedFormat(state.format) }
        guard state.players.count == 2 else { throw .wrongPlayerCount(state.players.count) }
        self.scenes = Dictionary(library.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        guard scenes[state.sceneID] != nil else { throw .unknownScene(state.sceneID) }
        let places = (state.position.map { [($0.scene, $0.node)] } ?? []) + state.stack.map { ($0.scene, $0.node) }
        for (sceneID, nodeID) in places {
            guard let scene = scenes[sceneID] else { throw .unknownScene(sceneID) }
            guard scene.nodes[nodeID] != nil else { throw .missingNode(scene: sceneID, node: nodeID) }
        }
        self.state = state
        self.distances = StepDistances(for: state.sceneID, in: scenes)
    }

    /// The first step of a new session.
    public mutating func start() -> Step {
        var events: [Event] = []
        guard let scene = scenes[state.sceneID] else { return Step(events: [], request: nil) }
        enter(scene: scene.id, node: scene.start.target)
        settle(&events)
        return Step(events: events, request: request)
    }

    /// The step to show after restoring: normally just the request that was waiting. If the
    /// scene changed so that the saved node no longer waits for anything, play moves on from it.
    public mutating func resume() -> Step {
        var events: [Event] = []
        repairRound()
        settle(&events)
        return Step(events: events, request: request)
    }

    public var isFinished: Bool { state.isFinished }

    /// Whose turn it is.
    public var activePlayer: PlayerSlot { state.active }

    public func name(of slot: PlayerSlot) -> String { state.players[slot.rawValue] }

    /// Applies one input and runs on to the next request (or the end).
    public mutating func send(_ input: Input) throws(InputError) -> Step {
        guard let position = state.position, let scene = scenes[position.scene],
              let node = scene.nodes[position.node] else { throw .sessionFinished }
        var events: [Event] = []
        try accept(input, at: node, in: scene, position: position, events: &events)
        state.stepsDone += 1
        settle(&events)
        return Step(events: events, request: request)
    }

    // MARK: - Moving through the graph

    var currentScene: Scene? { state.position.flatMap { scenes[$0.scene] } }

    /// Moves to a node. Only `settle` runs nodes, in a loop, so a long chain of automatic
    /// nodes (or a scene that loops on itself) can never exhaust the stack.
    mutating func enter(scene sceneID: String, node nodeID: String) {
        state.position = .init(scene: sceneID, node: nodeID)
        state.visits["\(sceneID)/\(nodeID)", default: 0] += 1
    }

    /// Leaves a node for one it leads to, handing the turn over first when the node says so.
    mutating func leave(_ node: Node, to next: Reference) {
        if node.swapTurn { state.active = state.active.other }
        guard let sceneID = state.position?.scene else { return }
        enter(scene: sceneID, node: next.target)
    }

    /// Runs nodes that need no input until one does, or the session ends.
    mutating func settle(_ events: inout [Event]) {
        var automaticSteps = 0
        while let position = state.position, let scene = scenes[position.scene] {
            guard let node = scene.nodes[position.node] else {
                state.position = nil
                events.append(.stuck(nodeID: position.node))
                return
            }
            automaticSteps += 1
            if automaticSteps > Self.automaticStepLimit {
                state.position = nil
                events.append(.stuck(nodeID: node.id))
                return
            }
            switch node.body {
            case .prompt, .choice, .timer, .breathing:
                return
            case .deck(let draw):
                if position.round == nil {
                    guard startRound(draw, of: node, in: scene, events: &events) else { continue }
                }
                guard let round = state.position?.round, round.index < round.questions.count else {
                    enter(scene: scene.id, node: draw.next.target)
                    continue
                }
                guard let body = draw.body else { return }
                state.stack.append(.init(scene: scene.id, node: node.id, round: round))
                enter(scene: scene.id, node: body.target)
            case .narration(let narration):
                events.append(.narration(render(narration.text, in: scene), pause: narration.pause))
                leave(node, to: narration.next)
            case .reveal(let reveal):
                events.append(.reveal(revealed(reveal, in: scene)))
                leave(node, to: reveal.next)
            case .set(let assignments, let next):
                apply(assignments, in: scene)
                leave(node, to: next)
            case .branch(let branch):
                let target = branch.cases.first { holds($0.condition, in: scene) }?.next ?? branch.otherwise
                leave(node, to: target)
            case .call(let call):
                // A call that calls itself again, directly or round a loop of scenes, would
                // grow the stack for as long as the couple plays; the format caps nesting.
                guard state.stack.count < Self.maximumCallDepth else {
                    state.position = nil
                    events.append(.stuck(nodeID: node.id))
                    return
                }
                if stopsBeforeSceneCalls, case .scene(let target) = call.target, scenes[target.target] != nil { return }
                state.stack.append(.init(scene: scene.id, node: node.id, round: nil))
                switch call.target {
                case .node(let target):
                    enter(scene: scene.id, node: target.target)
                case .scene(let target):
                    guard let callee = scenes[target.target] else {
                        state.stack.removeLast()
                        leave(node, to: call.next)
                        continue
                    }
                    state.variables[callee.id] = callee.variables
                    state.answers[callee.id] = nil
                    events.append(.sceneStarted(id: callee.id, title: callee.title))
                    enter(scene: callee.id, node: callee.start.target)
                }
            case .return:
                returnFromCall(events: &events)
            case .end(let text):
                endScene(scene, text: text.map { render($0, in: scene) }, events: &events)
            }
        }
    }

    /// Draws a deck node's questions; false (having moved on) when there is nothing to ask.
    private mutating func startRound(_ draw: Node.DeckDraw, of node: Node, in scene: Scene, events: inout [Event]) -> Bool {
        guard let deck = scene.decks[draw.deck.target] else {
            leave(node, to: draw.next)
            return false
        }
        let visit = state.visits["\(scene.id)/\(node.id)", default: 1]
        let drawnBefore = state.drawn[scene.id]?[deck.id] ?? []
        let drawRound = { [state] in
            var generator = SeededGenerator(seed: state.seed, purpose: "\(scene.id)/\(node.id)/\(visit)")
            return QuestionDrawer.draw(draw, from: deck, sceneID: scene.id, drawnThisSession: drawnBefore,
                                       explored: state.explored, using: &generator).map(\.id)
        }
        let questions = drawMemo.map { memo in
            memo.questions(for: .init(sceneID: scene.id, nodeID: node.id, visit: visit, seed: state.seed,
                                      drawnBefore: drawnBefore, explored: state.explored), draw: drawRound)
        } ?? drawRound()
        if let text = draw.text { events.append(.narration(render(text, in: scene), pause: false)) }
        guard !questions.isEmpty else {
            leave(node, to: draw.next)
            return false
        }
        state.drawn[scene.id, default: [:]][deck.id, default: []].append(contentsOf: questions)
        state.position?.round = .init(questions: questions, index: 0)
        return true
    }

    /// Moves a deck on to its next question, or past the deck when all were asked.
    /// With a body, `settle` starts the body again for the next question.
    mutating func nextQuestion(of node: Node, round: EngineState.DeckRound) {
        if node.swapTurn { state.active = state.active.other }
        guard let sceneID = state.position?.scene else { return }
        var round = round
        round.index += 1
        state.position = .init(scene: sceneID, node: node.id, step: 0, round: round)
    }

    private mutating func returnFromCall(events: inout [Event]) {
        guard let frame = state.stack.popLast() else {
            state.position = nil
            events.append(.finished(text: nil))
            return
        }
        guard let scene = scenes[frame.scene], let node = scene.nodes[frame.node] else {
            state.position = nil
            events.append(.stuck(nodeID: frame.node))
            return
        }
        state.position = .init(scene: frame.scene, node: frame.node, step: 0, round: frame.round)
        switch node.body {
        case .deck(let draw):
            if let round = frame.round {
                nextQuestion(of: node, round: round)
            } else {
                leave(node, to: draw.next)
            }
        case .call(let call):
            leave(node, to: call.next)
        case .narration, .prompt, .choice, .timer, .breathing, .reveal, .set, .branch, .return, .end:
            // Only decks and calls put frames on the stack.
            break
        }
    }

    /// An `end` finishes its scene: a called scene hands back to its caller, the first one ends
    /// the session.
    private mutating func endScene(_ scene: Scene, text: String?, events: inout [Event]) {
        while let top = state.stack.last, top.scene == scene.id {
            state.stack.removeLast()
        }
        if state.stack.isEmpty {
            state.position = nil
            events.append(.finished(text: text))
        } else {
            if let text { events.append(.narration(text, pause: false)) }
            returnFromCall(events: &events)
        }
    }

    /// After a scene was edited, a saved deck round may name questions that are gone.
    private mutating func repairRound() {
        guard var position = state.position, let scene = scenes[position.scene],
              let node = scene.nodes[position.node] else { return }
        guard case .deck(let draw) = node.body, let deck = scene.decks[draw.deck.target] else {
            position.round = nil
            if case .prompt(let prompt) = node.body, prompt.who == .each {} else { position.step = 0 }
            state.position = position
            return
        }
        guard var round = position.round else { return }
        let known = Set(deck.questions.map(\.id))
        let current = round.index < round.questions.count ? round.questions[round.index] : nil
        round.questions = round.questions.filter(known.contains)
        round.index = current.flatMap { round.questions.firstIndex(of: $0) } ?? min(round.index, round.questions.count)
        position.round = round.questions.isEmpty ? nil : round
        state.position = position
    }
}
