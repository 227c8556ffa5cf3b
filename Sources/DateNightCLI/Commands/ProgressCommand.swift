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
        let saves: ([SavedSession], [SavedExercise], [SavedAnswer], Set<String>) = try global.existingSaves().map { store in
            try reportingStoreErrors { () throws(SessionStoreError) -> ([SavedSession], [SavedExercise], [SavedAnswer], Set<String>) in
                // What was done in each session decides which kinds of closeness it built.
                (try store.sessions(), try store.exercises(), try store.answers(), try store.exploredQuestions())
            }
        } ?? ([], [], [], [])
        let (sessions, exercises, answers, explored) = saves
        let report = ProgressReport(sessions: sessions, exercises: exercises, answers: answers, explored: explored, catalog: catalog)
        switch format {
        case .json: CommandOutput.document(try SafeJSON.encode(report))
        case .text:
            report.lines(glyphs: .detect(), width: ListingWidth.available()).forEach {
                CommandOutput.say($0)
            }
        }
    }
}
