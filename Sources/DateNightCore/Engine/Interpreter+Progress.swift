/// How far a session has come: "step k of n" for the saved-sessions list, and what the game's bar is made from.
public struct SessionProgress: Hashable, Sendable {
    /// Inputs answered so far (answers, passes, choices and exercises).
    public var stepsDone: Int
    /// The fewest inputs that can still bring the session to its end: 0 once it is over, nil
    /// when no end can be reached from here (a scene the validator would have refused).
    public var fewestStepsLeft: Int?

    public init(stepsDone: Int, fewestStepsLeft: Int?) {
        self.stepsDone = stepsDone
        self.fewestStepsLeft = fewestStepsLeft
    }

    /// `n` in "step k of n": a lower bound, since choices, branches and conditions may lead a
    /// longer way round. Nil when it cannot be told.
    public var estimatedTotal: Int? { fewestStepsLeft.map { stepsDone + $0 } }
}

extension Interpreter {
    /// Steps done and the fewest steps to an end, from the distances worked out once when the
    /// interpreter was made: this is asked after every input, so it must cost next to nothing.
    public var progress: SessionProgress {
        guard let position = state.position else {
            return SessionProgress(stepsDone: state.stepsDone, fewestStepsLeft: 0)
        }
        var left = distances.remaining(at: position)
        for frame in state.stack.reversed() {
            left = left.flatMap { sum in distances.afterReturning(to: frame).map { sum + $0 } }
        }
        return SessionProgress(stepsDone: state.stepsDone, fewestStepsLeft: left)
    }
}

/// The fewest inputs from entering each node until its part of the graph is done: a `return`
/// (for a called sub-graph or a deck body) or an `end`. Conditions are ignored, so this is the
/// shortest way the graph allows, not a promise.
struct StepDistances {
    private let scenes: [String: Scene]
    private var distance: [String: [String: Int]] = [:]

    /// Works out the distances for `sceneID` and every scene it can call, and no others: the
    /// library may hold every scene there is.
    init(for sceneID: String, in library: [String: Scene]) {
        var reachable: [String: Scene] = [:]
        var pending = [sceneID]
        while let id = pending.popLast() {
            guard reachable[id] == nil, let scene = library[id] else { continue }
            reachable[id] = scene
            for node in scene.nodes.values {
                pending += node.body.calledScenes.map(\.target)
            }
        }
        scenes = reachable
        // Bellman-Ford style relaxation: costs are non-negative and a call adds two distances,
        // so values only fall and the loop settles. Nodes are visited last to first in file
        // order (scenes are mostly written forwards), so a long scene settles in a round or two;
        // dictionary order would differ from run to run and need as many rounds as nodes.
        let order = reachable.keys.sorted().compactMap { reachable[$0] }
        let parts = reachable.mapValues { $0.nodes.mapValues(\.body.parts) }
        var changed = true
        while changed {
            changed = false
            for scene in order {
                for id in scene.nodeOrder.reversed() {
                    guard let node = scene.nodes[id], let nodeParts = parts[scene.id]?[id],
                          let candidate = cost(of: node, parts: nodeParts, in: scene) else { continue }
                    if let known = distance[scene.id]?[id], known <= candidate { continue }
                    distance[scene.id, default: [:]][id] = candidate
                    changed = true
                }
            }
        }
    }

    func from(_ scene: String, _ node: String) -> Int? {
        distance[scene]?[node]
    }

    /// What is left at a saved position, counting the inputs a node has already taken.
    func remaining(at position: EngineState.Position) -> Int? {
        guard let scene = scenes[position.scene], let node = scene.nodes[position.node] else { return nil }
        if case .prompt(let prompt) = node.body, prompt.who == .each, position.step == 1 {
            return from(scene.id, prompt.next.target).map { 1 + $0 }
        }
        if case .deck(let draw) = node.body {
            guard let round = position.round, let perQuestion = perQuestion(draw, in: scene),
                  let after = from(scene.id, draw.next.target) else { return from(scene.id, node.id) }
            let questionsLeft = max(0, round.questions.count - round.index)
            guard questionsLeft > 0 else { return after }
            let current = draw.body == nil && draw.who == .each && position.step == 1 ? 1 : perQuestion
            return current + (questionsLeft - 1) * perQuestion + after
        }
        return from(scene.id, node.id)
    }

    /// What follows once the part of the graph a frame called has returned.
    func afterReturning(to frame: EngineState.Frame) -> Int? {
        guard let scene = scenes[frame.scene], let node = scene.nodes[frame.node] else { return nil }
        if case .deck(let draw) = node.body {
            guard let round = frame.round else { return from(scene.id, draw.next.target) }
            guard let perQuestion = perQuestion(draw, in: scene), let after = from(scene.id, draw.next.target) else { return nil }
            return max(0, round.questions.count - round.index - 1) * perQuestion + after
        }
        guard let after = node.body.edges.first(where: { $0.role == .after }) else { return 0 }
        return from(scene.id, after.target.target)
    }

    /// The cost of entering a node fresh, from what is known so far; nil while unknown: the
    /// inputs it takes, what it enters (a sub-graph, another scene, a deck's questions) and
    /// the cheapest way on.
    private func cost(of node: Node, parts: Node.Parts, in scene: Scene) -> Int? {
        let next = { (reference: Reference) in from(scene.id, reference.target) }
        let onward = parts.edges.filter(\.role.continues).map(\.target)
        let after: Int
        if onward.isEmpty {
            after = 0
        } else {
            guard let cheapest = onward.compactMap(next).min() else { return nil }
            after = cheapest
        }
        if case .deck(let draw) = node.body {
            let questions = questionCount(draw, in: scene)
            if questions == 0 { return after }
            return perQuestion(draw, in: scene).map { questions * $0 + after }
        }
        var entered = 0
        for edge in parts.edges {
            switch edge.role {
            case .call:
                guard let inside = next(edge.target) else { return nil }
                entered += inside
            case .play:
                // A called scene that is missing is skipped by the interpreter.
                guard let callee = scenes[edge.target.target] else { continue }
                guard let inside = from(callee.id, callee.start.target) else { return nil }
                entered += inside
            case .next, .option, .when, .otherwise, .eachQuestion, .after:
                continue
            }
        }
        return parts.inputs + entered + after
    }

    /// Inputs one drawn question takes: its body's, or one answer (two for `each`).
    private func perQuestion(_ draw: Node.DeckDraw, in scene: Scene) -> Int? {
        guard let body = draw.body else { return draw.who == .each ? 2 : 1 }
        return from(scene.id, body.target)
    }

    /// How many questions a deck node asks: its draw, or fewer when the pool is smaller.
    private func questionCount(_ draw: Node.DeckDraw, in scene: Scene) -> Int {
        guard let deck = scene.decks[draw.deck.target] else { return 0 }
        let pool = deck.questions.filter { question in
            ((draw.categories?.contains(question.category) ?? true) || draw.shaping.alsoFrom.contains(question.category))
                && question.category != draw.shaping.wildcards
                && (draw.depths?.contains(question.depth) ?? true)
        }
        return min(draw.draw, pool.count)
    }
}

/// Where the couple is, in units that do not change under them: the question of a drawn
/// round (its count is fixed when the round is drawn). Nil outside a round.
public struct RoundPlace: Hashable, Sendable {
    /// 1-based.
    public var question: Int
    public var of: Int

    public init(question: Int, of: Int) {
        self.question = question
        self.of = of
    }
}

extension Interpreter {
    /// The question being asked in the innermost drawn round, if any.
    public var roundPlace: RoundPlace? {
        let rounds = [state.position?.round] + state.stack.reversed().map(\.round)
        guard let round = rounds.lazy.compactMap({ $0 }).first, !round.questions.isEmpty else { return nil }
        return RoundPlace(question: min(round.index, round.questions.count - 1) + 1, of: round.questions.count)
    }
}

/// The fraction a progress bar shows: steps done over steps done plus the fewest left, never
/// lower than it already showed. A choice that leads the long way round makes the estimate
/// grow; the bar then holds still until the steps catch up, instead of running backwards.
/// It is full exactly when the session is over.
public struct ProgressMeter: Hashable, Sendable {
    public private(set) var shown: Double = 0

    public init() {}

    public mutating func advance(to progress: SessionProgress) -> Double {
        guard let left = progress.fewestStepsLeft else { return shown }
        if left == 0 {
            shown = 1
            return shown
        }
        let total = progress.stepsDone + left
        // Short of the end the bar is never full: there is still something to do.
        let fraction = min(Double(progress.stepsDone) / Double(total), 0.99)
        shown = max(shown, fraction)
        return shown
    }
}
