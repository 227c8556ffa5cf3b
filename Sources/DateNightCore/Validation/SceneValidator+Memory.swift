import LocatedJSON

/// Checks on what scenes recall from earlier sessions: every `{last...}` placeholder and
/// `remembered`/`finished` condition names a scene and a key that exist, and an earlier answer,
/// which a couple playing for the first time does not have, is only quoted where a
/// `remembered` condition has made sure of it.
extension SceneValidator {
    /// Reports a memory reference to a scene or key that does not exist. Another scene's keys
    /// are known only when it was loaded alongside (a folder, the catalog); a file checked on
    /// its own has its references to other scenes left for then.
    func checkMemoryReference(_ key: Memory.Key, what: String, at position: SourcePosition, node: String?) {
        let sceneID = key.scene ?? scene.id
        let saved: Set<String>?
        if sceneID == scene.id {
            saved = answerKeys
        } else if let known = knownScenes {
            guard known.contains(sceneID) else {
                report.error("\(what) names scene '\(sceneID)', which does not exist among the scenes found", at: position, node: node)
                return
            }
            saved = savedKeys[sceneID]
        } else {
            saved = nil
        }
        if let saved, !saved.contains(key.key) {
            report.error("\(what) names an answer scene '\(sceneID)' never saves ('saveAs': \"\(key.key)\")", at: position, node: node)
        }
    }

    func checkFinishedScene(_ name: Condition.SceneName, node: String) {
        guard name.id != scene.id, let known = knownScenes, !known.contains(name.id) else { return }
        report.error("condition counts finished sessions of scene '\(name.id)', which does not exist among the scenes found", at: name.position, node: node)
    }

    /// A forward "must" analysis like `checkAnswersGivenBeforeUse`, over facts that edges
    /// rather than nodes establish: a branch case whose condition needs an earlier answer, the
    /// `else` after a case that needs there to be none, an option offered only with one. Once
    /// known, a memory stays true for the whole session: it is fixed when the session starts.
    func checkMemoriesGuarded(_ reachable: [Bool], start: Int) {
        var quoted: Set<Memory.Key> = []
        for number in graph.indices where reachable[number] {
            for template in graph.parts[number].templates {
                for case .placeholder(.remembered(let key, _)) in template.segments { quoted.insert(key.qualified(in: scene.id)) }
            }
        }
        guard !quoted.isEmpty else { return }
        let facts = quoted.sorted { $0.written < $1.written }
        let number = Dictionary(uniqueKeysWithValues: facts.enumerated().map { ($1, $0) })
        func bits(_ keys: [Memory.Key]) -> [Int] { keys.compactMap { number[$0.qualified(in: scene.id)] } }
        // Only reachable nodes are walked, and every target of one is reachable.
        let edges: [[(target: Int, gives: [Int])]] = graph.indices.map { node in
            guard reachable[node] else { return [] }
            // What an edge proves: the conditions it is taken under hold, those before it failed.
            // The table's edges were released; the few scenes that quote earlier answers make them again.
            return (scene.nodes[graph.ids[node]]?.body.edges ?? []).filter { $0.role != .play }.compactMap { edge in
                graph.numbers[edge.target.target].map { ($0, bits(edge.holds.flatMap(\.guaranteedMemories) + edge.fails.flatMap(\.excludedMemories))) }
            }
        }
        var known = Array(repeating: KeySet(all: facts.count), count: graph.count)
        known[start] = KeySet(none: facts.count)
        var worklist = [start]
        var queued = Array(repeating: false, count: graph.count)
        var visited = queued
        queued[start] = true
        while let node = worklist.popLast() {
            queued[node] = false
            visited[node] = true
            for edge in edges[node] where edge.target != start {
                var out = known[node]
                edge.gives.forEach { out.insert($0) }
                let changed = known[edge.target].formIntersection(out)
                if (changed || !visited[edge.target]) && !queued[edge.target] {
                    queued[edge.target] = true
                    worklist.append(edge.target)
                }
            }
        }
        for position in graph.indices where reachable[position] {
            for template in graph.parts[position].templates {
                for case .remembered(let key, let owner) in template.placeholders {
                    guard let bit = number[key.qualified(in: scene.id)], !known[position].contains(bit) else { continue }
                    report.error("{last.\(key.written).\(owner.rawValue)} may be shown to a couple with no earlier answer to '\(key.written)': guard it with { \"remembered\": \"\(key.written)\" } on every path here", at: template.position, node: graph.ids[position])
                }
            }
        }
    }
}

extension Template {
    /// The earlier-session keys this text quotes.
    var rememberedKeys: [Memory.Key] {
        placeholders.compactMap { if case .remembered(let key, _) = $0 { key } else { nil } }
    }
}
