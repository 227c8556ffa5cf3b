import ArgumentParser
import Foundation
import SessionStore
import TerminalKit

/// `datenight progress`: what you have done together, across sessions.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Your progress together: scenes played, questions explored, time in exercises, kinds of closeness."
    )

    @Option(help: "text for people, json for scripts.")
    var format: ListingFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let catalog = try global.catalog()
        let (sessions, exercises, explored) = try global.existingSaves().map { store in
            try reportingStoreErrors { () throws(SessionStoreError) in
                (try store.sessions(), try store.exercises(), try store.exploredQuestions())
            }
        } ?? ([], [], [])
        let report = ProgressReport(sessions: sessions, exercises: exercises, explored: explored, catalog: catalog)
        switch format {
        case .json: print(try SafeJSON.encode(report))
        case .text:
            report.lines(glyphs: .detect(), width: ListingWidth.available()).forEach {
                print(Typography.forTerminal(TextSanitizer.printable($0)))
            }
        }
    }
}
