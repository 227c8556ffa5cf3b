import DateNightCore
import Foundation
import SessionStore
import TerminalKit

/// The keepsake of one session: the questions the couple answered and what each of them said,
/// with secret answers and guesses side by side. Stage directions and menu picks are left out
/// of what is read (text, Markdown, HTML); the JSON keeps every record, each saying what it is.
struct Journal {
    let session: SavedSession
    let answers: [SavedAnswer]
    let exercises: [SavedExercise]

    /// One thing to keep: a question with what was said to it, or an exercise done together.
    enum Entry {
        case question(Question)
        case exercise(SavedExercise)
    }

    /// A question as the couple would want to remember it, and everything said to it.
    struct Question {
        var text: String
        var said: [Said]
        /// Secret answers or a guess with the answer it guessed: shown next to each other.
        var sideBySide: Bool { said.count == 2 && said.contains { $0.role != .answer } }
    }

    /// One person's (or the two together's) response to a question.
    struct Said {
        enum Role: String { case answer, secret, guess }
        var who: String
        var role: Role
        var response: Response
        /// For a guess, whose answer it was a guess at.
        var about: String?

        /// "Maya guessed", "Jonah said", "Maya": the heading a response goes under.
        var heading: String
    }

    /// Questions and exercises in the order they happened. Everything said to one drawn
    /// question (a guess and the real answer, or both players' answers) is one entry, and so
    /// are the two secret answers to one prompt.
    var entries: [Entry] {
        var groups: [(step: Int, answers: [SavedAnswer])] = []
        for answer in answers where !answer.isChoice {
            if let last = groups.last, belongTogether(last.answers, answer) {
                groups[groups.count - 1].answers.append(answer)
            } else {
                groups.append((answer.step, [answer]))
            }
        }
        var timeline: [(step: Int, entry: Entry)] = groups.map { ($0.step, .question(question(for: $0.answers))) }
        timeline += exercises.map { ($0.step, .exercise($0)) }
        return timeline.enumerated().sorted { ($0.element.step, $0.offset) < ($1.element.step, $1.offset) }.map(\.element.entry)
    }

    private func belongTogether(_ group: [SavedAnswer], _ next: SavedAnswer) -> Bool {
        guard let first = group.first, first.sceneID == next.sceneID else { return false }
        if let question = first.questionID, Self.isInDeckBody(first) || Self.isInDeckBody(next) {
            return next.questionID == question
        }
        return group.count == 1 && first.nodeID == next.nodeID && first.questionID == next.questionID
            && first.player != nil && next.player != nil && first.player != next.player
            && (first.secret || first.prompt == next.prompt)
    }

    /// Said inside a deck's body (a guessing game's guess, say): its prompt wraps the question
    /// in directions, and the other answers to the same question belong beside it.
    private static func isInDeckBody(_ answer: SavedAnswer) -> Bool {
        answer.questionID != nil && answer.key != nil
    }

    private func question(for group: [SavedAnswer]) -> Question {
        let text: String
        if group.contains(where: Self.isInDeckBody) {
            let asked = group.map { Self.paragraphs($0.prompt) }
            let shared = asked[0].filter { paragraph in asked.allSatisfy { $0.contains(paragraph) } }
            text = asked.count > 1 && !shared.isEmpty ? shared.joined(separator: " ") : (asked[0].last ?? "")
        } else {
            text = Self.question(in: group[0].prompt)
        }
        let hasGuess = group.contains(where: Self.isGuess)
        let said = group.map { answer -> Said in
            let role: Said.Role = Self.isGuess(answer) ? .guess : answer.secret ? .secret : .answer
            let who = name(answer.player)
            let heading = role == .guess ? "\(who) guessed" : hasGuess ? "\(who) said" : who
            return Said(who: who, role: role, response: answer.response,
                        about: role == .guess ? answer.player.map { name($0.other) } : nil, heading: heading)
        }
        // The guess on the left, as the game reveals it; otherwise the first-named player.
        let rank = { (answer: SavedAnswer) in Self.isGuess(answer) ? -2 : (answer.player?.rawValue ?? -1) }
        let ordered = zip(group, said).sorted { rank($0.0) < rank($1.0) }.map(\.1)
        return Question(text: text, said: group.count == 2 ? ordered : said)
    }

    static func isGuess(_ answer: SavedAnswer) -> Bool {
        guard let key = answer.key else { return false }
        return key == "guess" || key.hasSuffix("_guess") || key.hasPrefix("guess_")
    }

    /// A prompt's paragraphs, as the scene wrote them (an array of strings in the scene file).
    static func paragraphs(_ prompt: String) -> [String] {
        prompt.components(separatedBy: "\n\n").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// What of a prompt is the question: a prompt of several paragraphs keeps those that ask
    /// something and drops directions such as "Type a caption as you go".
    static func question(in prompt: String) -> String {
        let paragraphs = paragraphs(prompt)
        guard paragraphs.count > 1 else { return paragraphs.first ?? prompt }
        let asking = paragraphs.filter { $0.contains("?") }
        return (asking.isEmpty ? [paragraphs[0]] : asking).joined(separator: " ")
    }

    func name(_ slot: PlayerSlot?) -> String { Wording.names(slot, players: session.players) }

    /// How a response reads in the keepsake: passes as passes, a run-out clock said plainly.
    static func words(_ response: Response) -> String { Wording.keepsake(response) }

    var statusLine: String {
        var parts = [session.players.joined(separator: " & "), "session \(session.id)", DateText.long(session.startedAt)]
        parts.append(session.isFinished ? "finished" : "not finished yet")
        return parts.joined(separator: " · ")
    }

    var missingNote: String? {
        if let forgotten = session.forgottenAt { return "The answers of this session were forgotten on \(DateText.long(forgotten))." }
        if !session.recordsAnswers { return "This session was played without recording answers." }
        if answers.isEmpty && exercises.isEmpty { return "Nothing was answered yet." }
        return nil
    }

    static func exerciseLine(_ exercise: SavedExercise) -> String {
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
            case .question(let question):
                lines += TextWrapper.wrap(question.text, width: width)
                if question.sideBySide {
                    lines += sideBySide(question.said, width: width)
                } else {
                    for said in question.said {
                        lines += TextWrapper.hanging(Self.words(said.response), lead: "  \(said.heading): ", width: width)
                    }
                }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Two secret answers, or a guess and the real answer, in two columns under their headings.
    private func sideBySide(_ pair: [Said], width: Int) -> [String] {
        let column = max(12, (width - 7) / 2)
        let left = [pair[0].heading] + TextWrapper.wrap(Self.words(pair[0].response), width: column)
        let right = [pair[1].heading] + TextWrapper.wrap(Self.words(pair[1].response), width: column)
        var lines = [pair.contains { $0.role == .guess } ? "(a guess and the real answer, side by side)" : "(secret answers, side by side)"]
        for row in 0..<max(left.count, right.count) {
            let l = row < left.count ? DisplayWidth.truncate(left[row], to: column) : ""
            let r = row < right.count ? right[row] : ""
            lines.append(("  " + l + String(repeating: " ", count: max(0, column - DisplayWidth.of(l))) + " | " + r).trimmingWhitespace())
        }
        return lines.map { "  " + $0 }
    }
}
