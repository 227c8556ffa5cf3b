extension Interpreter {
    func variable(_ name: String, in scene: Scene) -> Value? {
        state.variables[scene.id]?[name] ?? scene.variables[name]
    }

    mutating func apply(_ assignments: [Assignment], in scene: Scene) {
        for assignment in assignments {
            switch assignment.operation {
            case .assign(let value):
                state.variables[scene.id, default: scene.variables][assignment.variable] = value
            case .add(let amount):
                guard case .integer(let current)? = variable(assignment.variable, in: scene) else { continue }
                let (sum, overflow) = current.addingReportingOverflow(amount)
                state.variables[scene.id, default: scene.variables][assignment.variable] = .integer(overflow ? current : sum)
            }
        }
    }

    func holds(_ condition: Condition, in scene: Scene) -> Bool {
        switch condition {
        case .equals(let name, let value): variable(name.name, in: scene) == value
        case .notEquals(let name, let value): variable(name.name, in: scene) != value
        case .atLeast(let name, let bound):
            if case .integer(let value)? = variable(name.name, in: scene) { value >= bound } else { false }
        case .below(let name, let bound):
            if case .integer(let value)? = variable(name.name, in: scene) { value < bound } else { false }
        case .answered(let key):
            state.answers[scene.id]?[key.key]?.latest.map { !$0.isPass } ?? false
        case .remembered(let key): state.memory?.remembers(key.key, in: scene.id) ?? false
        case .finishedAtLeast(let name, let bound): (state.memory?.finished[name.id] ?? 0) >= bound
        case .finishedBelow(let name, let bound): (state.memory?.finished[name.id] ?? 0) < bound
        case .all(let parts): parts.allSatisfy { holds($0, in: scene) }
        case .any(let parts): parts.contains { holds($0, in: scene) }
        case .not(let inner): !holds(inner, in: scene)
        }
    }
}
