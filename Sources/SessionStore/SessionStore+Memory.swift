import DateNightCore
import Foundation
import GRDB

/// What a couple's earlier sessions left for scenes to recall (see `Memory`).
extension SessionStore {
    /// The couple's sessions, the most recently played first.
    public func sessions(ofCouple couple: Couple) throws(SessionStoreError) -> [SavedSession] {
        try sessions().filter { $0.players.count == 2 && couple.matches($0.players[0], $0.players[1]) }
    }

    /// The couple's most recent answer to each key, by scene id then key, for each player (in
    /// `couple`'s order, whichever order they played in before) and shared. Only answers with
    /// words: a pass, a spoken answer without a note or an empty time-up is skipped, so an
    /// earlier answer with words shows through. Forgotten and `--no-record` sessions kept no
    /// answers, so they have nothing to give.
    public func latestAnswers(forCouple couple: Couple) throws(SessionStoreError) -> [String: [String: EngineState.Answers]] {
        let orders = Dictionary(uniqueKeysWithValues: try sessions(ofCouple: couple).compactMap { session in
            couple.order(of: session.players[0], session.players[1]).map { (session.id, $0) }
        })
        guard !orders.isEmpty else { return [:] }
        let rows: [SavedAnswer]
        do {
            rows = try writer.read { db in
                try SavedAnswer.fetchAll(db, sql: """
                    SELECT answer.* FROM answer JOIN session ON session.id = answer.sessionID
                    WHERE answer.answerKey IS NOT NULL AND session.recordsAnswers AND session.forgottenAt IS NULL
                    ORDER BY answer.answeredAt, answer.id
                    """)
            }
        } catch {
            throw Self.translate(error, file: directory.databasePath)
        }
        var latest: [String: [String: EngineState.Answers]] = [:]
        for row in rows {
            guard let key = row.key, let order = orders[row.sessionID], row.response.hasWords else { continue }
            let slot = order == .same ? row.player : row.player?.other
            var answers = latest[row.sceneID]?[key] ?? EngineState.Answers()
            switch slot {
            case .first?: answers.first = row.response
            case .second?: answers.second = row.response
            case nil: answers.both = row.response
            }
            latest[row.sceneID, default: [:]][key] = answers
        }
        return latest
    }

    /// How many sessions of each scene (by id) the couple has finished, whether or not their
    /// answers were kept.
    public func finishedCounts(forCouple couple: Couple) throws(SessionStoreError) -> [String: Int] {
        try sessions(ofCouple: couple).filter(\.isFinished).reduce(into: [:]) { counts, session in
            counts[session.sceneID, default: 0] += 1
        }
    }

    /// Everything a new session of this couple may recall, in `couple`'s player order.
    public func memory(forCouple couple: Couple) throws(SessionStoreError) -> Memory {
        Memory(answers: try latestAnswers(forCouple: couple), finished: try finishedCounts(forCouple: couple))
    }
}
