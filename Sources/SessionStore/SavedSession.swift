import DateNightCore
import Foundation
import GRDB

/// One session as saved: what a resume, the sessions list and progress need. The engine state
/// is kept as JSON (`EngineState` is Codable and keyed by node ids, never positions).
public struct SavedSession: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var sceneID: String
    public var sceneTitle: String
    /// FNV-1a 64 of the scene file's bytes when the session started (or was last resumed).
    public var sceneHash: String
    /// Where the scene was loaded from, so a scene played from a file can be found again.
    public var sceneFile: String?
    /// The kinds of closeness the scene serves, for "touched in the last 30 days".
    public var sceneKinds: [String]
    public var players: [String]
    public var seed: UInt64
    /// False for `--no-record` sessions: no answers, no engine state, only the counts.
    public var recordsAnswers: Bool
    public var stepsDone: Int
    /// Fewest steps still to an end when last saved; nil when unknown.
    public var stepsLeft: Int?
    public var isFinished: Bool
    /// When the answers of this session were forgotten (`datenight forget`).
    public var forgottenAt: Date?
    public var startedAt: Date
    public var updatedAt: Date
    /// Whether an engine state is kept, i.e. whether play can continue from here.
    public var hasState: Bool

    /// Can be continued with `datenight resume`.
    public var isResumable: Bool { !isFinished && hasState }

    /// `n` in "step k of n".
    public var estimatedSteps: Int? { isFinished ? stepsDone : stepsLeft.map { stepsDone + $0 } }
}

extension SavedSession: FetchableRecord {
    /// Every column but the engine state, which only a resume reads.
    static let selection = """
        SELECT id, sceneID, sceneTitle, sceneHash, sceneFile, sceneKinds, player1, player2, seed, recordsAnswers,
               stepsDone, stepsLeft, finished, forgottenAt, startedAt, updatedAt, engineState IS NOT NULL AS hasState
        FROM session
        """

    /// By position, in the order of `selection`: a listing decodes every row, and looking each
    /// column up by name costs more than the rest of the row.
    public init(row: Row) throws {
        id = try row.decode(atIndex: 0)
        sceneID = try row.decode(atIndex: 1)
        sceneTitle = try row.decode(atIndex: 2)
        sceneHash = try row.decode(atIndex: 3)
        sceneFile = try row.decode(atIndex: 4)
        let kinds: String = try row.decode(atIndex: 5)
        sceneKinds = kinds.split(separator: ",").map(String.init)
        players = [try row.decode(atIndex: 6), try row.decode(atIndex: 7)]
        let seedText: String = try row.decode(atIndex: 8)
        guard let seed = UInt64(seedText) else {
            throw SessionStoreError.damaged(file: "session \(id)", reason: "the seed '\(seedText)' is not a number")
        }
        self.seed = seed
        recordsAnswers = try row.decode(atIndex: 9)
        stepsDone = try row.decode(atIndex: 10)
        stepsLeft = try row.decode(atIndex: 11)
        isFinished = try row.decode(atIndex: 12)
        forgottenAt = try row.decode(atIndex: 13)
        startedAt = try row.decode(atIndex: 14)
        updatedAt = try row.decode(atIndex: 15)
        hasState = try row.decode(atIndex: 16)
    }
}

/// What a new session is saved with.
public struct NewSession: Sendable, Hashable {
    public var sceneID: String
    public var sceneTitle: String
    public var sceneHash: String
    public var sceneFile: String?
    public var sceneKinds: [String]
    public var players: [String]
    public var seed: UInt64
    public var recordsAnswers: Bool

    public init(sceneID: String, sceneTitle: String, sceneHash: String, sceneFile: String?, sceneKinds: [String],
                players: [String], seed: UInt64, recordsAnswers: Bool) {
        self.sceneID = sceneID
        self.sceneTitle = sceneTitle
        self.sceneHash = sceneHash
        self.sceneFile = sceneFile
        self.sceneKinds = sceneKinds
        self.players = players
        self.seed = seed
        self.recordsAnswers = recordsAnswers
    }
}
