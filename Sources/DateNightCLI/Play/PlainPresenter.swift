import DateNightCore
import TerminalKit

/// Words for what the engine reports and asks, without styling or layout: the plain front
/// end prints them as they are, the terminal front end styles and wraps them.
struct PlainPresenter {
    let players: [String]

    func name(_ slot: PlayerSlot?) -> String {
        guard let slot else { return "\(players[0]) & \(players[1])" }
        return players[slot.rawValue]
    }

    func lines(for event: Event) -> [String] {
        switch event {
        case .narration(let text, _):
            return [text, ""]
        case .reveal(let reveal):
            var lines = reveal.text.map { [$0] } ?? []
            for row in reveal.rows {
                lines.append("  \(row.label)")
                lines.append("    \(players[0]): \(row.first)")
                lines.append("    \(players[1]): \(row.second)")
            }
            return lines + [""]
        case .sceneStarted(_, let title):
            return ["— \(title) —", ""]
        case .recorded(let record):
            return record.response.isPass && !record.isChoice ? ["(\(name(record.player)) passed — that's fine.)", ""] : []
        case .exercise:
            return []
        case .finished(let text):
            return (text.map { [$0, ""] } ?? []) + ["— the end —"]
        case .stuck(let node):
            return ["This scene went round in circles at step '\(node)' and was stopped. Please tell whoever wrote it."]
        }
    }

    /// Said the first time a question is meant to be talked about, not typed.
    static let talkingHint = "Talk it through out loud, then press Enter: that counts as talking about it "
        + "(a few typed words are kept as a note). /pass lets a question go."

    /// Who reads and who answers, at every question of a round read out loud; the reader is
    /// the other player.
    func turnLine(for prompt: PromptRequest) -> String? {
        guard prompt.aloud, prompt.questionID != nil, let player = prompt.player else { return nil }
        return "\(players[player.other.rawValue]) reads, \(players[player.rawValue]) answers."
    }

    func lines(for request: Request) -> [String] {
        switch request {
        case .prompt(let prompt):
            var lines: [String] = []
            if prompt.secret, let player = prompt.player {
                lines.append("(Secret: \(players[player.other.rawValue]), look away. The answer stays hidden until later.)")
            }
            lines.append("[\(name(prompt.player))] \(prompt.text)")
            if let seconds = prompt.seconds {
                lines.append("(You have \(TimeFormat.spoken(seconds: seconds)).)")
            }
            return lines
        case .choice(let choice):
            let who = choice.player.map { "[\(players[$0.rawValue])] " } ?? ""
            return ["\(who)\(choice.text)"] + choice.options.enumerated().map { "  \($0.offset + 1). \($0.element)" }
        case .timer(let timer):
            return (timer.text.map { [$0] } ?? []) + ["\(timer.label) — \(TimeFormat.clock(seconds: timer.seconds))"]
        case .breathing(let breathing):
            let pattern = breathing.pattern
            var phases = ["in \(pattern.inhale)"]
            if pattern.holdFull > 0 { phases.append("hold \(pattern.holdFull)") }
            phases.append("out \(pattern.exhale)")
            if pattern.holdEmpty > 0 { phases.append("hold \(pattern.holdEmpty)") }
            return (breathing.text.map { [$0] } ?? [])
                + ["Breathe together: \(phases.joined(separator: ", ")) — \(breathing.cycles) breaths, \(TimeFormat.clock(seconds: breathing.totalSeconds))"]
        }
    }
}
