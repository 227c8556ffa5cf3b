import DateNightCore
import Foundation
import GRDB

/// A timed exercise (a timer or the breathing pacer) as it ended, fully or early. A Codable
/// record: each property is the column of the same name.
public struct SavedExercise: Codable, Sendable, Hashable {
    public var sessionID: Int64
    public var step: Int
    public var sceneID: String
    public var nodeID: String
    /// Nil for sessions played without recording, or forgotten: a label is scene text that
    /// may quote an answer.
    public var label: String?
    public var plannedSeconds: Int
    public var completed: Bool
    /// Real seconds it ran, when the front end measured them.
    public var elapsedSeconds: Double?
    public var endedAt: Date

    /// Time spent together: what was measured, else the full length when it ran to the end.
    public var secondsTogether: Double {
        if let elapsedSeconds { return max(0, elapsedSeconds) }
        return completed ? Double(plannedSeconds) : 0
    }

    init(sessionID: Int64, step: Int, record: ExerciseRecord, label: String?, elapsedSeconds: Double?, at date: Date) {
        self.sessionID = sessionID
        self.step = step
        sceneID = record.sceneID
        nodeID = record.nodeID
        self.label = label
        plannedSeconds = record.plannedSeconds
        completed = record.completed
        self.elapsedSeconds = elapsedSeconds
        endedAt = date
    }
}

extension SavedExercise: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "exercise"
}
