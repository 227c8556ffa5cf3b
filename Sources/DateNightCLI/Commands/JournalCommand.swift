import ArgumentParser
import Foundation
import SessionStore
import TerminalKit

/// `datenight journal [SESSION] [--all [--players A,B]]`: the keepsake of a session, or of every
/// session a couple played.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Show what you shared in a session: a keepsake to read, print or keep.",
        discussion: """
            SESSION is a number from 'datenight sessions'; without it, the most recently played \
            session with recorded answers. The keepsake shows each question and what each of you \
            said: secret answers and guesses side by side, passes as passes, no menu picks or \
            directions. --format markdown is CommonMark fit to print; --format html is one \
            self-contained page to open in a browser or print; --format json holds every record.

            --all gathers every session of one couple, newest first: the couple of --players \
            (the same two names, in either order, whatever the case), or else the couple of the \
            most recently played session.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, html, json
    }

    @Argument(help: ArgumentHelp("The session to show.", valueName: "session"), completion: GameCompletions.sessions)
    var session: Int64?

    @Option(help: "text to read here, markdown to print, html for a page to keep, json for every detail.")
    var format: Format = .text

    @Flag(help: "Every session of the couple in one keepsake, newest first.")
    var all = false

    @Option(name: .customLong("players"), help: ArgumentHelp("With --all: whose sessions, e.g. Maya,Jonah (either order, any case).", valueName: "name,name"))
    var playerList: String?

    /// The couple named with --players, by the same rules as everywhere else.
    private var players: Players? { try? Players.fromCommandLine(players: playerList, player: []) }

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if all && session != nil { throw ValidationError("give a session number or --all, not both") }
        _ = try Players.fromCommandLine(players: playerList, player: [])
        if playerList != nil && !all { throw ValidationError("--players goes with --all: 'datenight journal --all --players A,B'") }
    }

    func run() throws {
        guard let store = try global.existingSaves() else {
            throw UserFacingError.notFound("there are no saved sessions yet, so there is no journal to show")
        }
        if all { return try showAll(from: store) }
        let chosen = try reportingStoreErrors { () throws(SessionStoreError) -> SavedSession? in
            if let session { return try store.session(session) }
            return try store.sessions().first(where: \.recordsAnswers)
        }
        guard let chosen else {
            throw UserFacingError.notFound("no session has recorded answers; 'datenight sessions' lists them all")
        }
        let journal = try reportingStoreErrors { () throws(SessionStoreError) -> Journal in try Self.journal(of: chosen, in: store) }
        switch format {
        case .json: CommandOutput.document(try SafeJSON.encode(journal.document))
        case .markdown: CommandOutput.document(journal.markdown())
        case .html: CommandOutput.document(journal.html, terminator: "")
        case .text: CommandOutput.say(journal.text(width: Self.width))
        }
    }

    private func showAll(from store: SessionStore) throws {
        let sessions = try reportingStoreErrors { () throws(SessionStoreError) -> [SavedSession] in try store.sessions() }
        let couple: [String]
        if let players {
            couple = [players.first, players.second]
        } else if let latest = sessions.first(where: \.recordsAnswers) ?? sessions.first {
            couple = latest.players
        } else {
            throw UserFacingError.notFound("there are no saved sessions yet, so there is no journal to show")
        }
        // One rule for who a couple is, the one memory uses: same two names, either order, any case.
        let pair = couple.count == 2 ? Couple(couple[0], couple[1]) : nil
        let theirs = sessions.filter { $0.players.count == 2 && pair?.matches($0.players[0], $0.players[1]) == true }
            .sorted { ($0.startedAt, $0.id) > ($1.startedAt, $1.id) }
        guard !theirs.isEmpty else {
            throw UserFacingError.notFound("no session was played by \(couple.joined(separator: " & ")); 'datenight sessions' lists them all")
        }
        // Every answer and exercise in two queries, not two for each session.
        let (answers, exercises) = try reportingStoreErrors { () throws(SessionStoreError) in
            (Dictionary(grouping: try store.answers(), by: \.sessionID), Dictionary(grouping: try store.exercises(), by: \.sessionID))
        }
        let journals = theirs.map { Journal(session: $0, answers: answers[$0.id, default: []], exercises: exercises[$0.id, default: []]) }
        let names = theirs[0].players
        switch format {
        case .json: CommandOutput.document(try SafeJSON.encode(Journal.Collection(players: names, sessions: journals.map(\.document))))
        case .markdown: CommandOutput.document(Journal.markdown(of: journals, players: names))
        case .html: CommandOutput.document(Journal.html(of: journals, players: names), terminator: "")
        case .text: CommandOutput.say(journals.map { $0.text(width: Self.width) }.joined(separator: "\n"))
        }
    }

    private static var width: Int { min(100, max(40, Terminal.columns)) }

    private static func journal(of session: SavedSession, in store: SessionStore) throws(SessionStoreError) -> Journal {
        Journal(session: session, answers: try store.answers(of: session.id), exercises: try store.exercises(of: session.id))
    }
}
