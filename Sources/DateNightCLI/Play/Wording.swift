import DateNightCore
import TerminalKit

/// Every word the play loop says to players, in one place, for both ways of playing (plain
/// lines and the live terminal): the core reports what happened, this words it. Where the two
/// ways differ it is because the screen differs (a transcript marker, a live clock), and the
/// words for each sit side by side here. Styling and wrapping belong to the front end.
enum Wording {
    // MARK: - Answers

    /// How a response reads when quoted in scene text or revealed.
    static func response(_ response: Response) -> String {
        switch response {
        case .text(let text): text
        case .passed: passedMark
        case .spoken(let note): note.isEmpty ? talkedMark : note
        case .timeUp(let text): text.isEmpty ? timeRanOutMark : text
        }
    }

    /// How a response reads in the keepsake, where what happened is said beside the words.
    static func keepsake(_ response: Response) -> String {
        switch response {
        case .text(let text): text
        case .passed: passedMark
        case .timeUp(let text): text.isEmpty ? timeRanOutMark : "\(text) \(timeRanOutMark)"
        case .spoken(let note): note.isEmpty ? talkedMark : "\(note) \(talkedMark)"
        }
    }

    static let passedMark = "(passed)"
    static let talkedMark = "(talked it through)"
    static let timeRanOutMark = "(time ran out)"

    /// Where a quoted answer was never given.
    static let noAnswer = "(no answer)"

    /// A revealed answer, or its absence.
    static func answer(_ response: Response?) -> String { response.map(Self.response) ?? noAnswer }

    /// Said instead of a reveal whose answers were all talked through with no note: rows of
    /// "(talked it through)" would show nothing but the mark.
    static func talkedReveal(_ reveal: Event.Reveal) -> String? {
        let responses = reveal.rows.flatMap { [$0.first, $0.second] }
        guard responses.contains(.spoken("")), responses.allSatisfy({ $0 == nil || $0 == .spoken("") }) else { return nil }
        return "You said these out loud, so nothing was written down to show here. What you heard is the answer."
    }

    /// What the interpreter fills `{answer.key.who}` placeholders with.
    static let answers = AnswerWording(response: { Wording.response($0) }, missing: noAnswer)

    /// What an exercise is called when the scene gives it no label of its own. Saves keep these
    /// words (sessions saved before the core stopped wording it hold the same ones).
    static func exerciseLabel(_ label: ExerciseRecord.Label) -> String {
        switch label {
        case .text(let text): text
        case .breathing: "Breathing together"
        }
    }

    /// Both names, for something the two did together.
    static func names(_ slot: PlayerSlot?, players: [String]) -> String {
        guard let slot else { return players.joined(separator: " & ") }
        return players.indices.contains(slot.rawValue) ? players[slot.rawValue] : "?"
    }

    // MARK: - Said by the play loop

    static func sceneStarted(_ title: String) -> String { "— \(title) —" }

    /// A question let go is acknowledged, kindly; a choice passed is simply made by the game.
    static func passed(_ record: AnswerRecord, players: [String]) -> String? {
        guard record.response.isPass, !record.isChoice else { return nil }
        return "(\(names(record.player, players: players)) passed, and that's fine.)"
    }

    static func stuck(at node: String) -> String {
        "This scene went round in circles at step '\(node)' and was stopped here. "
            + "Nothing you did caused it; please tell whoever wrote the scene."
    }

    static func refused(_ error: InputError) -> String {
        switch error {
        case .sessionFinished: "(This session has finished.)"
        case .expectedAnswer: "(This step asks for an answer, or /pass.)"
        case .expectedChoice(let count): "(This step asks for a choice: \(choiceRange(count)).)"
        case .expectedTimer: "(This step is a timed exercise: let it run, or stop it early.)"
        case .optionOutOfRange(let number, let count): "(There is no option \(number); pick \(choiceRange(count)).)"
        }
    }

    static func recordingFailed(_ error: any Error) -> [String] {
        ["That answer could not be saved: \(error)",
         "Everything before it is safe. Stopping here; once the problem is fixed you can carry on."]
    }

    static let endOfInput = "(End of input: stopping here.)"
    static let stopping = "Stopping here for tonight, and that's completely fine."
    static let thanks = "Thank you both."

    // MARK: - Asking

    /// Said the first time a question is meant to be talked about, not typed.
    static let talkingHint = "Talk it through out loud, then press Enter: that counts as talking about it "
        + "(a few typed words are kept as a note). /pass lets a question go."

    /// Who reads and who answers, at every question of a round read out loud; the reader is
    /// the other player.
    static func turnLine(for prompt: PromptRequest, players: [String]) -> String? {
        guard prompt.aloud, prompt.questionID != nil, let player = prompt.player else { return nil }
        return "\(names(player.other, players: players)) reads, \(names(player, players: players)) answers."
    }

    static func lookAway(_ who: String) -> String { "\(who), please look away for a moment." }
    static func typingHidden(_ who: String) -> String {
        "\(who), what you type won't show on the screen; it stays hidden until later."
    }
    /// After a secret answer; telling the partner when to look back is left to the scene.
    static let thankYou = "Thank you."

    static func choiceRange(_ count: Int) -> String { count == 1 ? "1" : "a number from 1 to \(count)" }

    static func unmatchedChoice(_ count: Int) -> String {
        "(Pick \(choiceRange(count)), or the start of an option; /pass lets the game choose.)"
    }

    static func unknownCommand(_ name: String) -> String { "(There's no /\(name) here; /help lists what you can type.)" }

    static func progress(title: String, percent: Int, place: RoundPlace?) -> String {
        let where_ = place.map { ", question \($0.question) of \($0.of) of this round" } ?? ""
        return "\(title): about \(percent)% done\(where_)."
    }

    static let timeUp = "Time's up."
    static let timeUpKept = "Time's up. What you wrote is kept."
    static let stoppedEarly = "Stopped early, and that's fine."
    static let timerClosing = "Time."
    static let breathingClosing = "Well done. Let your breath find its own pace again."
    /// The pacer's label while the couple breathes.
    static let breathingPacer = "Breathe together"

    static func breathing(_ breathing: BreathingRequest) -> String {
        let pattern = breathing.pattern
        var phases = ["in \(pattern.inhale)"]
        if pattern.holdFull > 0 { phases.append("hold \(pattern.holdFull)") }
        phases.append("out \(pattern.exhale)")
        if pattern.holdEmpty > 0 { phases.append("hold \(pattern.holdEmpty)") }
        return "\(breathingPacer): \(phases.joined(separator: ", ")) — \(breathing.cycles) breaths, "
            + TimeFormat.clock(seconds: breathing.totalSeconds)
    }

    // MARK: - Plain lines only: a transcript, nothing redrawn, no clock running

    enum Lines {
        /// The marker scripts look for.
        static let finished = "— the end —"
        static let hidden = "(hidden)"
        static let nothingToPause = "(Nothing runs while you read lines from a file, so there is nothing to pause.)"
        static func timeLimit(_ seconds: Int) -> String { "(You have \(TimeFormat.spoken(seconds: seconds)).)" }
    }

    // MARK: - The live terminal only

    enum Live {
        static let helpHint = "Type /help at any prompt for what you can do."
        static let finished = "That's the end of this one. Take good care of each other."
        static func timeLimit(_ seconds: Int) -> String {
            "You have \(TimeFormat.spoken(seconds: seconds)); the clock runs while you type."
        }
        static let answered = "(answered)"
        static let paused = "Paused."
        static let pausedHint = "Take all the time you need. Press Enter when you're ready to go on."
        static let pausedPrompt = "paused"
        static let goOn = "Press Enter to go on"
        static let ready = "Press Enter when you're ready"
    }
}
