import DateNightCore
import TerminalKit

extension TerminalPlayer {
    func answer(_ request: Request) -> Reply {
        switch request {
        case .prompt(let prompt): answer(prompt)
        case .choice(let choice): answer(choice)
        case .timer(let timer): run(timer)
        case .breathing(let breathing): run(breathing)
        }
    }

    /// The line the cursor sits on: whose turn it is, in their colour.
    func promptLine(_ player: PlayerSlot?) -> String {
        screen.name(player, players: players) + " › "
    }

    private func answer(_ prompt: PromptRequest) -> Reply {
        let lookAway = prompt.secret ? prompt.player?.other : nil
        if let lookAway, let player = prompt.player {
            screen.say("\(players[lookAway.rawValue]), please look away for a moment.", .bold)
            screen.note("\(players[player.rawValue]), what you type won't show on the screen; it stays hidden until later.")
            screen.blank()
        }
        screen.say(prompt.text)
        var countdown = prompt.seconds.map { Keyboard.Countdown(seconds: $0, timeScale: timeScale) }
        if let seconds = prompt.seconds, explainedCountdowns.insert(prompt.nodeID).inserted {
            screen.note("You have \(TimeFormat.spoken(seconds: seconds)); the clock runs while you type.")
        }
        while true {
            let reply = keyboard.ask(promptLine(prompt.player), secret: prompt.secret,
                                     completions: TerminalCommand.all, countdown: &countdown)
            switch reply {
            case .leave:
                return .leave
            case .timeUp(let partial):
                screen.note(partial.isEmpty ? "Time's up." : "Time's up. What you wrote is kept.")
                return lookedBack(lookAway, .input(.timeUp(partial: partial)))
            case .line(let text):
                if let command = TerminalCommand(text) {
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
                // Said out loud: Enter means "we talked about it", and any words are a note to keep.
                if prompt.aloud { return .input(.spoken(note: answer)) }
                return lookedBack(lookAway, .input(answer.isEmpty ? .pass : .answer(answer)))
            }
        }
    }

    /// After a secret answer. Telling the partner when to look back is left to the scene,
    /// which knows whether another secret follows.
    private func lookedBack(_ lookAway: PlayerSlot?, _ reply: Reply) -> Reply {
        // A pass is acknowledged where the engine records it; thanks are for an answer.
        if lookAway != nil, case .input(let input) = reply, input != .pass { screen.note("Thank you.") }
        return reply
    }

    private func answer(_ choice: ChoiceRequest) -> Reply {
        showChoice(choice)
        while true {
            switch keyboard.ask(promptLine(choice.player), completions: TerminalCommand.all + choice.options) {
            case .leave:
                return .leave
            case .timeUp:
                return .input(.pass)
            case .line(let text):
                if let command = TerminalCommand(text) {
                    switch handle(command) {
                    case .pass: return .input(.pass)
                    case .leave: return .leave
                    case .again: showChoice(choice)
                    case .stay: break
                    }
                    continue
                }
                if let number = ChoiceMatcher.match(text, options: choice.options) { return .input(.choose(number)) }
                let range = choice.options.count == 1 ? "1" : "a number from 1 to \(choice.options.count)"
                screen.note("(Type \(range), or the start of an option; /pass lets the game choose.)")
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
