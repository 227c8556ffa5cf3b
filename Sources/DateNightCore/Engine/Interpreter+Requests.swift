extension Interpreter {
    /// What the engine waits for now; nil once the session is finished.
    public var request: Request? {
        guard let position = state.position, let scene = scenes[position.scene],
              let node = scene.nodes[position.node], let interaction = node.body.interaction else { return nil }
        switch interaction {
        case .prompt(let prompt):
            return .prompt(.init(nodeID: node.id, text: asking(step: position.step, who: prompt.who).render(prompt.text, in: scene),
                                 player: answerer(prompt.who, step: position.step), secret: prompt.secret,
                                 aloud: prompt.aloud, seconds: prompt.seconds, questionID: nil, depth: nil))
        case .deck(let draw):
            guard let round = position.round, round.index < round.questions.count,
                  let question = scene.decks[draw.deck.target]?.question(withID: round.questions[round.index])
            else { return nil }
            return .prompt(.init(nodeID: node.id, text: asking(step: position.step, who: draw.who).render(question.text, in: scene),
                                 player: answerer(draw.who, step: position.step), secret: false,
                                 aloud: draw.aloud, seconds: draw.seconds, questionID: question.id, depth: question.depth))
        case .choice(let choice):
            return .choice(.init(nodeID: node.id, text: render(choice.text, in: scene),
                                 player: answerer(choice.who, step: 0),
                                 options: offeredOptions(choice, in: scene).map { render($0.label, in: scene) }))
        case .timer(let timer):
            let total = seconds(timer.seconds, in: scene)
            let cues = timer.cues.compactMap { cue -> TimerRequest.Cue? in
                let left: Int
                switch cue.at {
                case .halfway: left = total / 2
                case .secondsLeft(let seconds): left = seconds
                }
                guard left > 0, left < total else { return nil }
                return .init(secondsLeft: left, text: render(cue.text, in: scene))
            }.sorted { $0.secondsLeft > $1.secondsLeft }
            return .timer(.init(nodeID: node.id, label: render(timer.label, in: scene), text: timer.text.map { render($0, in: scene) },
                                seconds: total, cues: cues, endText: timer.endText.map { render($0, in: scene) },
                                stoppedText: timer.stoppedText.map { render($0, in: scene) }))
        case .breathing(let breathing):
            return .breathing(breathingRequest(breathing, node: node, in: scene))
        }
    }

    /// While a `who: each` node asks its second player, `{active}` names the one being asked
    /// and `{partner}` the other, so "{active}, what was your week like?" reads right both times.
    func asking(step: Int, who: Who) -> Interpreter {
        guard who == .each, step == 1 else { return self }
        var view = self
        view.state.active = state.active.other
        return view
    }

    func breathingRequest(_ breathing: Node.Breathing, node: Node, in scene: Scene) -> BreathingRequest {
        let perCycle = max(1, breathing.pattern.secondsPerCycle)
        let cycles: Int
        switch breathing.length {
        case .cycles(let count):
            cycles = count
        case .minutes(let duration):
            let minutes = min(max(minutes(duration, in: scene), 1), 60)
            cycles = max(1, (minutes * 60 + perCycle / 2) / perCycle)
        }
        return .init(nodeID: node.id, text: breathing.text.map { render($0, in: scene) }, pattern: breathing.pattern,
                     cycles: cycles, endText: breathing.endText.map { render($0, in: scene) },
                     stoppedText: breathing.stoppedText.map { render($0, in: scene) })
    }

    /// A duration in seconds, read from a variable where the scene says so, kept in range.
    func seconds(_ duration: Node.Duration, in scene: Scene) -> Int {
        switch duration {
        case .fixed(let seconds): return seconds
        case .variable(let name):
            guard case .integer(let value)? = variable(name.name, in: scene) else { return 60 }
            return min(max(value, 1), 3600)
        }
    }

    private func minutes(_ duration: Node.Duration, in scene: Scene) -> Int {
        switch duration {
        case .fixed(let minutes): return minutes
        case .variable(let name):
            guard case .integer(let value)? = variable(name.name, in: scene) else { return 5 }
            return value
        }
    }

    /// The options whose conditions hold; if none does, the default (or first) one, so a
    /// choice can never leave the players stuck.
    func offeredOptions(_ choice: Node.Choice, in scene: Scene) -> [Node.Choice.Option] {
        let offered = choice.options.filter { $0.condition.map { holds($0, in: scene) } ?? true }
        if !offered.isEmpty { return offered }
        return (choice.options.first(where: \.isDefault) ?? choice.options.first).map { [$0] } ?? []
    }
}
