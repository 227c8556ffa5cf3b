import DateNightCore
import Foundation
import SessionStore

/// The few lines play prints about saving: which session this is and how to carry on.
enum SessionMessages {
    /// Shown before the first step.
    static func opening(recorder: StoreRecorder, progress: SessionProgress, resuming: Bool, global: GlobalOptions) -> String? {
        guard let id = recorder.sessionID else { return nil }
        if !recorder.recordsAnswers {
            return "Session \(id), not recording answers: nothing you type is kept, and it cannot be resumed later."
        }
        if resuming {
            let total = progress.estimatedTotal.map { " of \($0)" } ?? ""
            return "Session \(id), carrying on at step \(progress.stepsDone + 1)\(total)."
        }
        // The command on a line of its own, so it never wraps mid-way and copies cleanly.
        return "Session \(id): every answer is saved as you go. To carry on another time:\n  datenight resume \(id)\(global.savesArguments)"
    }

    /// Shown when play stops before the end.
    static func resumeHint(recorder: StoreRecorder, global: GlobalOptions) -> String? {
        guard let id = recorder.sessionID, recorder.recordsAnswers else { return nil }
        return "(Saved. Resume with: datenight resume \(id)\(global.savesArguments))"
    }
}

extension NewSession {
    init(entry: SceneCatalog.Entry, players: [String], seed: UInt64, recordsAnswers: Bool) {
        self.init(sceneID: entry.scene.id, sceneTitle: entry.scene.title, sceneHash: entry.contentHash,
                  sceneFile: entry.origin == .bundled ? nil : DataDirectory.absolute(entry.file),
                  sceneKinds: entry.scene.kinds.map(\.rawValue), players: players, seed: seed,
                  recordsAnswers: recordsAnswers)
    }
}
