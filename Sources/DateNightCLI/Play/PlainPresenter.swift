import DateNightCore
import TerminalKit

/// What the engine reports and asks, as plain lines for a transcript: no styling, no layout
/// beyond indentation. The words come from `Wording`.
struct PlainPresenter {
    let players: [String]

    func name(_ slot: PlayerSlot?) -> String { Wording.names(slot, players: players) }

    func lines(for event: Event) -> [String] {
        switch event {
        case .narration(let text, _):
            return [text, ""]
        case .reveal(let reveal):
            var lines = reveal.text.map { [$0] } ?? []
            if let talked = Wording.talkedReveal(reveal) { return lines + [talked, ""] }
            for row in reveal.rows {
                lines.append("  \(row.label)")
                lines.append("    \(players[0]): \(Wording.answer(row.first))")
                lines.append("    \(players[1]): \(Wording.answer(row.second))")
            }
            return lines + [""]
        case .sceneStarted(_, let title):
            return [Wording.sceneStarted(title), ""]
        case .recorded(let record):
            return Wording.passed(record, players: players).map { [$0, ""] } ?? []
        case .exercise:
            return []
        case .finished(let text):
            return (text.map { [$0, ""] } ?? []) + [Wording.Lines.finished]
        case .stuck(let node):
            return [Wording.stuck(at: node)]
        }
    }

    func lines(for request: Request) -> [String] {
        switch request {
        case .prompt(let prompt):
            var lines: [String] = []
            if prompt.secret, let player = prompt.player {
                lines.append("(" + Wording.lookAway(name(player.other)) + ")")
                lines.append("(" + Wording.typingHidden(name(player)) + ")")
            }
            lines.append("[\(name(prompt.player))] \(prompt.text)")
            if let seconds = prompt.seconds {
                lines.append(Wording.Lines.timeLimit(seconds))
            }
            return lines
        case .choice(let choice):
            let who = choice.player.map { "[\(name($0))] " } ?? ""
            return ["\(who)\(choice.text)"] + choice.options.enumerated().map { "  \($0.offset + 1). \($0.element)" }
        case .timer(let timer):
            return (timer.text.map { [$0] } ?? []) + ["\(timer.label) — \(TimeFormat.clock(seconds: timer.seconds))"]
        case .breathing(let breathing):
            return (breathing.text.map { [$0] } ?? []) + [Wording.breathing(breathing)]
        }
    }
}
