/// Whole-graph checks: what can be reached, what can finish, and which answers are certain to
/// exist by the time text quotes them.
extension SceneValidator {
    func reachableNodes() -> Set<String> {
        var seen: Set<String> = []
        var stack = [scene.start.target]
        while let id = stack.popLast() {
            guard !seen.contains(id), let node = scene.nodes[id] else { continue }
            seen.insert(id)
            stack.append(contentsOf: parts(of: node).targets.map(\.target))
        }
        return seen
    }

    func checkReachability(_ reachable: Set<String>) {
        for id in scene.nodeOrder where !reachable.contains(id) {
            if let node = scene.nodes[id] {
                report.warning("never reached from the start node '\(scene.start.target)'", at: node.position, node: id)
            }
        }
    }

    /// Every reachable node must be able to finish: reach an `end`, or a `return` that hands
    /// control back. A loop with no way out is the usual culprit.
    func checkEndsReachable(_ reachable: Set<String>) {
        var predecessors: [String: [String]] = [:]
        var exits: [String] = []
        for (id, node) in scene.nodes {
            if parts(of: node).finishes { exits.append(id) }
            for reference in parts(of: node).continuations {
                predecessors[reference.target, default: []].append(id)
            }
        }
        var canFinish: Set<String> = []
        var stack = exits
        while let id = stack.popLast() {
            guard canFinish.insert(id).inserted else { continue }
            stack.append(contentsOf: predecessors[id] ?? [])
        }
        for id in scene.nodeOrder where reachable.contains(id) && !canFinish.contains(id) {
            if let node = scene.nodes[id] {
                report.error("no end can be reached from here (a loop with no way out, or a path that stops)", at: node.position, node: id)
            }
        }
    }

    /// `{question}` only has a value inside a deck's body.
    func checkQuestionPlaceholders() {
        var insideBodies: Set<String> = []
        for node in scene.nodes.values {
            guard case .deck(let draw) = node.body, let body = draw.body else { continue }
            var stack = [body.target]
            while let id = stack.popLast() {
                guard insideBodies.insert(id).inserted, let inner = scene.nodes[id] else { continue }
                // A deck inside a body has its own body, which this loop visits from there.
                stack.append(contentsOf: parts(of: inner).continuations.map(\.target))
            }
        }
        for id in scene.nodeOrder where !insideBodies.contains(id) {
            guard let node = scene.nodes[id] else { continue }
            for template in parts(of: node).templates where template.placeholders.contains(.question) {
                report.error("{question} is only filled inside a deck's 'body'", at: template.position, node: id)
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
    func checkAnswersGivenBeforeUse(_ reachable: Set<String>) {
        let allKeys = Set(parts.values.compactMap(\.savedAnswerKey))
        guard !allKeys.isEmpty else { return }
        let ids = scene.nodeOrder.filter(reachable.contains)
        // Each node looked up once: a lookup hashes the id and copies the node.
        let nodeParts = ids.map { parts[$0] }
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        guard let startIndex = index[scene.start.target] else { return }
        // Edges back to the start are left out: the start is where nothing is known yet.
        let successors = nodeParts.map { own in
            (own?.targets ?? []).compactMap { index[$0.target] }.filter { $0 != startIndex }
        }
        var givers: [String: [Int]] = [:]
        for (position, own) in nodeParts.enumerated() {
            if let key = own?.savedAnswerKey { givers[key, default: []].append(position) }
        }
        var dominators: Dominators?
        var reachedAvoiding: [String: [Bool]] = [:]
        func isCertain(_ key: String, at node: Int) -> Bool {
            guard node != startIndex, let nodes = givers[key] else { return false }
            if nodes.count == 1 {
                if dominators == nil { dominators = Dominators(count: ids.count, entry: startIndex, successors: successors) }
                return nodes[0] != node && dominators!.dominates(nodes[0], node)
            }
            if reachedAvoiding[key] == nil {
                reachedAvoiding[key] = Self.reached(from: startIndex, stoppingAt: Set(nodes), successors: successors)
            }
            return !reachedAvoiding[key]![node]
        }
        for (position, id) in ids.enumerated() {
            guard let own = nodeParts[position] else { continue }
            for template in own.templates {
                for case .answer(let key, _) in template.placeholders {
                    if allKeys.contains(key), !isCertain(key, at: position) {
                        report.error("{answer.\(key)...} may be shown before anyone has answered '\(key)' on some path here", at: template.position, node: id)
                    }
                }
            }
            for key in own.shownAnswers {
                if allKeys.contains(key.key), !isCertain(key.key, at: position) {
                    report.error("reveal of '\(key.key)' can be reached before anyone has answered it", at: key.position, node: id)
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
