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

    @Flag(help: "List every session, not only the \(Self.shownByDefault) most recent (text).")
    var all = false

    /// A year of weekly play fits; beyond, the newest come first and a line says how to see all.
    static let shownByDefault = 30

    func run() throws {
        guard let store = try global.existingSaves() else {
            return format == .json ? CommandOutput.document(try SafeJSON.encode([Listing]())) : sayNothingSaved()
        }
        switch format {
        case .json:
            // Scripts get every session, recorded or not.
            let sessions = try reportingStoreErrors { () throws(SessionStoreError) in try store.sessions() }
            let listings = sessions.map {
                Listing(id: $0.id, scene: $0.sceneID, title: $0.sceneTitle, players: $0.players, stepsDone: $0.stepsDone,
                        estimatedSteps: $0.estimatedSteps, startedAt: $0.startedAt, updatedAt: $0.updatedAt,
                        finished: $0.isFinished, resumable: $0.isResumable, recordsAnswers: $0.recordsAnswers,
                        forgotten: $0.forgottenAt != nil)
            }
            CommandOutput.document(try SafeJSON.encode(listings))
        case .text:
            // A person's list shows what was kept (see `keptSessions`), newest first.
            let (shown, total) = try reportingStoreErrors { () throws(SessionStoreError) in
                try store.keptSessions(limit: all ? nil : Self.shownByDefault)
            }
            guard !shown.isEmpty else { return sayNothingSaved() }
            var text = lines(for: shown)
            if total > shown.count {
                text.append("... and \(total - shown.count) earlier. Every one: datenight sessions --all\(global.savesArguments)")
            }
            // One write for the whole table rather than one per row.
            CommandOutput.say(text.joined(separator: "\n"))
        }
    }

    private func sayNothingSaved() {
        CommandOutput.say("No saved sessions yet. Start one with: datenight play SCENE --players A,B (see 'datenight scenes').")
    }

    private func lines(for sessions: [SavedSession]) -> [String] {
        // Made once: it resolves paths on disk, which per row was most of a long listing's cost.
        let savesArguments = global.savesArguments
        let rows = sessions.map { session -> [String] in
            let total = session.estimatedSteps.map { " of \($0)" } ?? ""
            let step = session.isFinished ? "\(session.stepsDone) steps" : "step \(session.stepsDone + 1)\(total)"
            let state: String
            if session.isFinished {
                state = "finished"
            } else if session.isResumable {
                state = "unfinished: datenight resume \(session.id)\(savesArguments)"
            } else {
                state = "unfinished"
            }
            var notes: [String] = []
            if session.forgottenAt != nil { notes.append("answers forgotten") }
            return [String(session.id), session.sceneTitle, session.players.joined(separator: " & "), step,
                    DateText.short(session.updatedAt), ([state] + notes).joined(separator: ", ")]
                .map(TextSanitizer.printableLine)
        }
        let header = ["#", "scene", "players", "progress", "last played", ""]
        let table = TextTable(columns: [
            .init(rightAligned: true, flexible: false), .init(limit: 34, minimum: 10), .init(limit: 30, minimum: 9),
            .init(limit: 16, flexible: false), .init(flexible: false), .init(minimum: 10),
        ])
        return table.lines([header] + rows, width: ListingWidth.available())
    }
}

/// Dates the way a person reads them, in local time. The formatters are made once: a
/// listing formats a date per row, and making a DateFormatter costs more than using one.
enum DateText {
    // DateFormatter is Sendable (documented thread-safe), so a shared one needs no guard.
    private static let shortFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter
    }()

    private static let longFormatter: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.dateFormat = "d MMMM yyyy"
        return formatter
    }()

    static func short(_ date: Date) -> String { shortFormatter.string(from: date) }

    static func long(_ date: Date) -> String { longFormatter.string(from: date) }
}
