import LocatedJSON

/// Checks a decoded scene as a whole: that every reference leads somewhere, every variable and
/// answer it names exists, every node can reach an end, and nothing can show an unfilled
/// placeholder. Shape problems were reported by the decoder already.
struct SceneValidator {
    let scene: Scene
    let report: DiagnosticReport
    /// Ids of the other scenes a `call` may name; nil when they are not known (one file alone).
    let knownScenes: Set<String>?
    /// The answer keys each scene loaded alongside saves, by scene id, for `{last.SCENE/KEY...}`.
    var savedKeys: [String: Set<String>] = [:]
    /// The nodes by number with their parts and edges, made once: every check below reads them.
    private(set) var graph: NumberedNodes
    /// Every answer key some node of this scene saves.
    let answerKeys: Set<String>
    /// The categories of each deck's questions, by deck id.
    let deckCategories: [String: Set<String>]

    init(scene: Scene, report: DiagnosticReport, knownScenes: Set<String>?, savedKeys: [String: Set<String>] = [:]) {
        self.scene = scene
        self.report = report
        self.knownScenes = knownScenes
        self.savedKeys = savedKeys
        self.graph = NumberedNodes(scene)
        self.answerKeys = Set(graph.parts.lazy.compactMap(\.savedAnswerKey))
        self.deckCategories = scene.decks.mapValues { Set($0.questions.lazy.map(\.category)) }
    }

    mutating func validate() {
        guard exists(scene.start.target) else {
            report.error("start node '\(scene.start.target)' does not exist", at: scene.start.position)
            checkNodes()
            return
        }
        checkNodes()
        guard scene.brokenNodeIDs.isEmpty, let start = graph.numbers[scene.start.target] else { return }
        graph.releaseEdges()
        let reachable = reachableNodes(from: start)
        checkReachability(reachable)
        checkEndsReachable(reachable)
        checkQuestionPlaceholders()
        checkAnswersGivenBeforeUse(reachable, start: start)
        checkMemoriesGuarded(reachable, start: start)
    }

    private func exists(_ id: String) -> Bool {
        graph.numbers[id] != nil || scene.brokenNodeIDs.contains(id)
    }

    // MARK: - Each node on its own

    private func checkNodes() {
        for number in graph.indices {
            let id = graph.ids[number]
            let own = graph.parts[number]
            for edge in own.edges {
                if case .play = edge.role { continue }
                if !exists(edge.target.target) {
                    report.error("'\(edge.target.target)' does not exist (no node has that id)", at: edge.target.position, node: id)
                }
            }
            for template in own.templates {
                checkPlaceholders(in: template, node: id)
            }
            checkKindSpecifics(number)
        }
    }

    private func checkPlaceholders(in template: Template, node: String?) {
        for case .placeholder(let placeholder) in template.segments {
            switch placeholder {
            case .variable(let name) where scene.variables[name] == nil:
                report.error("placeholder {var.\(name)} names a variable that is not declared in 'variables'", at: template.position, node: node)
            case .answer(let key, _) where !answerKeys.contains(key):
                report.error("placeholder {\(placeholder.name)} names an answer no prompt saves ('saveAs': \"\(key)\")", at: template.position, node: node)
            case .remembered(let key, _):
                checkMemoryReference(key, what: "placeholder {\(placeholder.name)}", at: template.position, node: node)
            case .variable, .answer, .player, .active, .partner, .question:
                break
            }
        }
    }

    private func checkKindSpecifics(_ number: Int) {
        let id = graph.ids[number]
        let own = graph.parts[number]
        let body = scene.nodes[id]?.body
        if case .choice(let choice)? = body, choice.who == .each {
            report.error("a choice is made by one player or both together: 'who' must be active, partner or both", at: graph.positions[number], node: id)
        }
        if case .deck(let draw)? = body {
            checkDeckDraw(draw, node: id)
        }
        for edge in own.edges {
            if let condition = edge.role.condition { checkCondition(condition, node: id) }
        }
        for edge in own.edges {
            checkAssignments(edge.assignments, node: id)
        }
        for duration in own.durations {
            checkDuration(duration, node: id)
        }
        for key in own.shownAnswers where !answerKeys.contains(key.key) {
            report.error("reveal names answer '\(key.key)', which no prompt saves", at: key.position, node: id)
        }
        for edge in own.edges {
            guard case .play = edge.role else { continue }
            let target = edge.target
            if target.target == scene.id {
                report.error("a scene cannot call itself", at: target.position, node: id)
            } else if let known = knownScenes, !known.contains(target.target) {
                report.error("scene '\(target.target)' does not exist among the scenes found", at: target.position, node: id)
            }
        }
    }

    private func checkDuration(_ duration: Node.Duration, node: String) {
        guard case .variable(let name) = duration else { return }
        switch scene.variables[name.name] {
        case nil:
            report.error("variable '\(name.name)' is not declared in 'variables'", at: name.position, node: node)
        case .integer?:
            break
        case let value?:
            report.error("a duration must come from an integer variable; '\(name.name)' is \(value.typeName)", at: name.position, node: node)
        }
    }

    private func checkDeckDraw(_ draw: Node.DeckDraw, node: String) {
        guard let deck = scene.decks[draw.deck.target] else {
            report.error("deck '\(draw.deck.target)' does not exist in 'decks'", at: draw.deck.position, node: node)
            return
        }
        let categories = deckCategories[deck.id] ?? []
        let shaping = draw.shaping
        let named = (draw.categories ?? []) + (shaping.landing ?? []) + shaping.gentle + shaping.alsoFrom
            + (shaping.wildcards.map { [$0] } ?? [])
        for category in named where !categories.contains(category) {
            report.error("deck '\(deck.id)' has no questions in category '\(category)'\(didYouMean(category, among: categories.sorted()))",
                         at: draw.deck.position, node: node)
        }
        var pool = 0
        for question in deck.questions where pool < draw.draw {
            if ((draw.categories?.contains(question.category) ?? true) || shaping.alsoFrom.contains(question.category))
                && question.category != shaping.wildcards
                && (draw.depths?.contains(question.depth) ?? true) { pool += 1 }
        }
        if pool == 0 && !deck.questions.isEmpty {
            report.error("no question in deck '\(deck.id)' matches the categories and depths asked for", at: draw.deck.position, node: node)
        } else if pool < draw.draw && pool > 0 {
            report.warning("draws \(draw.draw) questions but only \(pool) match; it will ask \(pool)", at: draw.deck.position, node: node)
        }
    }

    private func checkCondition(_ condition: Condition, node: String) {
        for key in condition.answerKeys where !answerKeys.contains(key.key) {
            report.error("condition names answer '\(key.key)', which no prompt saves", at: key.position, node: node)
        }
        for key in condition.rememberedKeys {
            checkMemoryReference(key.key, what: "condition 'remembered': \"\(key.key.written)\"", at: key.position, node: node)
        }
        for (name, _) in condition.finishedCounts {
            checkFinishedScene(name, node: node)
        }
        checkConditionTypes(condition, node: node)
    }

    private func checkConditionTypes(_ condition: Condition, node: String) {
        switch condition {
        case .equals(let name, let value), .notEquals(let name, let value):
            guard let declared = declared(name, node: node) else { return }
            if !declared.hasSameType(as: value) {
                report.error("'\(name.name)' is \(declared.typeName) but is compared with \(value.typeName)", at: name.position, node: node)
            }
        case .atLeast(let name, _), .below(let name, _):
            guard let declared = declared(name, node: node) else { return }
            if case .integer = declared {} else {
                report.error("'\(name.name)' is \(declared.typeName); atLeast and below compare integers", at: name.position, node: node)
            }
        case .answered, .remembered, .finishedAtLeast, .finishedBelow:
            break
        case .all(let parts), .any(let parts):
            parts.forEach { checkConditionTypes($0, node: node) }
        case .not(let inner):
            checkConditionTypes(inner, node: node)
        }
    }

    private func declared(_ name: Condition.VariableName, node: String) -> Value? {
        guard let value = scene.variables[name.name] else {
            report.error("variable '\(name.name)' is not declared in 'variables'", at: name.position, node: node)
            return nil
        }
        return value
    }

    private func checkAssignments(_ assignments: [Assignment], node: String) {
        for assignment in assignments {
            guard let declared = scene.variables[assignment.variable] else {
                report.error("variable '\(assignment.variable)' is not declared in 'variables'", at: assignment.position, node: node)
                continue
            }
            switch assignment.operation {
            case .add:
                if case .integer = declared {} else {
                    report.error("cannot add to '\(assignment.variable)', which is \(declared.typeName)", at: assignment.position, node: node)
                }
            case .assign(let value):
                if !declared.hasSameType(as: value) {
                    report.error("'\(assignment.variable)' is \(declared.typeName) and cannot be set to \(value.typeName)", at: assignment.position, node: node)
                }
            }
        }
    }
}
