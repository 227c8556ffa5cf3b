import LocatedJSON

/// Turns a parsed JSON document into a `Scene`, reporting every problem of shape: missing and
/// mistyped fields, unknown fields and kinds, bad ids, values out of range. Problems of the
/// graph as a whole (references, reachability, placeholders) are the validator's.
struct SceneDecoder {
    let report: DiagnosticReport

    /// The scene, or nil when the file is too broken to describe one. The document is taken,
    /// not borrowed: the reader then holds the only reference to its nodes, and each node's
    /// JSON is freed as soon as it is decoded, so the whole tree and the whole model are never
    /// in memory at once.
    func decode(_ root: consuming JSONNode) -> Scene? {
        var reader: ObjectReader
        do {
            guard case .object(let object) = root.value else {
                report.error("a scene must be a JSON object, found \(root.value.kindName)", at: root.position)
                return nil
            }
            reader = ObjectReader(object, at: root.position, node: nil, report: report)
        }
        root = JSONNode(value: .null, position: root.position)

        if let formatNode = reader.value("format", required: true, meaning: "the scene format version, 1") {
            if case .number(let number) = formatNode.value, let format = number.integer {
                if format > Scene.formatVersion {
                    report.error("format \(format) is newer than this datenight understands (\(Scene.formatVersion)); update datenight to play this scene", at: formatNode.position)
                    return nil
                } else if format < 1 {
                    report.error("format must be \(Scene.formatVersion), found \(format)", at: formatNode.position)
                }
            } else {
                report.error("'format' must be the whole number \(Scene.formatVersion), found \(formatNode.value.kindName)", at: formatNode.position)
            }
        }

        let id = reader.identifier("id", required: true, meaning: "the scene's id, e.g. \"eye-gazing\"")
        let title = reader.nonEmptyString("title", required: true)
        let summary = reader.nonEmptyString("summary", required: true, meaning: "one line for the picker")
        let minutes = reader.integer("minutes", in: 1...240, required: true, meaning: "an honest estimate of how long it takes")
        let kinds = decodeKinds(&reader, required: true) ?? []
        let hidden = reader.boolean("hidden") ?? false
        let start = reader.identifier("start", required: true, meaning: "the id of the first node")
        let variables = decodeVariables(&reader)
        let decks = decodeDecks(&reader)
        let (nodes, order, broken) = decodeNodes(&reader)
        reader.finish()

        guard let id, let start else { return nil }
        return Scene(
            id: id.target, title: title ?? id.target, summary: summary ?? "", minutes: minutes ?? 1,
            kinds: kinds, hidden: hidden, start: start, variables: variables, decks: decks, nodes: nodes, nodeOrder: order,
            brokenNodeIDs: broken
        )
    }

    /// A list of kinds of closeness under `kinds` (the scene's, a node's); nil when absent.
    func decodeKinds(_ reader: inout ObjectReader, required: Bool = false) -> [Closeness]? {
        guard let items = reader.array("kinds", required: required, meaning: "kinds of closeness: \(Self.allowedKinds)") else { return nil }
        if items.isEmpty, let node = reader.object["kinds"] {
            reader.error("'kinds' must name at least one of \(Self.allowedKinds)", at: node.position)
        }
        return decodeKinds(items, reader: reader)
    }

    private static let allowedKinds = Closeness.allCases.map(\.rawValue).joined(separator: ", ")

    private func decodeKinds(_ items: [JSONNode], reader: ObjectReader) -> [Closeness] {
        var kinds: [Closeness] = []
        for item in items {
            guard case .string(let text) = item.value, let kind = Closeness(rawValue: text) else {
                reader.error("unknown kind of closeness \(describe(item)); use \(Self.allowedKinds)", at: item.position)
                continue
            }
            if kinds.contains(kind) {
                reader.error("kind '\(text)' is listed twice", at: item.position)
            } else {
                kinds.append(kind)
            }
        }
        return kinds
    }

    private func decodeVariables(_ reader: inout ObjectReader) -> [String: Value] {
        guard let (object, _) = reader.object("variables") else { return [:] }
        var variables: [String: Value] = [:]
        for member in object.members where !member.key.hasPrefix("$") && !member.key.hasPrefix("_") {
            guard Identifier.isValid(member.key) else {
                reader.error("variable name '\(member.key.prefix(60))' is not a valid id", at: member.keyPosition)
                continue
            }
            if variables[member.key] != nil {
                reader.error("variable '\(member.key)' is declared twice", at: member.keyPosition)
                continue
            }
            guard let value = decodeValue(member.value, reader: reader, what: "variable '\(member.key)'") else { continue }
            variables[member.key] = value
        }
        return variables
    }

    func decodeValue(_ node: JSONNode, reader: ObjectReader, what: @autoclosure () -> String) -> Value? {
        switch node.value {
        case .string(let text): return .string(text)
        case .bool(let flag): return .boolean(flag)
        case .number(let number):
            guard let integer = number.integer else {
                reader.error("\(what()) must be a string, a whole number or a boolean, found \(number.text.prefix(40))", at: node.position)
                return nil
            }
            return .integer(integer)
        default:
            reader.error("\(what()) must be a string, a whole number or a boolean, found \(node.value.kindName)", at: node.position)
            return nil
        }
    }

    private func decodeDecks(_ reader: inout ObjectReader) -> [String: Deck] {
        guard let (object, _) = reader.object("decks") else { return [:] }
        var decks: [String: Deck] = [:]
        var questionIDs: [String: SourcePosition] = [:]
        for member in object.members where !member.key.hasPrefix("$") && !member.key.hasPrefix("_") {
            guard Identifier.isValid(member.key) else {
                reader.error("deck id '\(member.key.prefix(60))' is not a valid id", at: member.keyPosition)
                continue
            }
            guard case .object(let deckObject) = member.value.value else {
                reader.error("deck '\(member.key)' must be an object with 'questions', found \(member.value.value.kindName)", at: member.value.position)
                continue
            }
            var deckReader = ObjectReader(deckObject, at: member.value.position, node: nil, report: report)
            let title = deckReader.nonEmptyString("title")
            var questions: [Deck.Question] = []
            if let items = deckReader.array("questions", required: true, meaning: "the pool of questions") {
                if items.isEmpty {
                    reader.error("deck '\(member.key)' has no questions", at: deckReader.object["questions"]?.position ?? member.value.position)
                }
                for item in items {
                    guard let question = decodeQuestion(item, deck: member.key) else { continue }
                    if let first = questionIDs[question.id] {
                        reader.error("duplicate question id '\(question.id)' (first defined at line \(first.line))", at: item.position)
                        continue
                    }
                    questionIDs[question.id] = item.position
                    questions.append(question)
                }
            }
            let categoryKinds = decodeCategoryKinds(&deckReader, deck: member.key, questions: questions)
            deckReader.finish()
            decks[member.key] = Deck(id: member.key, title: title, questions: questions, categoryKinds: categoryKinds,
                                     position: member.value.position)
        }
        return decks
    }

    /// `categoryKinds`: the kinds of closeness each named category builds. A category no
    /// question of the deck uses is an error, so a typo never silently credits nothing.
    private func decodeCategoryKinds(_ reader: inout ObjectReader, deck: String, questions: [Deck.Question]) -> [String: [Closeness]] {
        guard let (object, _) = reader.object("categoryKinds") else { return [:] }
        let used = Set(questions.map(\.category))
        var result: [String: [Closeness]] = [:]
        for member in object.members where !member.key.hasPrefix("$") && !member.key.hasPrefix("_") {
            guard used.contains(member.key) else {
                let suggestion = didYouMean(member.key, among: used.sorted())
                reader.error("deck '\(deck)': no question has the category '\(member.key.prefix(60))'\(suggestion)", at: member.keyPosition)
                continue
            }
            guard case .array(let items) = member.value.value, !items.isEmpty else {
                reader.error("deck '\(deck)': the kinds for category '\(member.key)' must be a list naming at least one of \(Self.allowedKinds)", at: member.value.position)
                continue
            }
            result[member.key] = decodeKinds(items, reader: reader)
        }
        return result
    }

    private func decodeQuestion(_ node: JSONNode, deck: String) -> Deck.Question? {
        guard case .object(let object) = node.value else {
            report.error("a question in deck '\(deck)' must be an object with 'id', 'text', 'category' and 'depth', found \(node.value.kindName)", at: node.position)
            return nil
        }
        var reader = ObjectReader(object, at: node.position, node: nil, report: report)
        let id = reader.identifier("id", required: true, meaning: "a stable question id")
        let text = reader.template("text", required: true)
        let category = reader.identifier("category", required: true, meaning: "a category id, e.g. \"hopes-and-dreams\"")
        let depth = reader.integer("depth", in: 1...3, required: true, meaning: "1 light, 2 personal, 3 deep")
        reader.finish()
        if let text, text.placeholders.contains(where: { $0.quotesAnswer || $0 == .question }) {
            report.error("a deck question may name the players and variables but not answers, earlier answers or {question}", at: text.position)
        }
        guard let id, let text, let category, let depth else { return nil }
        return Deck.Question(id: id.target, text: text, category: category.target, depth: depth)
    }

    private func decodeNodes(_ reader: inout ObjectReader) -> ([String: Node], [String], Set<String>) {
        guard var items = reader.takeArray("nodes", required: true, meaning: "the scene's steps") else { return ([:], [], []) }
        if items.isEmpty, let node = reader.object["nodes"] {
            reader.error("'nodes' must hold at least one node", at: node.position)
        }
        var nodes: [String: Node] = [:]
        var order: [String] = []
        nodes.reserveCapacity(items.count)
        order.reserveCapacity(items.count)
        var broken: Set<String> = []
        // Every id written, decoded or not, so a duplicate of a node with its own mistakes is
        // still reported as a duplicate.
        var firstLine: [String: Int] = [:]
        for index in items.indices {
            // Moved out of the array, so the node's JSON is freed at the end of this iteration.
            let item = items[index]
            items[index] = JSONNode(value: .null, position: item.position)
            if case .object(let object) = item.value, let idNode = object["id"], case .string(let id) = idNode.value {
                if let line = firstLine[id] {
                    report.error("duplicate node id '\(id.prefix(60))' (first defined at line \(line))", at: item.position)
                    continue
                }
                firstLine[id] = item.position.line
            }
            guard let node = decodeNode(item) else {
                if case .object(let object) = item.value, case .string(let id)? = object["id"]?.value { broken.insert(id) }
                continue
            }
            nodes[node.id] = node
            order.append(node.id)
        }
        return (nodes, order, broken.subtracting(nodes.keys))
    }
}

func describe(_ node: JSONNode) -> String {
    if case .string(let text) = node.value { return "'\(text.prefix(60))'" }
    return node.value.kindName
}
