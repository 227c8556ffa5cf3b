import ArgumentParser
import Foundation
import SessionStore
import TerminalKit

/// `datenight journal [SESSION]`: the keepsake of a session.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Show what you shared in a session: a keepsake to read, print or keep.",
        discussion: """
            SESSION is a number from 'datenight sessions'; without it, the most recently played \
            session with recorded answers. Secret answers are shown side by side and passes as \
            passes. --format markdown is fit to print; --format json holds every answer.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @Argument(help: ArgumentHelp("The session to show.", valueName: "session"), completion: GameCompletions.sessions)
    var session: Int64?

    @Option(help: "text to read here, markdown to print, json for every detail.")
    var format: Format = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard let store = try global.existingSaves() else {
            throw UserFacingError.notFound("there are no saved sessions yet, so there is no journal to show").reported()
        }
        let chosen = try reportingStoreErrors { () throws(SessionStoreError) -> SavedSession? in
            if let session { return try store.session(session) }
            return try store.sessions().first(where: \.recordsAnswers)
        }
        guard let chosen else {
            throw UserFacingError.notFound("no session has recorded answers; 'datenight sessions' lists them all").reported()
        }
        let journal = try reportingStoreErrors { () throws(SessionStoreError) -> Journal in
            Journal(session: chosen, answers: try store.answers(of: chosen.id), exercises: try store.exercises(of: chosen.id))
        }
        switch format {
        case .json: print(try SafeJSON.encode(journal.document))
        case .markdown: print(TextSanitizer.printable(journal.markdown()))
        case .text: print(Typography.forTerminal(TextSanitizer.printable(journal.text(width: min(100, max(40, Terminal.columns))))))
        }
    }
}
