import ArgumentParser
import Foundation
import SessionStore
import TerminalKit

/// `datenight sessions`: the saved sessions, newest first.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List saved sessions: scene, players, how far you got, when you last played.",
        discussion: "Step k of n counts answers, passes, choices and exercises; n is the fewest it can take to reach the end from where you are."
    )

    @Option(help: "text for people, json for scripts.")
    var format: ListingFormat = .text

    @OptionGroup var global: GlobalOptions

    /// The JSON shape is a contract for scripts: add fields, never rename them.
    struct Listing: Encodable {
        var id: Int64
        var scene: String
        var title: String
        var players: [String]
        var stepsDone: Int
        var estimatedSteps: Int?
        var startedAt: Date
        var updatedAt: Date
        var finished: Bool
        var resumable: Bool
        var recordsAnswers: Bool
        var forgotten: Bool
    }

    func run() throws {
        let sessions = try global.existingSaves().map { store in
            try reportingStoreErrors { () throws(SessionStoreError) in try store.sessions() }
        } ?? []
        switch format {
        case .json:
            let listings = sessions.map {
                Listing(id: $0.id, scene: $0.sceneID, title: $0.sceneTitle, players: $0.players, stepsDone: $0.stepsDone,
                        estimatedSteps: $0.estimatedSteps, startedAt: $0.startedAt, updatedAt: $0.updatedAt,
                        finished: $0.isFinished, resumable: $0.isResumable, recordsAnswers: $0.recordsAnswers,
                        forgotten: $0.forgottenAt != nil)
            }
            print(try SafeJSON.encode(listings))
        case .text:
            guard !sessions.isEmpty else {
                print("No saved sessions yet. Start one with: datenight play SCENE --players A,B (see 'datenight scenes').")
                return
            }
            // One write for the whole table rather than one per row.
            print(lines(for: sessions).joined(separator: "\n"))
        }
    }

    private func lines(for sessions: [SavedSession]) -> [String] {
        let rows = sessions.map { session -> [String] in
            let total = session.estimatedSteps.map { " of \($0)" } ?? ""
            let step = session.isFinished ? "\(session.stepsDone) steps" : "step \(session.stepsDone + 1)\(total)"
            let state: String
            if session.isFinished {
                state = "finished"
            } else if session.isResumable {
                state = "unfinished: datenight resume \(session.id)\(global.savesArguments)"
            } else {
                state = "unfinished"
            }
            var notes: [String] = []
            if session.forgottenAt != nil { notes.append("answers forgotten") } else if !session.recordsAnswers { notes.append("answers not recorded") }
            return [String(session.id), session.sceneTitle, session.players.joined(separator: " & "), step,
                    DateText.short(session.updatedAt), ([state] + notes).joined(separator: ", ")]
                .map(TextSanitizer.printableLine)
        }
        let header = ["#", "scene", "players", "progress", "last played", ""]
        let limits = [6, 34, 30, 14, 16, Int.max]
        let table = [header] + rows
        // Each cell measured once; only a cell wider than its column is cut and measured again.
        let widths = table.map { $0.map(DisplayWidth.of) }
        let columns = (0..<header.count).map { column in
            min(limits[column], widths.map { $0[column] }.max() ?? 0)
        }
        return zip(table, widths).map { row, rowWidths in
            row.enumerated().map { column, text in
                let fits = rowWidths[column] <= columns[column]
                let cut = fits ? text : DisplayWidth.truncate(text, to: columns[column])
                guard column < row.count - 1 else { return cut }
                let width = fits ? rowWidths[column] : DisplayWidth.of(cut)
                let padding = String(repeating: " ", count: max(0, columns[column] - width))
                return column == 0 ? padding + cut : cut + padding
            }.joined(separator: "  ").trimmingWhitespace()
        }
    }
}

/// Dates the way a person reads them, in local time. The formatters are made once: a
/// listing formats a date per row, and making a DateFormatter costs more than using one.
enum DateText {
    // A command runs on one thread; DateFormatter is documented thread-safe besides.
    private nonisolated(unsafe) static let shortFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter
    }()

    private nonisolated(unsafe) static let longFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.dateFormat = "d MMMM yyyy"
        return formatter
    }()

    static func short(_ date: Date) -> String { shortFormatter.string(from: date) }

    static func long(_ date: Date) -> String { longFormatter.string(from: date) }
}
