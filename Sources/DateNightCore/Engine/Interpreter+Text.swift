extension Interpreter {
    /// Fills a template's placeholders. The validator makes sure each can be filled; a quoted
    /// answer one player has not given reads as `wording.missing` rather than as a raw placeholder.
    /// An answer's own end punctuation and the scene's are joined into one.
    func render(_ template: Template, in scene: Scene) -> String {
        var text = ""
        var afterAnswer = false
        for segment in template.segments {
            switch segment {
            case .literal(let literal):
                text = afterAnswer ? QuotedPunctuation.join(text, literal) : text + literal
                afterAnswer = false
            case .placeholder(let placeholder):
                text += value(of: placeholder, in: scene)
                afterAnswer = placeholder.quotesAnAnswer
            }
        }
        return text
    }

    private func value(of placeholder: Placeholder, in scene: Scene) -> String {
        switch placeholder {
        case .player(let slot): return name(of: slot)
        case .active: return name(of: state.active)
        case .partner: return name(of: state.active.other)
        case .variable(let name): return variable(name, in: scene)?.displayText ?? ""
        case .answer(let key, let owner):
            return response(of: owner, in: state.answers[scene.id]?[key]).map(wording.response) ?? wording.missing
        case .remembered(let key, let owner):
            return response(of: owner, in: state.memory?.answers(to: key, in: scene.id)).map(wording.response) ?? wording.missing
        case .question:
            guard let frame = state.stack.last(where: { $0.scene == scene.id && $0.round != nil }),
                  let round = frame.round, round.index < round.questions.count,
                  case .deck(let draw)? = scene.nodes[frame.node]?.body,
                  let question = scene.decks[draw.deck.target]?.question(withID: round.questions[round.index])
            else { return "" }
            return render(question.text, in: scene)
        }
    }

    /// Whose response a placeholder quotes; a shared answer stands in for each player's.
    private func response(of owner: Placeholder.AnswerOwner, in answers: EngineState.Answers?) -> Response? {
        switch owner {
        case .player1: answers?.first ?? answers?.both
        case .player2: answers?.second ?? answers?.both
        case .active: answers?[state.active] ?? answers?.both
        case .partner: answers?[state.active.other] ?? answers?.both
        case .both: answers?.both ?? answers?.first ?? answers?.second
        }
    }

    func revealed(_ reveal: Node.Reveal, in scene: Scene) -> Event.Reveal {
        // File order, not dictionary order, so two prompts sharing a key label it the same every run.
        let labels = Dictionary(scene.nodeOrder.compactMap { id -> (String, String)? in
            guard case .prompt(let prompt)? = scene.nodes[id]?.body, let key = prompt.saveAs else { return nil }
            return (key, prompt.label ?? key)
        }, uniquingKeysWith: { first, _ in first })
        let rows = reveal.answers.map { key in
            let answers = state.answers[scene.id]?[key.key]
            let shared = answers?.both
            return Event.Reveal.Row(label: labels[key.key] ?? key.key,
                                    first: answers?.first ?? shared, second: answers?.second ?? shared)
        }
        return .init(text: reveal.text.map { render($0, in: scene) }, rows: rows)
    }
}

private extension Placeholder {
    /// The couple's own words, typed with whatever punctuation they liked.
    var quotesAnAnswer: Bool {
        switch self {
        case .answer, .remembered: true
        case .player, .active, .partner, .variable, .question: false
        }
    }
}
