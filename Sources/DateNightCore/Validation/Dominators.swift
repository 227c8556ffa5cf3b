/// Which nodes of a graph stand on every path from its entry to another node, for questions
/// such as "is this answer certain to be given before this text quotes it?".
///
/// Computed once by the iterative algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast
/// Dominance Algorithm", 2001) over the nodes in reverse postorder, then numbered along the
/// dominator tree so that each question is two comparisons: the cost grows with the size of the
/// graph, not with the number of questions asked of it.
struct Dominators {
    /// Nodes are 0..<count; `entry` must reach every one of them.
    init(count: Int, entry: Int, successors: [[Int]]) {
        // Reverse postorder by an explicit stack: scenes can be deeper than the call stack.
        var postorder: [Int] = []
        postorder.reserveCapacity(count)
        var visited = [Bool](repeating: false, count: count)
        var stack: [(node: Int, next: Int)] = [(entry, 0)]
        visited[entry] = true
        while let top = stack.last {
            let edges = successors[top.node]
            if top.next < edges.count {
                stack[stack.count - 1].next += 1
                let target = edges[top.next]
                if !visited[target] {
                    visited[target] = true
                    stack.append((target, 0))
                }
            } else {
                postorder.append(top.node)
                stack.removeLast()
            }
        }
        var order = [Int](repeating: -1, count: count)  // position in postorder
        for (position, node) in postorder.enumerated() { order[node] = position }
        var predecessors = [[Int]](repeating: [], count: count)
        for node in postorder {
            for target in successors[node] { predecessors[target].append(node) }
        }

        var immediate = [Int](repeating: -1, count: count)
        immediate[entry] = entry
        var changed = true
        while changed {
            changed = false
            for node in postorder.reversed() where node != entry {
                var candidate = -1
                for predecessor in predecessors[node] where immediate[predecessor] != -1 {
                    if candidate == -1 {
                        candidate = predecessor
                        continue
                    }
                    var (a, b) = (predecessor, candidate)
                    while a != b {
                        while order[a] < order[b] { a = immediate[a] }
                        while order[b] < order[a] { b = immediate[b] }
                    }
                    candidate = a
                }
                if candidate != -1, immediate[node] != candidate {
                    immediate[node] = candidate
                    changed = true
                }
            }
        }

        // Entry and exit numbers along the dominator tree: a dominates b when b's interval
        // lies within a's.
        var children = [[Int]](repeating: [], count: count)
        for node in postorder where node != entry { children[immediate[node]].append(node) }
        var enter = [Int](repeating: -1, count: count)
        var exit = [Int](repeating: -1, count: count)
        var clock = 0
        var walk: [(node: Int, next: Int)] = [(entry, 0)]
        enter[entry] = clock
        clock += 1
        while let top = walk.last {
            if top.next < children[top.node].count {
                walk[walk.count - 1].next += 1
                let child = children[top.node][top.next]
                enter[child] = clock
                clock += 1
                walk.append((child, 0))
            } else {
                exit[top.node] = clock
                clock += 1
                walk.removeLast()
            }
        }
        self.enter = enter
        self.exit = exit
    }

    private let enter: [Int]
    private let exit: [Int]

    /// Whether every path from the entry to `node` goes through `dominator` (true for a node itself).
    func dominates(_ dominator: Int, _ node: Int) -> Bool {
        enter[node] >= 0 && enter[dominator] >= 0 && enter[dominator] <= enter[node] && exit[node] <= exit[dominator]
    }
}
