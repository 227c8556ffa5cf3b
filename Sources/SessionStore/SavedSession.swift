import DateNightCore
import Foundation
import GRDB

/// One session as saved: what a resume, the sessions list and progress need. The engine state
/// is kept as JSON (`EngineState` is Codable and keyed by node ids, never positions) and read
/// only by a resume, so it is not part of this record.
///
/// A record read by position: `Columns` names each property's column once, and both the
/// selection and `init(row:)` follow its order. Where the schema stores a value in another
/// shape (two player columns, the kinds comma-separated, the seed as decimal text) the column
/// is private and an accessor gives the value.
public struct SavedSession: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var sceneID: String
    public var sceneTitle: String
    /// FNV-1a 64 of the scene file's bytes when the session started (or was last resumed).
    public var sceneHash: String
    /// Where the scene was loaded from, so a scene played from a file can be found again.
    public var sceneFile: String?
    private var kindList: String
    private var player1: String
    private var player2: String
    private var decimalSeed: DecimalSeed
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

    enum Columns: String, CaseIterable {
        case id, sceneID, sceneTitle, sceneHash, sceneFile, kindList = "sceneKinds", player1, player2, decimalSeed = "seed"
        case recordsAnswers, stepsDone, stepsLeft, isFinished = "finished", forgottenAt, startedAt, updatedAt, hasState

        /// Where `selection` puts the column.
        var index: Int { SavedSession.columnIndex[self]! }
    }

    /// The kinds of closeness the scene serves, for "touched in the last 30 days".
    public var sceneKinds: [String] { kindList.split(separator: ",").map(String.init) }

    public var players: [String] { [player1, player2] }

    public var seed: UInt64 { decimalSeed.value }

    /// Can be continued with `datenight resume`.
    public var isResumable: Bool { !isFinished && hasState }

    /// `n` in "step k of n".
    public var estimatedSteps: Int? { isFinished ? stepsDone : stepsLeft.map { stepsDone + $0 } }
}

extension SavedSession: FetchableRecord {
    static let columnIndex = Dictionary(uniqueKeysWithValues: Columns.allCases.enumerated().map { ($1, $0) })

    /// Every column of the record, in `Columns` order, and whether an engine state is kept
    /// rather than the state.
    static let selection = "SELECT "
        + Columns.allCases.map { $0 == .hasState ? "engineState IS NOT NULL AS hasState" : $0.rawValue }.joined(separator: ", ")
        + " FROM session"

    /// Reads the columns by position, in the order `selection` names them. Listings read every
    /// session, and GRDB's Codable decoding looks each column up by name and each value's type
    /// up at run time: with 1,000 sessions that was 42 M instructions, a third of
    /// `datenight sessions`.
    /// GRDB advises exactly this for records fetched in bulk
    /// (https://github.com/groue/GRDB.swift/blob/master/Documentation/RecordRecommendedPractices.md).
    /// `SessionStoreTests` reads every column back, and a value of the wrong type as a damaged save.
    public init(row: Row) throws {
        // A value of the wrong type throws (a damaged save), where a subscript would trap.
        // Through `DatabaseValue` on purpose: SQLite's own column readers (GRDB's faster
        // `StatementColumnConvertible`) read a text where a number belongs as 0.
        func value<Value: DatabaseValueConvertible>(_ column: Columns) throws -> Value {
            try row.decode(atIndex: column.index)
        }
        id = try value(.id)
        sceneID = try value(.sceneID)
        sceneTitle = try value(.sceneTitle)
        sceneHash = try value(.sceneHash)
        sceneFile = try value(.sceneFile)
        kindList = try value(.kindList)
        player1 = try value(.player1)
        player2 = try value(.player2)
        decimalSeed = try value(.decimalSeed)
        recordsAnswers = try value(.recordsAnswers)
        stepsDone = try value(.stepsDone)
        stepsLeft = try value(.stepsLeft)
        isFinished = try value(.isFinished)
        forgottenAt = try value(.forgottenAt)
        startedAt = try value(.startedAt)
        updatedAt = try value(.updatedAt)
        hasState = try value(.hasState)
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
