import DateNightCore
import Foundation
import SessionStore
import TerminalKit

/// The shared progress tracker: what a couple has done together, counted, never judged. No
/// streaks and no "you missed a day": only what is there.
struct ProgressReport: Encodable {
    struct Count: Encodable {
        var done: Int
        var of: Int
    }

    struct DeckCount: Encodable {
        var scene: String
        var sceneTitle: String
        var deck: String
        var title: String
        var explored: Int
        var questions: Int
    }

    var sessions: Int
    var scenesPlayed: Count
    var scenesFinished: Count
    var decks: [DeckCount]
    var minutesTogether: Int
    var sessionsLast30Days: Int
    /// Sessions in the last 30 days that built each kind of closeness, by what was done in them.
    var closenessLast30Days: [String: Int]

    static let recentDays = 30

    init(sessions: [SavedSession], exercises: [SavedExercise], answers: [SavedAnswer] = [], explored: Set<String>,
         catalog: SceneCatalog, now: Date = Date()) {
        self.sessions = sessions.count
        // Hidden scenes (samples) count once played, so a played one never reads "1 of 0".
        let everyScene = Set(catalog.entries.map(\.scene.id))
        let available = Set(catalog.listed.map(\.scene.id)).union(Set(sessions.map(\.sceneID)).intersection(everyScene))
        let played = Set(sessions.map(\.sceneID)).intersection(available)
        let finished = Set(sessions.filter(\.isFinished).map(\.sceneID)).intersection(available)
        scenesPlayed = Count(done: played.count, of: available.count)
        scenesFinished = Count(done: finished.count, of: available.count)
        decks = catalog.entries.filter { available.contains($0.scene.id) }.flatMap { entry in
            entry.scene.decks.values.sorted { $0.id < $1.id }.map { deck in
                DeckCount(scene: entry.scene.id, sceneTitle: entry.scene.title, deck: deck.id, title: deck.title ?? deck.id,
                          explored: deck.questions.filter { explored.contains("\(entry.scene.id)/\($0.id)") }.count,
                          questions: deck.questions.count)
            }
        }
        minutesTogether = Int((exercises.reduce(0) { $0 + $1.secondsTogether } / 60).rounded())
        let since = now.addingTimeInterval(-Double(Self.recentDays) * 24 * 60 * 60)
        let recent = sessions.filter { $0.updatedAt >= since }
        sessionsLast30Days = recent.count
        let built = Self.kindsBuilt(by: recent, exercises: exercises, answers: answers, catalog: catalog)
        closenessLast30Days = Dictionary(uniqueKeysWithValues: Closeness.allCases.map { kind in
            (kind.rawValue, recent.filter { built[$0.id, default: []].contains(kind.rawValue) }.count)
        })
    }

    /// The kinds of closeness each session built: those of the answers given (not passes,
    /// not choices) and the exercises that ran, each credited by its scene (see
    /// `Scene.kinds(doneAt:question:)`). A session that kept no answers (played without
    /// recording, or forgotten) cannot say what was done, so it counts its scene's kinds.
    static func kindsBuilt(by sessions: [SavedSession], exercises: [SavedExercise], answers: [SavedAnswer],
                           catalog: SceneCatalog) -> [Int64: Set<String>] {
        let scenes = Dictionary(catalog.entries.map { ($0.scene.id, $0.scene) }, uniquingKeysWith: { first, _ in first })
        let answersBySession = Dictionary(grouping: answers, by: \.sessionID)
        let exercisesBySession = Dictionary(grouping: exercises, by: \.sessionID)
        var built: [Int64: Set<String>] = [:]
        for session in sessions {
            var kinds: Set<String> = []
            if !session.recordsAnswers || session.forgottenAt != nil {
                kinds.formUnion(session.sceneKinds)
            }
            func credit(scene sceneID: String, node: String, question: String?) {
                guard let scene = scenes[sceneID] else { return kinds.formUnion(session.sceneKinds) }
                kinds.formUnion(scene.kinds(doneAt: node, question: question).map(\.rawValue))
            }
            for answer in answersBySession[session.id, default: []] where !answer.isChoice && !answer.response.isPass {
                credit(scene: answer.sceneID, node: answer.nodeID, question: answer.questionID)
            }
            for exercise in exercisesBySession[session.id, default: []] where exercise.secondsTogether > 0 {
                credit(scene: exercise.sceneID, node: exercise.nodeID, question: nil)
            }
            built[session.id] = kinds
        }
        return built
    }

    /// The report for people, its tables within `width` columns.
    func lines(glyphs: ProgressBar.Glyphs, width: Int = Int.max) -> [String] {
        guard sessions > 0 else {
            return ["Nothing played yet. Your progress together shows here after your first scene: "
                    + "'datenight play SCENE --players A,B' (see 'datenight scenes')."]
        }
        var lines = ["Your progress together", ""]
        lines += table([
            ("Scenes played", scenesPlayed.done, scenesPlayed.of, "\(scenesPlayed.done) of \(scenesPlayed.of)"),
            ("Scenes finished", scenesFinished.done, scenesFinished.of, "\(scenesFinished.done) of \(scenesFinished.of)"),
        ], glyphs: glyphs, width: width)
        if !decks.isEmpty {
            lines += ["", "Questions explored, by deck (unexplored ones come first)"]
            lines += table(decks.map { ("\($0.title) (\($0.sceneTitle))", $0.explored, $0.questions, "\($0.explored) of \($0.questions)") },
                           glyphs: glyphs, width: width)
        }
        lines += ["", "Time together in timed exercises: \(minutesTogether) minute\(minutesTogether == 1 ? "" : "s")"]
        lines += ["", "Kinds of closeness in the last \(Self.recentDays) days "
                  + "(\(sessionsLast30Days) session\(sessionsLast30Days == 1 ? "" : "s"))"]
        lines += table(Closeness.allCases.map { kind in
            let count = closenessLast30Days[kind.rawValue] ?? 0
            return (kind.rawValue, count, max(1, sessionsLast30Days), "\(count)")
        }, glyphs: glyphs, width: width)
        return lines
    }

    /// Label, bar and count in aligned columns; a narrow window shortens the bars first
    /// (never below 5 cells), then the labels.
    private func table(_ rows: [(label: String, done: Int, of: Int, words: String)], glyphs: ProgressBar.Glyphs,
                       width: Int) -> [String] {
        let words = rows.map { DisplayWidth.of($0.words) }.max() ?? 0
        let natural = min(44, rows.map { DisplayWidth.of($0.label) }.max() ?? 0)
        // "  label  [bar]  words": 2 + label + 2 + (cells + 2) + 2 + words.
        let spare = width == Int.max ? Int.max : width - 10 - words
        let cells = max(5, min(20, spare - natural))
        let labelWidth = min(natural, max(8, spare - cells))
        return rows.map { row in
            let label = DisplayWidth.truncate(row.label, to: labelWidth)
            let padding = String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(label)))
            let fraction = row.of > 0 ? Double(row.done) / Double(row.of) : 0
            return "  \(label)\(padding)  \(ProgressBar.render(fraction: fraction, cells: cells, glyphs: glyphs))  \(row.words)"
        }
    }
}
