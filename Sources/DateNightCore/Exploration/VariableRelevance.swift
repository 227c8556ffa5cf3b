/// How much of a variable's value can change what happens next. Conditions only compare
/// integers with constants, so beyond every constant a condition, a start value or an
/// assignment names, larger values behave alike: a couple may play round after round, yet
/// the search space stays finite. A variable no condition reads only changes the words shown.
struct VariableRelevance {
    /// Per "scene/variable": the range outside which integer values are merged.
    private var ranges: [String: ClosedRange<Int>] = [:]
    private var tested: Set<String> = []

    init(scenes: [Scene]) {
        var points: [String: [Int]] = [:]
        for scene in scenes {
            for node in scene.nodes.values {
                for condition in node.body.conditions {
                    for (name, value) in Self.comparisons(condition) {
                        let key = "\(scene.id)/\(name)"
                        tested.insert(key)
                        if let value { points[key, default: []].append(value) }
                    }
                }
                for assignment in node.body.assignments {
                    if case .assign(.integer(let value)) = assignment.operation {
                        points["\(scene.id)/\(assignment.variable)", default: []].append(value)
                    }
                }
            }
            for (name, value) in scene.variables {
                if case .integer(let start) = value { points["\(scene.id)/\(name)", default: []].append(start) }
            }
        }
        for (key, values) in points {
            guard let low = values.min(), let high = values.max() else { continue }
            ranges[key] = (low == Int.min ? low : low - 1)...(high == Int.max ? high : high + 1)
        }
    }

    /// The value as far as what-happens-next is concerned; nil when nothing reads it.
    func significant(_ name: String, sceneID: String, _ value: Value) -> Value? {
        let key = "\(sceneID)/\(name)"
        guard tested.contains(key) else { return nil }
        guard case .integer(let number) = value, let range = ranges[key] else { return value }
        return .integer(min(max(number, range.lowerBound), range.upperBound))
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
