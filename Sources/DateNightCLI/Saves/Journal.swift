import DateNightCore
import Foundation
import SessionStore
import TerminalKit

/// The keepsake of one session: who said what, in order, with secret answers side by side and
/// passes shown as passes. Text for the terminal, Markdown to print, JSON with every answer.
struct Journal {
    let session: SavedSession
    let answers: [SavedAnswer]
    let exercises: [SavedExercise]

    /// One thing to show: a question with its answers (two when both answered it), or an exercise.
    enum Entry {
        case answers([SavedAnswer])
        case exercise(SavedExercise)
    }

    /// Answers and exercises in the order they happened. Consecutive answers to the same
    /// question by the two players are one entry: side by side when secret, or when both were
    /// asked in the same words.
    var entries: [Entry] {
        var timeline: [(step: Int, entry: Entry)] = []
        for answer in answers {
            if case .answers(let group)? = timeline.last?.entry, let first = group.first, group.count == 1,
               belongTogether(first, answer) {
                timeline[timeline.count - 1].entry = .answers(group + [answer])
            } else {
                timeline.append((answer.step, .answers([answer])))
            }
        }
        timeline += exercises.map { ($0.step, .exercise($0)) }
        return timeline.enumerated().sorted { ($0.element.step, $0.offset) < ($1.element.step, $1.offset) }.map(\.element.entry)
    }

    private func belongTogether(_ first: SavedAnswer, _ second: SavedAnswer) -> Bool {
        first.sceneID == second.sceneID && first.nodeID == second.nodeID && first.questionID == second.questionID
            && !first.isChoice && first.player != nil && second.player != nil && first.player != second.player
            && (first.secret || first.prompt == second.prompt)
    }

    func name(_ slot: PlayerSlot?) -> String {
        guard let slot else { return session.players.joined(separator: " & ") }
        return session.players.indices.contains(slot.rawValue) ? session.players[slot.rawValue] : "?"
    }

    /// How a response reads in the keepsake: passes as passes, a run-out clock said plainly.
    static func words(_ response: Response) -> String {
        switch response {
        case .text(let text): text
        case .passed: "(passed)"
        case .timeUp(let text): text.isEmpty ? "(time ran out)" : "\(text) (time ran out)"
        case .spoken(let note): note.isEmpty ? "(talked it through)" : "\(note) (talked it through)"
        }
    }

    private var statusLine: String {
        var parts = [session.players.joined(separator: " & "), "session \(session.id)", DateText.long(session.startedAt)]
        parts.append(session.isFinished ? "finished" : "not finished yet")
        return parts.joined(separator: " · ")
    }

    private var missingNote: String? {
        if let forgotten = session.forgottenAt { return "The answers of this session were forgotten on \(DateText.long(forgotten))." }
        if !session.recordsAnswers { return "This session was played without recording answers." }
        if answers.isEmpty && exercises.isEmpty { return "Nothing was answered yet." }
        return nil
    }

    private static func exerciseLine(_ exercise: SavedExercise) -> String {
        let how = exercise.completed ? "all the way through" : "stopped early, and that is fine"
        return "\(exercise.label ?? "A timed exercise"): \(TimeFormat.clock(seconds: exercise.plannedSeconds)), \(how)"
    }

    // MARK: - Text

    func text(width: Int = 78) -> String {
        var lines = [session.sceneTitle, statusLine, ""]
        if let missingNote { lines += [missingNote, ""] }
        for entry in entries {
            switch entry {
            case .exercise(let exercise):
                lines += TextWrapper.wrap(Self.exerciseLine(exercise), width: width) + [""]
            case .answers(let group):
                guard let first = group.first else { continue }
                lines += TextWrapper.wrap(first.prompt, width: width)
                if first.secret && group.count == 2 {
                    lines += sideBySide(group, width: width)
                } else {
                    for answer in group {
                        let lead = "  \(name(answer.player))\(answer.isChoice ? " chose" : ""): "
                        lines += TextWrapper.hanging(Self.words(answer.response), lead: lead, width: width)
                    }
                }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Two secret answers in two columns, each headed by its player's name.
    private func sideBySide(_ pair: [SavedAnswer], width: Int) -> [String] {
        let group = Self.inPlayerOrder(pair)
        let column = max(12, (width - 7) / 2)
        let left = [name(group[0].player)] + TextWrapper.wrap(Self.words(group[0].response), width: column)
        let right = [name(group[1].player)] + TextWrapper.wrap(Self.words(group[1].response), width: column)
        var lines = ["(secret answers, side by side)"]
        for row in 0..<max(left.count, right.count) {
            let l = row < left.count ? DisplayWidth.truncate(left[row], to: column) : ""
            let r = row < right.count ? right[row] : ""
            lines.append(("  " + l + String(repeating: " ", count: max(0, column - DisplayWidth.of(l))) + " | " + r).trimmingWhitespace())
        }
        return lines.map { "  " + $0 }
    }

    /// The first-named player on the left, as in the game's reveals, whoever answered first.
    static func inPlayerOrder(_ pair: [SavedAnswer]) -> [SavedAnswer] {
        pair.sorted { ($0.player?.rawValue ?? -1) < ($1.player?.rawValue ?? -1) }
    }

    // MARK: - Markdown

    func markdown() -> String {
        var lines = ["# \(Self.escaped(session.sceneTitle))", "", "*\(Self.escaped(statusLine))*", ""]
        if let missingNote { lines += [missingNote, ""] }
        for entry in entries {
            switch entry {
            case .exercise(let exercise):
                lines += ["*\(Self.escaped(Self.exerciseLine(exercise)))*", ""]
            case .answers(let group):
                guard let first = group.first else { continue }
                lines += ["**\(Self.escaped(first.prompt))**", ""]
                if first.secret && group.count == 2 {
                    let group = Self.inPlayerOrder(group)
                    lines += ["*Secret answers, side by side:*", "",
                              "| \(Self.cell(name(group[0].player))) | \(Self.cell(name(group[1].player))) |", "|---|---|",
                              "| \(Self.cell(Self.words(group[0].response))) | \(Self.cell(Self.words(group[1].response))) |"]
                } else {
                    for answer in group {
                        let who = "\(name(answer.player))\(answer.isChoice ? " chose" : "")"
                        lines.append("- **\(Self.escaped(who)):** \(Self.escaped(Self.words(answer.response)))")
                    }
                }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Answers are the players' own words: Markdown in them is shown, never obeyed. Inline
    /// markup is escaped everywhere; what only means something at the start of a line (a
    /// heading, a list, a quote) only there.
    static func escaped(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var out = ""
            var atStart = true
            var leadingDigits = false
            for character in line {
                if "\\`*_[]<>|~".contains(character) {
                    out += "\\"
                } else if atStart && "#-+=".contains(character) {
                    out += "\\"
                } else if leadingDigits && ".)".contains(character) {
                    out += "\\"
                }
                out.append(character)
                leadingDigits = (atStart || leadingDigits) && character.isASCII && character.isNumber
                if !(character == " " && atStart) { atStart = false }
            }
            return out
        }.joined(separator: "  \n")
    }

    private static func cell(_ text: String) -> String {
        escaped(text).replacingOccurrences(of: "  \n", with: "<br>")
    }

    // MARK: - JSON

    /// The JSON shape is a contract for scripts: add fields, never rename them.
    struct Document: Encodable {
        var session: Int64
        var scene: Scene
        var players: [String]
        var seed: String
        var startedAt: Date
        var updatedAt: Date
        var finished: Bool
        var stepsDone: Int
        var recordsAnswers: Bool
        var forgottenAt: Date?
        var answers: [Answer]
        var exercises: [Exercise]

        struct Scene: Encodable {
            var id: String
            var title: String
            var contentHash: String
        }

        struct Answer: Encodable {
            var step: Int
            var scene: String
            var node: String
            var key: String?
            var question: String?
            var prompt: String
            /// "player1", "player2" or "both".
            var slot: String
            var player: String
            /// "text", "passed", "timeUp" or "spoken" (talked through out loud; `text` is an optional note).
            var response: String
            var text: String?
            var secret: Bool
            var choice: Bool
            var answeredAt: Date
        }

        struct Exercise: Encodable {
            var step: Int
            var scene: String
            var node: String
            var label: String?
            var plannedSeconds: Int
            var completed: Bool
            var elapsedSeconds: Double?
            var endedAt: Date
        }
    }

    var document: Document {
        Document(
            session: session.id,
            scene: .init(id: session.sceneID, title: session.sceneTitle, contentHash: session.sceneHash),
            players: session.players, seed: String(session.seed), startedAt: session.startedAt, updatedAt: session.updatedAt,
            finished: session.isFinished, stepsDone: session.stepsDone, recordsAnswers: session.recordsAnswers,
            forgottenAt: session.forgottenAt,
            answers: answers.map { answer in
                return .init(step: answer.step, scene: answer.sceneID, node: answer.nodeID, key: answer.key,
                             question: answer.questionID, prompt: answer.prompt,
                             slot: answer.player.map { $0 == .first ? "player1" : "player2" } ?? "both",
                             player: name(answer.player), response: answer.response.kind.rawValue, text: answer.response.words, secret: answer.secret,
                             choice: answer.isChoice, answeredAt: answer.answeredAt)
            },
            exercises: exercises.map {
                .init(step: $0.step, scene: $0.sceneID, node: $0.nodeID, label: $0.label, plannedSeconds: $0.plannedSeconds,
                      completed: $0.completed, elapsedSeconds: $0.elapsedSeconds, endedAt: $0.endedAt)
            })
    }
}
