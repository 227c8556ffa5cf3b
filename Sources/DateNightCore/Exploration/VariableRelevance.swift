/// How much of a variable's value can change what happens next. Conditions only compare
/// integers with constants, so beyond every constant a condition, a start value or an
/// assignment names, larger values behave alike: a couple may play round after round, yet
/// the search space stays finite. A variable no condition reads only changes the words shown.
struct VariableRelevance {
    /// By scene id, then variable name: for each variable a condition reads, the range outside
    /// which its integer values are merged (nil when nothing bounds it).
    private var tested: [String: [String: ClosedRange<Int>?]] = [:]

    init(scenes: [Scene]) {
        // By scene id: a scene listed twice (a file shadowing a bundled one) adds its constants.
        var points: [String: [String: [Int]]] = [:]
        var names: [String: Set<String>] = [:]
        for scene in scenes {
            for node in scene.nodes.values {
                for condition in node.body.conditions {
                    for (name, value) in Self.comparisons(condition) {
                        names[scene.id, default: []].insert(name)
                        if let value { points[scene.id, default: [:]][name, default: []].append(value) }
                    }
                }
                for assignment in node.body.assignments {
                    if case .assign(.integer(let value)) = assignment.operation {
                        points[scene.id, default: [:]][assignment.variable, default: []].append(value)
                    }
                }
            }
            for (name, value) in scene.variables {
                if case .integer(let start) = value { points[scene.id, default: [:]][name, default: []].append(start) }
            }
        }
        for (sceneID, readNames) in names {
            for name in readNames {
                let range = points[sceneID]?[name].flatMap { values -> ClosedRange<Int>? in
                    guard let low = values.min(), let high = values.max() else { return nil }
                    return (low == Int.min ? low : low - 1)...(high == Int.max ? high : high + 1)
                }
                tested[sceneID, default: [:]][name] = .some(range)
            }
        }
    }

    /// The variables of a scene some condition reads, each with the range outside which its
    /// integer values behave alike (nil when nothing bounds it).
    func readVariables(of sceneID: String) -> [String: ClosedRange<Int>?] {
        tested[sceneID] ?? [:]
    }

    /// Variables a condition reads, with the integer constant it compares against.
    private static func comparisons(_ condition: Condition) -> [(String, Int?)] {
        switch condition {
        case .equals(let name, let value), .notEquals(let name, let value):
            if case .integer(let number) = value { [(name.name, number)] } else { [(name.name, nil)] }
        case .atLeast(let name, let bound), .below(let name, let bound):
            [(name.name, bound)]
        case .answered, .remembered, .finishedAtLeast, .finishedBelow:
            []
        case .all(let parts), .any(let parts):
            parts.flatMap(comparisons)
        case .not(let inner):
            comparisons(inner)
        }
    }
}
