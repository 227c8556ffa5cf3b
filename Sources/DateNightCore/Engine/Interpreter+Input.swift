extension Interpreter {
    /// Applies an input to the waiting node, or throws without changing anything.
    mutating func accept(_ input: Input, at node: Node, in scene: Scene, position: EngineState.Position,
                         events: inout [Event]) throws(InputError) {
        guard let interaction = node.body.interaction else { throw .sessionFinished }
        switch interaction {
        case .prompt(let prompt):
            let response = try Self.response(to: input)
            let slot = answerer(prompt.who, step: position.step)
            record(response, key: prompt.saveAs, questionID: nil,
                   prompt: asking(step: position.step, who: prompt.who).render(prompt.text, in: scene),
                   player: slot, secret: prompt.secret, isChoice: false, node: node, scene: scene, events: &events)
            if prompt.who == .each && position.step == 0 {
                state.position?.step = 1
            } else {
                leave(node, to: prompt.next)
            }

        case .deck(let draw):
            guard let round = position.round, round.index < round.questions.count else { throw .sessionFinished }
            let response = try Self.response(to: input)
            let questionID = round.questions[round.index]
            let question = scene.decks[draw.deck.target]?.question(withID: questionID)
            let asked = asking(step: position.step, who: draw.who)
            record(response, key: nil, questionID: questionID, prompt: question.map { asked.render($0.text, in: scene) } ?? questionID,
                   player: answerer(draw.who, step: position.step), secret: false, isChoice: false,
                   node: node, scene: scene, events: &events)
            if draw.who == .each && position.step == 0 {
                state.position?.step = 1
            } else {
                nextQuestion(of: node, round: round)
            }

        case .choice(let choice):
            let offered = offeredOptions(choice, in: scene)
            let option: Node.Choice.Option
            let response: Response
            switch input {
            case .choose(let number):
                // Compared before subtracting: any Int, Int.min included, is a fair input.
                guard number >= 1, number <= offered.count else {
                    throw .optionOutOfRange(number, optionCount: offered.count)
                }
                option = offered[number - 1]
                response = .text(render(option.label, in: scene))
            case .pass:
                guard let fallback = offered.first(where: \.isDefault) ?? offered.first else { throw .sessionFinished }
                option = fallback
                response = .passed
            default:
                throw .expectedChoice(optionCount: offered.count)
            }
            record(response, key: choice.saveAs, questionID: nil, prompt: render(choice.text, in: scene),
                   player: answerer(choice.who, step: 0), secret: false, isChoice: true,
                   node: node, scene: scene, events: &events)
            apply(option.assignments, in: scene)
            leave(node, to: option.next)

        case .timer(let timer):
            let completed = try Self.completion(of: input)
            events.append(.exercise(.init(sceneID: scene.id, nodeID: node.id, label: .text(render(timer.label, in: scene)),
                                          plannedSeconds: seconds(timer.seconds, in: scene), completed: completed)))
            leave(node, to: timer.next)

        case .breathing(let breathing):
            let completed = try Self.completion(of: input)
            let request = breathingRequest(breathing, node: node, in: scene)
            events.append(.exercise(.init(sceneID: scene.id, nodeID: node.id, label: .breathing,
                                          plannedSeconds: request.totalSeconds, completed: completed)))
            leave(node, to: breathing.next)
        }
    }

    private static func response(to input: Input) throws(InputError) -> Response {
        switch input {
        case .answer(let text): .text(text)
        case .pass: .passed
        case .spoken(let note): .spoken(note)
        case .timeUp(let partial): .timeUp(partial)
        case .choose, .timerFinished: throw .expectedAnswer
        }
    }

    private static func completion(of input: Input) throws(InputError) -> Bool {
        switch input {
        case .timerFinished: true
        case .pass: false
        default: throw .expectedTimer
        }
    }

    /// Who answers at a node, given whose turn it is; nil for the two together.
    func answerer(_ who: Who, step: Int) -> PlayerSlot? {
        switch who {
        case .active: state.active
        case .partner: state.active.other
        case .each: step == 0 ? state.active : state.active.other
        case .both: nil
        }
    }

    /// Inside a deck's body, the question the body is about: what is said there belongs to it
    /// (in the keepsake, and for which questions a couple has explored).
    private func bodyQuestion(in scene: Scene) -> String? {
        guard let round = state.stack.last(where: { $0.scene == scene.id && $0.round != nil })?.round,
              round.index < round.questions.count else { return nil }
        return round.questions[round.index]
    }

    private mutating func record(_ response: Response, key: String?, questionID: String?, prompt: String,
                                 player: PlayerSlot?, secret: Bool, isChoice: Bool, node: Node, scene: Scene,
                                 events: inout [Event]) {
        if let key {
            state.answers[scene.id, default: [:]][key, default: .init()][player] = response
            state.answers[scene.id, default: [:]][key, default: .init()].latest = response
        }
        events.append(.recorded(.init(sceneID: scene.id, nodeID: node.id, key: key, questionID: questionID ?? bodyQuestion(in: scene),
                                      prompt: prompt, player: player, response: response, secret: secret,
                                      isChoice: isChoice)))
    }
}
