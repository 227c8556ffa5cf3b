import ArgumentParser
import DateNightCore
import Foundation
import TerminalKit

/// `datenight scenes`: what there is to play.
struct ScenesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenes",
        abstract: "List the scenes you can play."
    )

    @Option(help: "text for people, json for scripts.")
    var format: ListingFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let listing: SceneListing
        listing = try SceneCatalog.listing(extraFolders: global.sceneFolders)
        listing.notices.forEach { StandardError.write("datenight: note: \($0)") }
        listing.skipped.forEach { StandardError.write("datenight: skipped a broken scene: \($0)") }
        switch format {
        case .json:
            CommandOutput.document(try SafeJSON.encode(listing.entries))
        case .text:
            for entry in listing.entries {
                let kinds = entry.kinds.joined(separator: ", ")
                let questions = entry.questions.map { ", \($0) questions" } ?? ""
                CommandOutput.say("\(String(entry.number).leftPadded(to: 2)). \(entry.title) (\(entry.id)) — about \(entry.minutes) min — \(kinds)\(questions)")
                CommandOutput.say("    \(entry.summary)")
                if entry.source != "bundled" {
                    CommandOutput.say("    from \(entry.file)")
                }
            }
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
