/// Whole-graph checks: what can be reached, what can finish, and which answers are certain to
/// exist by the time text quotes them.
extension SceneValidator {
    func reachableNodes() -> Set<String> {
        var seen: Set<String> = []
        var stack = [scene.start.target]
        while let id = stack.popLast() {
            guard !seen.contains(id), let node = scene.nodes[id] else { continue }
            seen.insert(id)
            stack.append(contentsOf: node.body.successors.map(\.reference.target))
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
            switch node.body {
            case .end, .return: exits.append(id)
            default: break
            }
            for (reference, label) in node.body.successors where label != "call" && label != "each question" {
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
                if case .return = inner.body { continue }
                stack.append(contentsOf: inner.body.successors.filter { $0.label != "call" }.map(\.reference.target))
            }
        }
        for id in scene.nodeOrder where !insideBodies.contains(id) {
            guard let node = scene.nodes[id] else { continue }
            for template in node.body.templates where template.placeholders.contains(.question) {
                report.error("{question} is only filled inside a deck's 'body'", at: template.position, node: id)
            }
        }
    }

    /// A forward "must" analysis: the answer keys given on every path from the start to each
    /// node. Text that quotes an answer some path has not given yet would show a hole, so it is
    /// an error. Calls are followed into their sub-graph, and the call's `next` is credited
    /// only with what was certain before the call (a safe under-estimate).
    func checkAnswersGivenBeforeUse(_ reachable: Set<String>) {
        let allKeys = Set(scene.nodes.values.compactMap(\.body.savedAnswerKey))
        var given: [String: Set<String>] = [:]
        for id in reachable { given[id] = allKeys }
        given[scene.start.target] = []
        var worklist = [scene.start.target]
        var queued: Set<String> = [scene.start.target]
        var visited: Set<String> = []
        while let id = worklist.popLast() {
            queued.remove(id)
            visited.insert(id)
            guard let node = scene.nodes[id], var out = given[id] else { continue }
            if let key = node.body.savedAnswerKey { out.insert(key) }
            for (reference, _) in node.body.successors {
                let target = reference.target
                guard let current = given[target] else { continue }
                let narrowed = target == scene.start.target ? [] : current.intersection(out)
                if narrowed != current || !visited.contains(target) {
                    given[target] = narrowed
                    if queued.insert(target).inserted { worklist.append(target) }
                }
            }
        }
        for id in scene.nodeOrder where reachable.contains(id) {
            guard let node = scene.nodes[id], let known = given[id] else { continue }
            for template in node.body.templates {
                for case .answer(let key, _) in template.placeholders where allKeys.contains(key) && !known.contains(key) {
                    report.error("{answer.\(key)...} may be shown before anyone has answered '\(key)' on some path here", at: template.position, node: id)
                }
            }
            if case .reveal(let reveal) = node.body {
                for key in reveal.answers where allKeys.contains(key.key) && !known.contains(key.key) {
                    report.error("reveal of '\(key.key)' can be reached before anyone has answered it", at: key.position, node: id)
                }
            }
        }
    }
}
