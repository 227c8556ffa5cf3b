import DateNightCore
import TerminalKit

/// A scene played from lines held in memory by the very line player `datenight play` uses
/// from a pipe, recording nothing and writing to no terminal: what the fuzzer drives, so every
/// line a person could type meets the real play loop, its slash commands and choice matching.
public enum Rehearsal {
    /// What a rehearsal printed, and how it ended.
    public struct Transcript: Sendable {
        public var text: String
        public var finished: Bool
        public var linesRead: Int
    }

    /// Plays `scene` from `lines`, one answer each, until it ends or they run out. `limit`
    /// bounds the requests answered: timers answer themselves from lines, so a scene whose
    /// timer leads back to itself would otherwise go round for ever.
    public static func play(_ scene: Scene, library: [Scene] = [], players: (String, String), seed: UInt64,
                            lines: [String], limit: Int = 1_000) -> Transcript {
        var text = ""
        var next = 0
        let session = GameSession(interpreter: Interpreter(scene: scene, library: library, players: players, seed: seed),
                                  recorder: RecordingNothing(), sceneTitle: scene.title)
        let player = LinePlayer(
            session: session,
            readLine: { _, showPrompt in
                guard next < lines.count else { return nil }
                showPrompt()
                defer { next += 1 }
                return lines[next]
            },
            write: { text += $0 },
            wait: { _ in },
            timeScale: 0)
        guard let first = try? session.start() else { return Transcript(text: text, finished: false, linesRead: 0) }
        let bounded = Bounded(player, answers: limit)
        let outcome = PlayLoop(session: session, player: bounded, told: Told()).play(first: first, notes: [], stopNote: nil)
        return Transcript(text: text, finished: outcome == .finished, linesRead: next)
    }
}

/// A rehearsal keeps nothing.
private final class RecordingNothing: SessionRecorder {
    func began(state: EngineState, progress: SessionProgress, step: Step) throws {}
    func recorded(input: Input, step: Step, state: EngineState, progress: SessionProgress, elapsedSeconds: Double?) throws {}
}

/// A step player that stops answering after so many requests.
private final class Bounded: StepPlayer {
    private let player: any StepPlayer
    private var answersLeft: Int

    init(_ player: any StepPlayer, answers: Int) {
        self.player = player
        answersLeft = answers
    }

    func open(title: String, notes: [String]) { player.open(title: title, notes: notes) }
    func show(_ events: [Event]) -> Bool { player.show(events) }
    func say(_ lines: [PlayLine]) { player.say(lines) }

    func answer(_ request: Request, lead: [String]) -> PlayReply {
        guard answersLeft > 0 else { return .endOfInput }
        answersLeft -= 1
        return player.answer(request, lead: lead)
    }
}
