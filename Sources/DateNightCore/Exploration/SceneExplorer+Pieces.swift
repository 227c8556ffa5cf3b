/// `explore()` in pieces that can run side by side, so that one large scene need not keep a
/// second core idle: the search with each player leading and the random walks share nothing
/// but what they found, which `report(combining:)` puts together into the report `explore()`
/// gives, the same whichever order the pieces ran in.
extension SceneExplorer {
    public enum Piece: Hashable, Sendable {
        /// Every path with these players leading, one after the other.
        case paths(leaders: [PlayerSlot])
        case randomWalks
    }

    /// What one piece found.
    public struct Findings: Sendable {
        var report: ExplorationReport
        var problems: Set<ExplorationReport.Problem> = []
        /// Situations with no way out, kept apart: a search cut short before them hides them.
        var stranded: Set<ExplorationReport.Problem> = []
        var entered: Set<String> = []
        var endings: Set<String> = []
    }

    /// The pieces `explore()` is made of, in the order it would run them. The leaders are
    /// searched apart only in a scene that calls no other: called scenes are explored once and
    /// their findings counted once, which needs the leaders' searches to share what they called.
    public var pieces: [Piece] {
        let leaders: [Piece] = scenesReachable() == [scene.id]
            ? PlayerSlot.allCases.map { .paths(leaders: [$0]) }
            : [.paths(leaders: PlayerSlot.allCases)]
        return leaders + [.randomWalks]
    }

    /// `estimatedCost`'s share for one piece, to start the longest first.
    public func estimatedCost(of piece: Piece) -> Int {
        switch piece {
        case .paths(let leaders): estimatedCost * leaders.count / PlayerSlot.allCases.count
        case .randomWalks: estimatedCost / 8
        }
    }

    public func explore(_ piece: Piece) -> Findings {
        var findings = Findings(report: ExplorationReport(sceneID: scene.id))
        let history = EarlierSessions(scenes: [scene])
        let memories = history.variants
        switch piece {
        case .paths(let leaders):
            let played = Set(scenesReachable())
            let playedScenes = (library + [scene]).filter { played.contains($0.id) }
            // Histories of what this scene recalls; a scene it calls is met on a first visit
            // here, and its own test plays its return visits.
            let recalling = MemoryReach(scenes: playedScenes, keys: history.keys, finishedScenes: history.finishedScenes)
            var calls = CalledScenes()
            for leader in leaders {
                var exits: Set<PlayerSlot> = []
                findings.stranded.formUnion(exhaustive(
                    leader: leader, memories: memories, recalling: recalling, report: &findings.report,
                    problems: &findings.problems, entered: &findings.entered, endings: &findings.endings,
                    exits: &exits, calls: &calls))
            }
        case .randomWalks:
            randomWalks(memories: memories, report: &findings.report, problems: &findings.problems,
                        entered: &findings.entered)
        }
        return findings
    }

    /// The report of the whole exploration from its pieces' findings, given in `pieces` order.
    public func report(combining found: [Findings]) -> ExplorationReport {
        var report = ExplorationReport(sceneID: scene.id)
        var problems: Set<ExplorationReport.Problem> = []
        var entered: Set<String> = []
        var endings: Set<String> = []
        report.earlierSessionsTried = EarlierSessions(scenes: [scene]).variants.count
        for findings in found {
            // Played one after the other, a search cut short hides the dead ends of the searches after it.
            if !report.truncated { problems.formUnion(findings.stranded) }
            report.statesExplored += findings.report.statesExplored
            report.transitions += findings.report.transitions
            report.randomWalks += findings.report.randomWalks
            report.truncated = report.truncated || findings.report.truncated
            problems.formUnion(findings.problems)
            entered.formUnion(findings.entered)
            endings.formUnion(findings.endings)
        }
        let returnVisitsOnly = (library + [scene]).filter { Set(scenesReachable()).contains($0.id) && $0.id != scene.id }
            .reduce(into: Set<String>()) { $0.formUnion(MemoryReach.onlyOnReturnVisits(in: $1)) }
        for sceneID in scenesReachable() {
            guard let target = (library + [scene]).first(where: { $0.id == sceneID }) else { continue }
            for node in target.nodeOrder where !entered.contains("\(sceneID)/\(node)") && !returnVisitsOnly.contains("\(sceneID)/\(node)") {
                problems.insert(.init(kind: .neverReached, sceneID: sceneID, nodeID: node, detail: "no path the players can take reaches it"))
            }
        }
        report.endingsReached = endings.count
        report.problems = problems.sorted()
        return report
    }
}
