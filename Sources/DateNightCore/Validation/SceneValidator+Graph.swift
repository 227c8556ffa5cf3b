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

    /// A forward "must" analysis: the answer keys given on every path from the start to each
    /// node. Text that quotes an answer some path has not given yet would show a hole, so it is
    /// an error. Calls are followed into their sub-graph, and the call's `next` is credited
    /// only with what was certain before the call (a safe under-estimate). Keys are numbered
    /// and sets kept as bit sets: a 10,000-node scene with 1,000 keys stays fast and small.
    func checkAnswersGivenBeforeUse(_ reachable: Set<String>) {
        let keys = Array(Set(parts.values.compactMap(\.savedAnswerKey))).sorted()
        guard !keys.isEmpty else { return }
        let number = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        let ids = scene.nodeOrder.filter(reachable.contains)
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        guard let startIndex = index[scene.start.target] else { return }
        let successors = ids.map { id in
            (parts[id]?.targets ?? []).compactMap { index[$0.target] }
        }
        let generated = ids.map { parts[$0]?.savedAnswerKey.flatMap { number[$0] } }
        var given = Array(repeating: KeySet(all: keys.count), count: ids.count)
        given[startIndex] = KeySet(none: keys.count)
        var worklist = [startIndex]
        var queued = Array(repeating: false, count: ids.count)
        var visited = queued
        queued[startIndex] = true
        while let node = worklist.popLast() {
            queued[node] = false
            visited[node] = true
            var out = given[node]
            if let key = generated[node] { out.insert(key) }
            for target in successors[node] where target != startIndex {
                let changed = given[target].formIntersection(out)
                if (changed || !visited[target]) && !queued[target] {
                    queued[target] = true
                    worklist.append(target)
                }
            }
        }
        for (position, id) in ids.enumerated() {
            guard let node = scene.nodes[id] else { continue }
            let known = given[position]
            for template in parts(of: node).templates {
                for case .answer(let key, _) in template.placeholders {
                    if let bit = number[key], !known.contains(bit) {
                        report.error("{answer.\(key)...} may be shown before anyone has answered '\(key)' on some path here", at: template.position, node: id)
                    }
                }
            }
            for key in parts(of: node).shownAnswers {
                if let bit = number[key.key], !known.contains(bit) {
                    report.error("reveal of '\(key.key)' can be reached before anyone has answered it", at: key.position, node: id)
                }
            }
        }
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
