import ArgumentParser

/// `--format text|json` for the commands that list things: text for people, JSON for scripts.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json

    // Spelled out for the concrete type: the parser's generic defaults look up conformances at
    // run time, a measurable part of starting up.
    static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    static var allValueDescriptions: [String: String] { [:] }
    var defaultValueDescription: String { rawValue }
}
