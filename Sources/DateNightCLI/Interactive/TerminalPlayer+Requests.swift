import DateNightCore
import TerminalKit

extension TerminalPlayer {
    func answer(_ request: Request, lead: [String]) -> PlayReply {
        header(request)
        return switch request {
        case .prompt(let prompt): answer(prompt, lead: lead)
        case .choice(let choice): answer(choice)
        case .timer(let timer): run(timer)
        case .breathing(let breathing): run(breathing)
        }
    }

    /// The line the cursor sits on: whose turn it is, in their colour.
    func promptLine(_ player: PlayerSlot?) -> String {
        screen.name(player, players: players) + " › "
    }

    private func answer(_ prompt: PromptRequest, lead: [String]) -> PlayReply {
        let lookAway = prompt.secret ? prompt.player?.other : nil
        if let lookAway, let player = prompt.player {
            screen.say(Wording.lookAway(players[lookAway.rawValue]), .bold)
            screen.note(Wording.typingHidden(players[player.rawValue]))
            screen.blank()
        }
        for line in lead { screen.note(line) }
        screen.say(prompt.text)
        var countdown = prompt.seconds.map { Keyboard.Countdown(seconds: $0, timeScale: timeScale) }
        if let seconds = prompt.seconds, explainedCountdowns.insert(prompt.nodeID).inserted {
            screen.note(Wording.Live.timeLimit(seconds))
        }
        while true {
            let reply = keyboard.ask(promptLine(prompt.player), secret: prompt.secret,
                                     completions: InGameCommand.all, context: screen.wrapped(prompt.text), countdown: &countdown)
            switch reply {
            case .leave:
                return .leave
            case .timeUp(let partial):
                hideFromPartner(prompt, typed: partial)
                screen.note(partial.isEmpty ? Wording.timeUp : Wording.timeUpKept)
                return lookedBack(lookAway, .input(.timeUp(partial: partial)))
            case .line(let text):
                if let command = InGameCommand(text) {
                    switch handle(command) {
                    case .pass: return lookedBack(lookAway, .input(.pass))
                    case .leave: return .leave
                    case .again:
                        screen.say(prompt.text)
                        continue
                    case .stay: continue
                    }
                }
                let answer = text.trimmingWhitespace()
                hideFromPartner(prompt, typed: text)
                // Said out loud: Enter means "we talked about it", and any words are a note to keep.
                if prompt.aloud { return .input(.spoken(note: answer)) }
                return lookedBack(lookAway, .input(answer.isEmpty ? .pass : .answer(answer)))
            }
        }
    }

    /// In a lightning round both answer the same question, first thought first: the answer
    /// just given is taken off the screen before the partner's turn. (Announced, not redrawn,
    /// under --plain: nothing can be taken back there.)
    private func hideFromPartner(_ prompt: PromptRequest, typed: String) {
        guard prompt.seconds != nil, prompt.questionID != nil, !prompt.secret, !screen.plain, !typed.isEmpty else { return }
        // The clock before the name ("00:12 ") is part of the line readline drew.
        let width = DisplayWidth.of(Style.visibleText(promptLine(prompt.player))) + DisplayWidth.of(typed) + 6
        let columns = screen.fullWidth + 1
        let rows = max(1, (width + columns - 1) / columns)
        screen.raw(Overwrite.rowsAbove(rows))
        screen.raw(promptLine(prompt.player) + style.dim(Wording.Live.answered) + "\n")
    }

    /// After a secret answer. Telling the partner when to look back is left to the scene,
    /// which knows whether another secret follows.
    private func lookedBack(_ lookAway: PlayerSlot?, _ reply: PlayReply) -> PlayReply {
        // A pass is acknowledged where the engine records it; thanks are for an answer.
        if lookAway != nil, case .input(let input) = reply, input != .pass { screen.note(Wording.thankYou) }
        return reply
    }

    private func answer(_ choice: ChoiceRequest) -> PlayReply {
        showChoice(choice)
        while true {
            let context = ([choice.text] + choice.options.enumerated().map { "  \($0.offset + 1). \($0.element)" })
                .map { screen.wrapped($0) }.joined(separator: "\n")
            switch keyboard.ask(promptLine(choice.player), completions: InGameCommand.all + choice.options, context: context) {
            case .leave:
                return .leave
            case .timeUp:
                return .input(.pass)
            case .line(let text):
                if let command = InGameCommand(text) {
                    switch handle(command) {
                    case .pass: return .input(.pass)
                    case .leave: return .leave
                    case .again: showChoice(choice)
                    case .stay: break
                    }
                    continue
                }
                if let number = ChoiceMatcher.match(text, options: choice.options) { return .input(.choose(number)) }
                screen.note(Wording.unmatchedChoice(choice.options.count))
            }
        }
    }

    private func showChoice(_ choice: ChoiceRequest) {
        screen.say(choice.text)
        for (index, option) in choice.options.enumerated() {
            screen.hanging(option, lead: "  \(index + 1). ")
        }
    }
}
