/// Called scenes, explored once each rather than once per situation of their caller.
///
/// A called scene starts with its own variables and answers and cannot see its caller's, and
/// the caller's cannot change while it plays: all a call hands back is whose turn it is. So
/// each called scene is explored on its own, once per player who can enter it, and the caller
/// continues from each turn it can end on. Without this, a scene calling five others explores
/// the product of their situations (date night reached millions); with it, their sum.
extension SceneExplorer {
    struct CalledScenes {
        /// Who can have the turn when a scene ends, by scene id and the player who entered it.
        var exits: [String: [PlayerSlot: Set<PlayerSlot>]] = [:]
        /// Scenes being explored right now, further up: a call back into one is played inline.
        var inProgress: Set<String> = []
    }

    /// `game` (after `step`) moved on past every call to another scene it stopped in front of:
    /// one continuation for each turn the called scene can end on.
    func pastSceneCalls(_ game: Interpreter, step: Step, report: inout ExplorationReport,
                        problems: inout Set<ExplorationReport.Problem>, entered: inout Set<String>,
                        calls: inout CalledScenes) -> [(Interpreter, Step)] {
        // Most steps stop in front of no call: nothing to gather.
        guard waitingCall(game) != nil else { return [(game, step)] }
        var done: [(Interpreter, Step)] = []
        var pending = [(game, step)]
        var rounds = 0
        while let (current, currentStep) = pending.popLast() {
            guard let (callNode, call, callee) = waitingCall(current) else {
                done.append((current, currentStep))
                continue
            }
            rounds += 1
            guard rounds < Interpreter.automaticStepLimit else { break }
            let exits = exitTurns(of: callee, enteredBy: current.state.active, report: &report, problems: &problems,
                                  entered: &entered, calls: &calls)
            for turn in exits.sorted(by: { $0.rawValue < $1.rawValue }) {
                var after = current
                after.state.active = turn
                after.leave(callNode, to: call.next)
                var events: [Event] = []
                after.settle(&events)
                let afterStep = Step(events: events, request: after.request)
                inspect(afterStep, before: current, after: after, problems: &problems)
                noteEntered(after, after: current, in: &entered)
                pending.append((after, afterStep))
            }
        }
        return done
    }

    /// The call to another scene `game` stopped in front of, if any.
    private func waitingCall(_ game: Interpreter) -> (Node, Node.Call, Scene)? {
        guard let position = game.state.position, let scene = game.scenes[position.scene],
              let node = scene.nodes[position.node], case .call(let call) = node.body,
              case .scene(let target) = call.target, let callee = game.scenes[target.target] else { return nil }
        return (node, call, callee)
    }

    private func exitTurns(of callee: Scene, enteredBy player: PlayerSlot, report: inout ExplorationReport,
                           problems: inout Set<ExplorationReport.Problem>, entered: inout Set<String>,
                           calls: inout CalledScenes) -> Set<PlayerSlot> {
        if let known = calls.exits[callee.id]?[player] { return known }
        // A scene that calls itself, directly or round a loop: either player may be next.
        guard !calls.inProgress.contains(callee.id), callee.id != scene.id else { return Set(PlayerSlot.allCases) }
        if let calledScenes, scenesReachable(from: callee.id) == [callee.id] {
            let outcome = calledScenes.outcome(for: .init(sceneID: callee.id, enteredBy: player)) {
                exploreFirstVisit(to: callee, enteredBy: player)
            }
            report.statesExplored += outcome.statesExplored
            report.transitions += outcome.transitions
            report.truncated = report.truncated || outcome.truncated
            problems.formUnion(outcome.problems)
            entered.formUnion(outcome.entered)
            calls.exits[callee.id, default: [:]][player] = outcome.exits
            return outcome.exits
        }
        calls.inProgress.insert(callee.id)
        var nested = self
        nested.scene = callee
        var nestedReport = ExplorationReport(sceneID: callee.id)
        var endings: Set<String> = []
        var exits: Set<PlayerSlot> = []
        // Met on a first visit, as a caller meets it here; its own test plays its return visits.
        let reachable = (library + [scene]).filter { Set(nested.scenesReachable()).contains($0.id) }
        let firstVisit = MemoryReach(scenes: reachable, keys: [], finishedScenes: [])
        let stranded = nested.exhaustive(leader: player, memories: [Memory(answers: [:], finished: [:])], recalling: firstVisit,
                                         report: &nestedReport, problems: &problems, entered: &entered,
                                         endings: &endings, exits: &exits, calls: &calls)
        problems.formUnion(stranded)
        calls.inProgress.remove(callee.id)
        report.statesExplored += nestedReport.statesExplored
        report.transitions += nestedReport.transitions
        report.truncated = report.truncated || nestedReport.truncated
        calls.exits[callee.id, default: [:]][player] = exits
        return exits
    }

    /// Explores a scene that calls no other as a caller meets it: on a first visit, entered by
    /// `player`; its own test plays its return visits.
    private func exploreFirstVisit(to callee: Scene, enteredBy player: PlayerSlot) -> CalledSceneCache.Outcome {
        var nested = self
        nested.scene = callee
        var outcome = CalledSceneCache.Outcome()
        var report = ExplorationReport(sceneID: callee.id)
        var endings: Set<String> = []
        var calls = CalledScenes()
        let reachable = (library + [scene]).filter { $0.id == callee.id }
        let firstVisit = MemoryReach(scenes: reachable, keys: [], finishedScenes: [])
        let stranded = nested.exhaustive(leader: player, memories: [Memory(answers: [:], finished: [:])], recalling: firstVisit,
                                         report: &report, problems: &outcome.problems, entered: &outcome.entered,
                                         endings: &endings, exits: &outcome.exits, calls: &calls)
        outcome.problems.formUnion(stranded)
        outcome.statesExplored = report.statesExplored
        outcome.transitions = report.transitions
        outcome.truncated = report.truncated
        return outcome
    }
}
