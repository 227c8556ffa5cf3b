import LocatedJSON

extension SceneDecoder {
    func decodeCondition(_ node: JSONNode, reader: ObjectReader) -> Condition? {
        guard case .object(let object) = node.value else {
            reader.error("a condition must be an object such as { \"var\": \"x\", \"equals\": 1 }, found \(node.value.kindName)", at: node.position)
            return nil
        }
        var inner = ObjectReader(object, at: node.position, node: reader.nodeID, report: report)
        defer { inner.finish() }

        if inner.has("all") || inner.has("any") {
            let key = inner.has("all") ? "all" : "any"
            guard let items = inner.array(key) else { return nil }
            if items.isEmpty, let node = object[key] {
                inner.error("'\(key)' needs at least one condition", at: node.position)
            }
            let parts = items.compactMap { decodeCondition($0, reader: inner) }
            guard parts.count == items.count else { return nil }
            return key == "all" ? .all(parts) : .any(parts)
        }
        if inner.has("not") {
            return inner.value("not").flatMap { decodeCondition($0, reader: inner) }.map { .not($0) }
        }
        if inner.has("answered") {
            return inner.identifier("answered").map { .answered(.init(key: $0.target, position: $0.position)) }
        }
        if inner.has("remembered") {
            return decodeRemembered(&inner)
        }
        if inner.has("finished") {
            return decodeFinished(&inner, at: node.position)
        }
        guard let variable = inner.identifier("var", required: true, meaning: "the variable to test, or use 'answered', 'remembered', 'finished', 'all', 'any', 'not'") else {
            return nil
        }
        let name = Condition.VariableName(name: variable.target, position: variable.position)
        let tests = ["equals", "notEquals", "atLeast", "below"].filter { inner.has($0) }
        guard tests.count == 1, let test = tests.first else {
            inner.error("a condition on '\(variable.target)' needs exactly one of equals, notEquals, atLeast, below", at: node.position)
            return nil
        }
        switch test {
        case "equals", "notEquals":
            guard let valueNode = inner.value(test),
                  let value = decodeValue(valueNode, reader: inner, what: "'\(test)'") else { return nil }
            return test == "equals" ? .equals(name, value) : .notEquals(name, value)
        default:
            guard let number = inner.integer(test, in: Int.min...Int.max) else { return nil }
            return test == "atLeast" ? .atLeast(name, number) : .below(name, number)
        }
    }

    /// `{ "remembered": "KEY" }` or `{ "remembered": "SCENE/KEY" }`.
    private func decodeRemembered(_ reader: inout ObjectReader) -> Condition? {
        guard let node = reader.value("remembered") else { return nil }
        guard case .string(let text) = node.value, let key = Memory.Key(parsing: text) else {
            reader.error("'remembered' must be an answer key, or a scene id and a key as \"scene/key\", found \(describe(node))", at: node.position)
            return nil
        }
        return .remembered(.init(key: key, position: node.position))
    }

    /// `{ "finished": "SCENE", "atLeast": N }` or `{ "finished": "SCENE", "below": N }`.
    private func decodeFinished(_ reader: inout ObjectReader, at position: SourcePosition) -> Condition? {
        guard let scene = reader.identifier("finished") else { return nil }
        let name = Condition.SceneName(id: scene.target, position: scene.position)
        let tests = ["atLeast", "below"].filter { reader.has($0) }
        guard tests.count == 1, let test = tests.first else {
            reader.error("a condition on how often '\(scene.target)' was finished needs exactly one of atLeast, below", at: position)
            return nil
        }
        guard let number = reader.integer(test, in: 0...1_000_000) else { return nil }
        return test == "atLeast" ? .finishedAtLeast(name, number) : .finishedBelow(name, number)
    }

    func decodeAssignments(_ object: JSONObject, reader: ObjectReader) -> [Assignment] {
        var assignments: [Assignment] = []
        for member in object.members where !member.key.hasPrefix("$") && !member.key.hasPrefix("_") {
            guard Identifier.isValid(member.key) else {
                reader.error("variable name '\(member.key.prefix(60))' is not a valid id", at: member.keyPosition)
                continue
            }
            if case .object(let operation) = member.value.value {
                var inner = ObjectReader(operation, at: member.value.position, node: reader.nodeID, report: report)
                let amount = inner.integer("add", in: -1_000_000...1_000_000, required: true, meaning: "how much to add")
                inner.finish()
                if let amount {
                    assignments.append(.init(variable: member.key, operation: .add(amount), position: member.keyPosition))
                }
            } else if let value = decodeValue(member.value, reader: reader, what: "the new value of '\(member.key)'") {
                assignments.append(.init(variable: member.key, operation: .assign(value), position: member.keyPosition))
            }
        }
        return assignments
    }
}
