import LocatedJSON

/// The node kinds as they are written in a file.
enum NodeKind: String, CaseIterable {
    case narration, prompt, choice, timer, breathing, deck, reveal, set, branch, call
    case `return`, end

    /// Every kind, for a message; worked out only when one is shown.
    static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Sane limits: long enough for any exercise, short enough to catch a typo such as 30000.
enum Limits {
    static let timerSeconds = 1...3600
    static let promptSeconds = 5...3600
    static let breathPhase = 1...20
    static let breathHold = 0...20
    static let breathCycles = 1...300
    static let breathMinutes = 1...60
    static let draw = 1...50
    static let depth = 1...3
}

extension SceneDecoder {
    func decodeNode(_ item: JSONNode) -> Node? {
        guard case .object(let object) = item.value else {
            report.error("a node must be an object with 'id' and 'kind', found \(item.value.kindName)", at: item.position)
            return nil
        }
        var reader = ObjectReader(object, at: item.position, node: nil, report: report)
        guard let id = reader.identifier("id", required: true, meaning: "a unique node id") else {
            return nil
        }
        reader = ObjectReader(object, at: item.position, node: id.target, report: report)
        _ = reader.value("id")
        guard let kindText = reader.string("kind", required: true, meaning: NodeKind.list) else { return nil }
        guard let kind = NodeKind(rawValue: kindText) else {
            let suggestion = didYouMean(kindText, among: NodeKind.allCases.map(\.rawValue))
            reader.error("unknown kind '\(kindText.prefix(40))'\(suggestion); kinds are \(NodeKind.list)", at: object["kind"]?.position ?? item.position)
            return nil
        }
        let swapTurn = reader.boolean("swapTurn") ?? false
        if swapTurn, kind == .return || kind == .end, let node = reader.object["swapTurn"] {
            reader.error("'swapTurn' does nothing on \(kind == .end ? "an" : "a") '\(kind.rawValue)' node: put it on the node before", at: node.position)
        }
        let closeness = decodeKinds(&reader)
        let body = decodeBody(kind, &reader)
        reader.finish()
        guard let body else { return nil }
        return Node(id: id.target, body: body, swapTurn: swapTurn, position: item.position, kinds: closeness)
    }

    private func decodeBody(_ kind: NodeKind, _ reader: inout ObjectReader) -> Node.Body? {
        switch kind {
        case .narration:
            let text = reader.template("text", required: true)
            let pause = reader.boolean("pause") ?? false
            let next = next(&reader)
            guard let text, let next else { return nil }
            return .narration(.init(text: text, pause: pause, next: next))

        case .prompt:
            let text = reader.template("text", required: true, meaning: "the question")
            let who = who(&reader, default: .active)
            let saveAs = reader.identifier("saveAs")?.target
            let label = reader.nonEmptyString("label")
            let secret = reader.boolean("secret") ?? false
            let aloud = reader.boolean("aloud") ?? false
            if aloud, secret, let node = reader.object["aloud"] {
                reader.error("a prompt cannot be both 'secret' and 'aloud': a secret answer is typed while the other looks away", at: node.position)
            }
            let seconds = reader.integer("seconds", in: Limits.promptSeconds)
            let next = next(&reader)
            guard let text, let who, let next else { return nil }
            return .prompt(.init(text: text, who: who, saveAs: saveAs, label: label, secret: secret, aloud: aloud,
                                 seconds: seconds, next: next))

        case .choice:
            return decodeChoice(&reader)

        case .timer:
            let label = reader.template("label", required: true, meaning: "what the countdown is for")
            // A bad value was reported; a stand-in keeps the node so its references are checked too.
            let seconds = duration("seconds", in: Limits.timerSeconds, &reader, required: true)
                ?? (reader.has("seconds") ? .fixed(1) : nil)
            let cues = decodeCues(&reader)
            let text = reader.template("text")
            let endText = reader.template("endText")
            let stoppedText = reader.template("stoppedText")
            let next = next(&reader)
            guard let label, let seconds, let next else { return nil }
            return .timer(.init(label: label, seconds: seconds, cues: cues, text: text, endText: endText, stoppedText: stoppedText, next: next))

        case .breathing:
            let pattern = decodePattern(&reader)
                ?? (reader.has("pattern") ? BreathingPattern(inhale: 4, holdFull: 0, exhale: 4, holdEmpty: 0) : nil)
            let length = decodeBreathingLength(&reader)
                ?? (reader.has("cycles") || reader.has("minutes") ? .cycles(1) : nil)
            let text = reader.template("text")
            let endText = reader.template("endText")
            let stoppedText = reader.template("stoppedText")
            let next = next(&reader)
            guard let pattern, let length, let next else { return nil }
            return .breathing(.init(pattern: pattern, length: length, text: text, endText: endText, stoppedText: stoppedText, next: next))

        case .deck:
            let deck = reader.identifier("deck", required: true, meaning: "a deck id from 'decks'")
            let shaping = decodeShaping(&reader)
            let shapedTotal = shaping.depthCounts.map { $0.reduce(0, +) }
            var draw = reader.integer("draw", in: Limits.draw, required: shapedTotal == nil, meaning: "how many questions")
                ?? (reader.has("draw") ? 1 : nil)
            if let total = shapedTotal {
                if let given = draw, given != total, let node = reader.object["draw"] {
                    reader.error("'draw' is \(given) but 'shape' asks for \(total) questions; give one or make them agree", at: node.position)
                }
                draw = total
            }
            let categories = identifierList("categories", &reader)
            let depths = reader.array("depths").map { items in
                items.compactMap { ObjectReader.integer($0, named: "depths", in: Limits.depth, reader: reader) }
            }
            let who = who(&reader, default: .each)
            let aloud = reader.boolean("aloud") ?? false
            let seconds = reader.integer("seconds", in: Limits.promptSeconds)
            let body = reader.identifier("body")
            let text = reader.template("text")
            let next = next(&reader)
            guard let deck, let draw, let who, let next else { return nil }
            if aloud, body != nil, let node = reader.object["aloud"] {
                reader.error("'aloud' belongs on the prompts of a deck's body, not on a deck with a 'body'", at: node.position)
            }
            return .deck(.init(deck: deck, draw: draw, categories: categories, depths: depths, who: who, aloud: aloud,
                               seconds: seconds, body: body, text: text, next: next, shaping: shaping))

        case .reveal:
            let text = reader.template("text")
            var keys: [Condition.AnswerKey] = []
            if let items = reader.array("answers", required: true, meaning: "the answer keys to show side by side") {
                if items.isEmpty, let node = reader.object["answers"] {
                    reader.error("'answers' must name at least one answer key", at: node.position)
                }
                keys = items.compactMap { ObjectReader.identifier($0, named: "an answer key", reader: reader) }
                    .map { Condition.AnswerKey(key: $0.target, position: $0.position) }
            }
            let next = next(&reader)
            guard let next else { return nil }
            return .reveal(.init(text: text, answers: keys, next: next))

        case .set:
            let assignments = reader.object("set", required: true, meaning: "the variables to change").map {
                decodeAssignments($0.0, reader: reader)
            } ?? []
            let next = next(&reader)
            guard let next else { return nil }
            return .set(assignments, next: next)

        case .branch:
            var cases: [Node.Branch.Case] = []
            for item in reader.array("cases", required: true, meaning: "a list of { \"if\": ..., \"next\": ... }") ?? [] {
                guard case .object(let object) = item.value else {
                    reader.error("a branch case must be an object with 'if' and 'next', found \(item.value.kindName)", at: item.position)
                    continue
                }
                var caseReader = ObjectReader(object, at: item.position, node: reader.nodeID, report: report)
                let condition = caseReader.value("if", required: true).flatMap { decodeCondition($0, reader: caseReader) }
                let next = caseReader.identifier("next", required: true)
                caseReader.finish()
                if let condition, let next { cases.append(.init(condition: condition, next: next)) }
            }
            let otherwise = reader.identifier("else", required: true, meaning: "where to go when no case holds")
            guard let otherwise else { return nil }
            return .branch(.init(cases: cases, otherwise: otherwise))

        case .call:
            let node = reader.identifier("node")
            let scene = reader.identifier("scene")
            let next = next(&reader)
            let target: Node.Call.Target
            switch (node, scene) {
            case (let node?, nil): target = .node(node)
            case (nil, let scene?): target = .scene(scene)
            case (nil, nil):
                if !reader.has("node") && !reader.has("scene") {
                    reader.error("a call needs 'node' (a sub-graph in this scene) or 'scene' (another scene)", at: reader.position)
                }
                return nil
            case (_?, _?):
                reader.error("a call takes 'node' or 'scene', not both", at: reader.position)
                return nil
            }
            guard let next else { return nil }
            return .call(.init(target: target, next: next))

        case .return:
            return .return

        case .end:
            return .end(text: reader.template("text"))
        }
    }

    private func next(_ reader: inout ObjectReader) -> Reference? {
        reader.identifier("next", required: true, meaning: "the id of the node that follows")
    }

    private func who(_ reader: inout ObjectReader, default fallback: Who) -> Who? {
        guard let text = reader.string("who") else { return reader.has("who") ? nil : fallback }
        guard let who = Who(rawValue: text) else {
            reader.error("'who' must be one of active, partner, each, both; found '\(text.prefix(40))'", at: reader.object["who"]?.position ?? reader.position)
            return nil
        }
        return who
    }

    /// `shape`, `landing`, `gentle`, `alsoFrom` and `wildcards` on a deck node.
    private func decodeShaping(_ reader: inout ObjectReader) -> Node.DeckDraw.Shaping {
        var shaping = Node.DeckDraw.Shaping()
        if let items = reader.array("shape"), let node = reader.object["shape"] {
            let counts = items.compactMap { ObjectReader.integer($0, named: "shape", in: 0...Limits.draw.upperBound, reader: reader) }
            if items.count != 3 {
                reader.error("'shape' lists three counts: light, personal and deep questions, e.g. [5, 4, 3]", at: node.position)
            } else if counts.count == 3 {
                let total = counts.reduce(0, +)
                if Limits.draw.contains(total) {
                    shaping.depthCounts = counts
                } else {
                    reader.error("'shape' asks for \(total) questions; a round asks \(Limits.draw.lowerBound) to \(Limits.draw.upperBound)", at: node.position)
                }
            }
        }
        shaping.landing = identifierList("landing", &reader)
        shaping.gentle = identifierList("gentle", &reader) ?? []
        shaping.alsoFrom = identifierList("alsoFrom", &reader) ?? []
        shaping.wildcards = reader.identifier("wildcards")?.target
        return shaping
    }

    private func identifierList(_ key: String, _ reader: inout ObjectReader) -> [String]? {
        reader.array(key).map { items in
            items.compactMap { ObjectReader.identifier($0, named: "an entry of '\(key)'", reader: reader)?.target }
        }
    }

    private func duration(_ key: String, in range: ClosedRange<Int>, _ reader: inout ObjectReader, required: Bool) -> Node.Duration? {
        guard let node = reader.value(key, required: required) else { return nil }
        if case .object(let object) = node.value {
            var inner = ObjectReader(object, at: node.position, node: reader.nodeID, report: report)
            let variable = inner.identifier("var", required: true, meaning: "an integer variable")
            inner.finish()
            return variable.map { .variable(.init(name: $0.target, position: $0.position)) }
        }
        return ObjectReader.integer(node, named: key, in: range, reader: reader).map { .fixed($0) }
    }

    private func decodeCues(_ reader: inout ObjectReader) -> [Node.Timer.Cue] {
        var cues: [Node.Timer.Cue] = []
        for item in reader.array("cues") ?? [] {
            guard case .object(let object) = item.value else {
                reader.error("a cue must be an object with 'at' and 'text', found \(item.value.kindName)", at: item.position)
                continue
            }
            var cueReader = ObjectReader(object, at: item.position, node: reader.nodeID, report: report)
            var moment: Node.Timer.Cue.Moment?
            if let at = cueReader.value("at", required: true, meaning: "\"halfway\" or seconds left") {
                if case .string("halfway") = at.value {
                    moment = .halfway
                } else if case .number = at.value {
                    moment = ObjectReader.integer(at, named: "at", in: Limits.timerSeconds, reader: cueReader).map { .secondsLeft($0) }
                } else {
                    cueReader.error("'at' must be \"halfway\" or a number of seconds left, found \(describe(at))", at: at.position)
                }
            }
            let text = cueReader.template("text", required: true)
            cueReader.finish()
            if let moment, let text { cues.append(.init(at: moment, text: text)) }
        }
        return cues
    }

    private func decodePattern(_ reader: inout ObjectReader) -> BreathingPattern? {
        guard let (object, position) = reader.object("pattern", required: true, meaning: "inhale, holdFull, exhale, holdEmpty seconds") else { return nil }
        var inner = ObjectReader(object, at: position, node: reader.nodeID, report: report)
        let inhale = inner.integer("inhale", in: Limits.breathPhase, required: true)
        let holdFull = inner.integer("holdFull", in: Limits.breathHold) ?? 0
        let exhale = inner.integer("exhale", in: Limits.breathPhase, required: true)
        let holdEmpty = inner.integer("holdEmpty", in: Limits.breathHold) ?? 0
        inner.finish()
        guard let inhale, let exhale else { return nil }
        return BreathingPattern(inhale: inhale, holdFull: holdFull, exhale: exhale, holdEmpty: holdEmpty)
    }

    private func decodeBreathingLength(_ reader: inout ObjectReader) -> Node.Breathing.Length? {
        let cycles = reader.integer("cycles", in: Limits.breathCycles)
        let minutes = duration("minutes", in: Limits.breathMinutes, &reader, required: false)
        switch (cycles, minutes) {
        case (let cycles?, nil): return .cycles(cycles)
        case (nil, let minutes?): return .minutes(minutes)
        case (_?, _?):
            reader.error("give 'cycles' or 'minutes', not both", at: reader.position)
        case (nil, nil):
            if !reader.has("cycles") && !reader.has("minutes") {
                reader.error("missing 'cycles' or 'minutes' (how long to breathe)", at: reader.position)
            }
        }
        return nil
    }

    private func decodeChoice(_ reader: inout ObjectReader) -> Node.Body? {
        let text = reader.template("text", required: true, meaning: "the question")
        let who = who(&reader, default: .both)
        let saveAs = reader.identifier("saveAs")?.target
        var options: [Node.Choice.Option] = []
        let items = reader.array("options", required: true, meaning: "a list of { \"label\": ..., \"next\": ... }") ?? []
        if items.isEmpty, let node = reader.object["options"] {
            reader.error("a choice needs at least one option", at: node.position)
        }
        var defaults = 0
        for item in items {
            guard case .object(let object) = item.value else {
                reader.error("an option must be an object with 'label' and 'next', found \(item.value.kindName)", at: item.position)
                continue
            }
            var optionReader = ObjectReader(object, at: item.position, node: reader.nodeID, report: report)
            let label = optionReader.template("label", required: true)
            let next = optionReader.identifier("next", required: true)
            let condition = optionReader.value("if").flatMap { decodeCondition($0, reader: optionReader) }
            let assignments = optionReader.object("set").map { decodeAssignments($0.0, reader: optionReader) } ?? []
            let isDefault = optionReader.boolean("default") ?? false
            optionReader.finish()
            if isDefault {
                defaults += 1
                if defaults > 1, let node = object["default"] {
                    reader.error("only one option may be the default", at: node.position)
                }
            }
            if let label, let next {
                options.append(.init(label: label, next: next, condition: condition, assignments: assignments, isDefault: isDefault))
            }
        }
        guard let text, let who else { return nil }
        return .choice(.init(text: text, who: who, saveAs: saveAs, options: options))
    }
}
