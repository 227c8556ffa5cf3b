import DateNightCore
import Foundation
import SessionStore

/// The journal for scripts: every record of the session, menu picks and directions included,
/// each with `entry` saying what it is.
extension Journal {
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
            /// "answer", "secret" (typed while the partner looked away), "guess" (a guess at the
            /// partner's answer to `question`) or "choice" (a menu pick).
            var entry: String
            var scene: String
            var node: String
            var key: String?
            var question: String?
            /// Exactly what was shown, directions and all.
            var prompt: String
            /// "player1", "player2" or "both".
            var slot: String
            var player: String
            /// "text", "passed", "timeUp" or "spoken" (talked through out loud; `text` is an optional note):
            /// the names the save itself uses.
            var response: Response.Kind
            var text: String?
            var secret: Bool
            var choice: Bool
            var answeredAt: Date
        }

        struct Exercise: Encodable {
            var step: Int
            var entry = "exercise"
            var scene: String
            var node: String
            var label: String?
            var plannedSeconds: Int
            var completed: Bool
            var elapsedSeconds: Double?
            var endedAt: Date
        }
    }

    /// `journal --all --format json`: the couple's sessions, newest first.
    struct Collection: Encodable {
        var players: [String]
        var sessions: [Document]
    }

    var document: Document {
        Document(
            session: session.id,
            scene: .init(id: session.sceneID, title: session.sceneTitle, contentHash: session.sceneHash),
            players: session.players, seed: String(session.seed), startedAt: session.startedAt, updatedAt: session.updatedAt,
            finished: session.isFinished, stepsDone: session.stepsDone, recordsAnswers: session.recordsAnswers,
            forgottenAt: session.forgottenAt,
            answers: answers.map { answer in
                .init(step: answer.step, entry: Self.entryKind(answer), scene: answer.sceneID, node: answer.nodeID, key: answer.key,
                      question: answer.questionID, prompt: answer.prompt,
                      slot: answer.player.map { $0 == .first ? "player1" : "player2" } ?? "both",
                      player: name(answer.player), response: answer.response.kind, text: answer.response.words,
                      secret: answer.secret, choice: answer.isChoice, answeredAt: answer.answeredAt)
            },
            exercises: exercises.map {
                .init(step: $0.step, scene: $0.sceneID, node: $0.nodeID, label: $0.label, plannedSeconds: $0.plannedSeconds,
                      completed: $0.completed, elapsedSeconds: $0.elapsedSeconds, endedAt: $0.endedAt)
            })
    }

    private static func entryKind(_ answer: SavedAnswer) -> String {
        if answer.isChoice { return "choice" }
        if isGuess(answer) { return Said.Role.guess.rawValue }
        return (answer.secret ? Said.Role.secret : Said.Role.answer).rawValue
    }
}
