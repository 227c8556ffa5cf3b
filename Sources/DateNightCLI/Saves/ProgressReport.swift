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
    /// Sessions in the last 30 days that served each kind of closeness.
    var closenessLast30Days: [String: Int]

    static let recentDays = 30

    init(sessions: [SavedSession], exercises: [SavedExercise], explored: Set<String>, catalog: SceneCatalog, now: Date = Date()) {
        self.sessions = sessions.count
        let available = Set(catalog.entries.map(\.scene.id))
        let played = Set(sessions.map(\.sceneID)).intersection(available)
        let finished = Set(sessions.filter(\.isFinished).map(\.sceneID)).intersection(available)
        scenesPlayed = Count(done: played.count, of: available.count)
        scenesFinished = Count(done: finished.count, of: available.count)
        decks = catalog.entries.flatMap { entry in
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
        closenessLast30Days = Dictionary(uniqueKeysWithValues: Closeness.allCases.map { kind in
            (kind.rawValue, recent.filter { $0.sceneKinds.contains(kind.rawValue) }.count)
        })
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
