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

    /// The JSON shape is a contract for scripts: add fields, never rename them.
    struct Listing: Encodable {
        var number: Int
        var id: String
        var title: String
        var summary: String
        var minutes: Int
        var kinds: [String]
        var questions: Int?
        var decks: [String: Int]?
        var file: String
        var source: String
    }

    func run() throws {
        let catalog = try global.catalog()
        catalog.diagnostics.forEach { StandardError.write("datenight: skipped a broken scene: \($0.formatted)") }
        let listings = catalog.listed.enumerated().map { index, entry in
            let scene = entry.scene
            return Listing(
                number: index + 1, id: scene.id, title: scene.title, summary: scene.summary, minutes: scene.minutes,
                kinds: scene.kinds.map(\.rawValue), questions: scene.questionCount,
                decks: scene.decks.isEmpty ? nil : scene.decks.mapValues(\.questions.count),
                file: entry.file, source: entry.origin.description)
        }
        switch format {
        case .json:
            CommandOutput.document(try SafeJSON.encode(listings))
        case .text:
            for listing in listings {
                let kinds = listing.kinds.joined(separator: ", ")
                let questions = listing.questions.map { ", \($0) questions" } ?? ""
                CommandOutput.say("\(String(listing.number).leftPadded(to: 2)). \(listing.title) (\(listing.id)) — about \(listing.minutes) min — \(kinds)\(questions)")
                CommandOutput.say("    \(listing.summary)")
                if listing.source != "bundled" {
                    CommandOutput.say("    from \(listing.file)")
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
