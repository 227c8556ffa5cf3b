import ArgumentParser

/// `--format text|json` for the commands that list things: text for people, JSON for scripts.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
