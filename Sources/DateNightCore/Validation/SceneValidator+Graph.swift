/// Whole-graph checks: what can be reached, what can finish, and which answers are certain to
/// exist by the time text quotes them.
extension SceneValidator {
    /// Which nodes play can reach from the start, by number.
    func reachableNodes(from start: Int) -> [Bool] {
        var seen = [Bool](repeating: false, count: graph.count)
        seen[start] = true
        var stack = [start]
        while let node = stack.popLast() {
            for target in graph.successors[node] where !seen[target] {
                seen[target] = true
                stack.append(target)
            }
        }
        return seen
    }

    func checkReachability(_ reachable: [Bool]) {
        for number in graph.indices where !reachable[number] {
            report.warning("never reached from the start node '\(scene.start.target)'", at: graph.positions[number], node: graph.ids[number])
        }
    }

    /// Every reachable node must be able to finish: reach an `end`, or a `return` that hands
    /// control back. A loop with no way out is the usual culprit.
    func checkEndsReachable(_ reachable: [Bool]) {
        var predecessors = [[Int]](repeating: [], count: graph.count)
        var stack: [Int] = []
        for number in graph.indices {
            if graph.finishes[number] { stack.append(number) }
            for target in graph.continuations[number] { predecessors[target].append(number) }
        }
        var canFinish = [Bool](repeating: false, count: graph.count)
        while let node = stack.popLast() {
            guard !canFinish[node] else { continue }
            canFinish[node] = true
            stack.append(contentsOf: predecessors[node])
        }
        for number in graph.indices where reachable[number] && !canFinish[number] {
            report.error("no end can be reached from here (a loop with no way out, or a path that stops)", at: graph.positions[number], node: graph.ids[number])
        }
    }

    /// `{question}` only has a value inside a deck's body.
    func checkQuestionPlaceholders() {
        var insideBodies = [Bool](repeating: false, count: graph.count)
        for node in scene.nodes.values {
            guard case .deck(let draw) = node.body, let body = draw.body, let entry = graph.numbers[body.target] else { continue }
            var stack = [entry]
            while let inner = stack.popLast() {
                guard !insideBodies[inner] else { continue }
                insideBodies[inner] = true
                // A deck inside a body has its own body, which this loop visits from there.
                stack.append(contentsOf: graph.continuations[inner])
            }
        }
        for number in graph.indices where !insideBodies[number] {
            for template in graph.parts[number].templates where template.segments.contains(.placeholder(.question)) {
                report.error("{question} is only filled inside a deck's 'body'", at: template.position, node: graph.ids[number])
            }
        }
    }

    /// The answer keys given on every path from the start to each node: text that quotes an
    /// answer some path has not given yet would show a hole, so it is an error. Calls are
    /// followed into their sub-graph, and the call's `next` is credited only with what was
    /// certain before the call (a safe under-estimate).
    ///
    /// An answer is certain at a node when every path from the start reaches it through a
    /// prompt that saves it. With one such prompt (the usual case) that is dominance, answered
    /// from the dominator tree; a key saved in several places is checked by one walk from the
    /// start that stops at them. Either way the cost follows the size of the scene, where a set
    /// of keys per node grew with the number of nodes times the number of keys.
    func checkAnswersGivenBeforeUse(_ reachable: [Bool], start: Int) {
        guard !answerKeys.isEmpty else { return }
        // Edges back to the start are left out: the start is where nothing is known yet.
        var successors = graph.successors
        for number in graph.indices where successors[number].contains(start) {
            successors[number].removeAll { $0 == start }
        }
        var givers: [String: [Int]] = [:]
        for number in graph.indices where reachable[number] {
            if let key = graph.parts[number].savedAnswerKey { givers[key, default: []].append(number) }
        }
        var dominators: Dominators?
        var reachedAvoiding: [String: [Bool]] = [:]
        func isCertain(_ key: String, at node: Int) -> Bool {
            guard node != start, let nodes = givers[key] else { return false }
            if nodes.count == 1 {
                if dominators == nil { dominators = Dominators(count: graph.count, entry: start, successors: successors) }
                return nodes[0] != node && dominators!.dominates(nodes[0], node)
            }
            if reachedAvoiding[key] == nil {
                reachedAvoiding[key] = Self.reached(from: start, stoppingAt: Set(nodes), successors: successors)
            }
            return !reachedAvoiding[key]![node]
        }
        for number in graph.indices where reachable[number] {
            let own = graph.parts[number]
            for template in own.templates {
                for case .placeholder(.answer(let key, _)) in template.segments {
                    if answerKeys.contains(key), !isCertain(key, at: number) {
                        report.error("{answer.\(key)...} may be shown before anyone has answered '\(key)' on some path here", at: template.position, node: graph.ids[number])
                    }
                }
            }
            for key in own.shownAnswers {
                if answerKeys.contains(key.key), !isCertain(key.key, at: number) {
                    report.error("reveal of '\(key.key)' can be reached before anyone has answered it", at: key.position, node: graph.ids[number])
                }
            }
        }
    }

    /// The nodes some path from `start` reaches without going through any of `stops` first
    /// (a stop itself is reached, not gone through).
    private static func reached(from start: Int, stoppingAt stops: Set<Int>, successors: [[Int]]) -> [Bool] {
        var reached = [Bool](repeating: false, count: successors.count)
        reached[start] = true
        var stack = [start]
        while let node = stack.popLast() {
            guard !stops.contains(node) else { continue }
            for target in successors[node] where !reached[target] {
                reached[target] = true
                stack.append(target)
            }
        }
        return reached
    }
}

/// A set of small integers as bits.
struct KeySet: Equatable {
    private var words: [UInt64]

    init(none count: Int) {
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    init(all count: Int) {
        words = Array(repeating: ~0, count: (count + 63) / 64)
    }

    func contains(_ bit: Int) -> Bool {
        words[bit / 64] & (1 << UInt64(bit % 64)) != 0
    }

    mutating func insert(_ bit: Int) {
        words[bit / 64] |= 1 << UInt64(bit % 64)
    }

    /// Keeps only bits also in `other`; true when that removed any.
    mutating func formIntersection(_ other: KeySet) -> Bool {
        var changed = false
        for i in words.indices {
            let narrowed = words[i] & other.words[i]
            if narrowed != words[i] {
                words[i] = narrowed
                changed = true
            }
        }
        return changed
    }
}
