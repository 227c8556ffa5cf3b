import DateNightCore
import Foundation
import GRDB

/// One answer, pass or decision, as the keepsake journal shows it. Stored from the engine's
/// `.recorded` events, in the order they were given.
public struct SavedAnswer: Sendable, Hashable {
    public var sessionID: Int64
    /// The session's step count once this was given; orders the journal and ties it to a resume.
    public var step: Int
    public var sceneID: String
    public var nodeID: String
    public var key: String?
    public var questionID: String?
    public var prompt: String
    /// Nil when the two answered together.
    public var player: PlayerSlot?
    public var response: Response
    public var secret: Bool
    public var isChoice: Bool
    public var answeredAt: Date

    init(sessionID: Int64, step: Int, record: AnswerRecord, at date: Date) {
        self.sessionID = sessionID
        self.step = step
        sceneID = record.sceneID
        nodeID = record.nodeID
        key = record.key
        questionID = record.questionID
        prompt = record.prompt
        player = record.player
        response = record.response
        secret = record.secret
        isChoice = record.isChoice
        answeredAt = date
    }
}

extension SavedAnswer: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "answer"

    public init(row: Row) throws {
        sessionID = try row.decode(forColumn: "sessionID")
        step = try row.decode(forColumn: "step")
        sceneID = try row.decode(forColumn: "sceneID")
        nodeID = try row.decode(forColumn: "nodeID")
        key = try row.decode(forColumn: "answerKey")
        questionID = try row.decode(forColumn: "questionID")
        prompt = Self.wholeText(row["prompt"]) ?? ""
        let slot: Int? = try row.decode(forColumn: "player")
        switch slot {
        case nil: player = nil
        case 1?: player = .first
        case 2?: player = .second
        case let other?: throw SessionStoreError.damaged(file: "session \(sessionID)", reason: "an answer names player \(other)")
        }
        let kind: String = try row.decode(forColumn: "response")
        let text = Self.wholeText(row["text"])
        guard let known = Response.Kind(rawValue: kind) else {
            throw SessionStoreError.damaged(file: "session \(sessionID)", reason: "an answer of unknown kind '\(kind)'")
        }
        response = Response(kind: known, words: text)
        secret = try row.decode(forColumn: "secret")
        isChoice = try row.decode(forColumn: "choice")
        answeredAt = try row.decode(forColumn: "answeredAt")
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["sessionID"] = sessionID
        container["step"] = step
        container["sceneID"] = sceneID
        container["nodeID"] = nodeID
        container["answerKey"] = key
        container["questionID"] = questionID
        container["prompt"] = Self.everyByte(prompt)
        container["player"] = player.map { $0.rawValue + 1 }
        container["response"] = response.kind.rawValue
        container["text"] = response.words.map(Self.everyByte)
        container["secret"] = secret
        container["choice"] = isChoice
        container["answeredAt"] = answeredAt
    }

    /// Text that keeps every byte: GRDB hands a String to SQLite as a C string, which ends at
    /// the first NUL, so "before\0after" typed into a pipe would be saved as "before". Such a
    /// text goes in as a blob of its UTF-8 bytes, which keeps its length; any other stays
    /// text, as it always was.
    static func everyByte(_ text: String) -> any DatabaseValueConvertible {
        text.utf8.contains(0) ? Data(text.utf8) : text
    }

    /// The other way: GRDB's own String decoding reads a C string too, so a blob is decoded here.
    static func wholeText(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .blob(let data): String(decoding: data, as: UTF8.self)
        case .string(let string): string
        default: nil
        }
    }
}
