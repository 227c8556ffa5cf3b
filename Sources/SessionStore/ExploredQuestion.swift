import Foundation
import GRDB

/// A deck question a couple has explored: asked, and answered by at least one of them, at its
/// prompt or in its deck's body (a question both passed comes round again; a choice made
/// about it is not an answer to it). Decks draw unexplored questions first. Only ids
/// are kept, never text, so it counts towards progress even in `--no-record` sessions. A
/// Codable record: each property is the column of the same name.
public struct ExploredQuestion: Codable, Sendable, Hashable {
    public var sessionID: Int64
    public var sceneID: String
    public var questionID: String
    public var exploredAt: Date

    /// The engine's key for it: "scene/question".
    public var key: String { "\(sceneID)/\(questionID)" }
}

extension ExploredQuestion: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "exploredQuestion"
}
