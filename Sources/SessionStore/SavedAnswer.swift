import DateNightCore
import Foundation
import GRDB

/// One answer, pass or decision, as saved and as the keepsake journal shows it. Stored from
/// the engine's `.recorded` events, in the order they were given.
///
/// A Codable record: GRDB derives its row from `CodingKeys`, each property a column under the
/// name the schema gave it. The response is two columns, its kind and its words, read back
/// through the core's `Response.Kind`.
public struct SavedAnswer: Codable, Sendable, Hashable {
    public var sessionID: Int64
    /// The session's step count once this was given; orders the journal and ties it to a resume.
    public var step: Int
    public var sceneID: String
    public var nodeID: String
    public var key: String?
    public var questionID: String?
    private var shownPrompt: WholeText
    /// Nil when the two answered together.
    public var player: PlayerSlot?
    private var kind: Response.Kind
    private var words: WholeText?
    public var secret: Bool
    public var isChoice: Bool
    public var answeredAt: Date

    enum CodingKeys: String, CodingKey {
        case sessionID, step, sceneID, nodeID, key = "answerKey", questionID, shownPrompt = "prompt", player
        case kind = "response", words = "text", secret, isChoice = "choice", answeredAt
    }

    /// The prompt exactly as it was shown, directions and all.
    public var prompt: String { shownPrompt.string }

    public var response: Response { Response(kind: kind, words: words?.string) }

    init(sessionID: Int64, step: Int, record: AnswerRecord, at date: Date) {
        self.sessionID = sessionID
        self.step = step
        sceneID = record.sceneID
        nodeID = record.nodeID
        key = record.key
        questionID = record.questionID
        shownPrompt = WholeText(record.prompt)
        player = record.player
        kind = record.response.kind
        words = record.response.words.map(WholeText.init)
        secret = record.secret
        isChoice = record.isChoice
        answeredAt = date
    }
}

extension SavedAnswer: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "answer"
}
