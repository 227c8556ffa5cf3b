extension Interpreter {
    /// Shown where a quoted answer does not exist; `datenight test` looks for it, so a scene
    /// that can reach it is reported before any couple sees it.
    public static let missingAnswerText = "(no answer)"

    /// Fills a template's placeholders. The validator makes sure each can be filled; a quoted
    /// answer one player has not given reads as "(no answer)" rather than as a raw placeholder.
    func render(_ template: Template, in scene: Scene) -> String {
        var text = ""
        for segment in template.segments {
            switch segment {
            case .literal(let literal): text += literal
            case .placeholder(let placeholder): text += value(of: placeholder, in: scene)
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
            return response(of: owner, in: state.answers[scene.id]?[key])?.displayText ?? Self.missingAnswerText
        case .remembered(let key, let owner):
            return response(of: owner, in: state.memory?.answers(to: key, in: scene.id))?.displayText ?? Self.missingAnswerText
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
            let shared = answers?.both?.displayText
            return Event.Reveal.Row(label: labels[key.key] ?? key.key,
                                    first: answers?.first?.displayText ?? shared ?? Self.missingAnswerText,
                                    second: answers?.second?.displayText ?? shared ?? Self.missingAnswerText)
        }
        return .init(text: reveal.text.map { render($0, in: scene) }, rows: rows)
    }
}
