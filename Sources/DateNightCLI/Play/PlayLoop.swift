import DateNightCore

/// How a session ended for the front end that played it.
enum PlayOutcome: Equatable {
    case finished
    /// The players stopped for tonight (/quit, Ctrl-D, a confirmed stop); the session is saved.
    case stopped
    /// Plain lines ran out: nothing more can be asked.
    case endOfInput
    case recordingFailed
}

/// The one loop every session is played through, whatever the front end: show a step's
/// events, ask its request, send the reply through `GameSession` (which records it), word a
/// refused input or a failed save, and say how play ended.
struct PlayLoop {
    let session: GameSession
    let player: any StepPlayer
    /// What was already explained this evening, across scenes.
    let told: Told

    func play(first: Step, notes: [String], stopNote: String?) -> PlayOutcome {
        player.open(title: session.sceneTitle, notes: notes)
        var step = first
        while true {
            guard player.show(step.events) else { return stop(.stopped, note: stopNote) }
            guard let request = step.request else { return .finished }
            let input: Input
            var elapsed: Double?
            switch player.answer(request, lead: lead(for: request)) {
            case .input(let given): input = given
            case .exercise(let given, let seconds): (input, elapsed) = (given, seconds)
            case .leave: return stop(.stopped, note: stopNote)
            case .endOfInput: return stop(.endOfInput, note: stopNote)
            }
            do {
                step = try session.send(input, elapsedSeconds: elapsed)
            } catch let error as InputError {
                player.say([.note(Wording.refused(error))])
                step = Step(events: [], request: request)
            } catch {
                let words = Wording.recordingFailed(error)
                player.say([.gap, .warning(words[0])] + words.dropFirst().map { .plain($0) })
                return .recordingFailed
            }
        }
    }

    /// Whose turn it is at a question read out loud, and, the first time this evening, how
    /// such a question is answered.
    private func lead(for request: Request) -> [String] {
        guard case .prompt(let prompt) = request else { return [] }
        var lines: [String] = []
        if let turn = Wording.turnLine(for: prompt, players: session.players) { lines.append(turn) }
        if prompt.aloud, !told.talking {
            told.talking = true
            lines.append(Wording.talkingHint)
        }
        return lines
    }

    private func stop(_ outcome: PlayOutcome, note: String?) -> PlayOutcome {
        var lines: [PlayLine] = [.gap, outcome == .endOfInput ? .note(Wording.endOfInput) : .plain(Wording.stopping)]
        if let note { lines.append(.note(note)) }
        lines += [.strong(Wording.thanks), .gap]
        player.say(lines)
        return outcome
    }
}
