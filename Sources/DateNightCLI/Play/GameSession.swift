import DateNightCore

/// One session being played: the interpreter plus whatever records it. Every front end (plain
/// lines, the interactive terminal) plays through this, so recording works the same in both.
final class GameSession {
    private(set) var interpreter: Interpreter
    let recorder: SessionRecorder
    let sceneTitle: String

    init(interpreter: Interpreter, recorder: SessionRecorder, sceneTitle: String) {
        self.interpreter = interpreter
        self.interpreter.wording = Wording.answers
        self.recorder = recorder
        self.sceneTitle = sceneTitle
    }

    var players: [String] { interpreter.state.players }

    /// The first step of a new session, recorded before it is shown.
    func start() throws -> Step {
        let step = interpreter.start()
        try recorder.began(state: interpreter.state, progress: interpreter.progress, step: step)
        return step
    }

    /// The step to show when continuing a restored session.
    func resume() throws -> Step {
        let step = interpreter.resume()
        try recorder.began(state: interpreter.state, progress: interpreter.progress, step: step)
        return step
    }

    /// Applies an input and records it. When recording fails (a full disk, say) the engine is
    /// put back as it was, so the same answer can be given again once the problem is fixed.
    /// `elapsedSeconds`: how long a timed exercise really ran, when the front end measured it.
    func send(_ input: Input, elapsedSeconds: Double? = nil) throws -> Step {
        let before = interpreter
        let step = try interpreter.send(input)
        do {
            try recorder.recorded(input: input, step: step, state: interpreter.state, progress: interpreter.progress,
                                  elapsedSeconds: elapsedSeconds)
        } catch {
            interpreter = before
            throw error
        }
        return step
    }
}
