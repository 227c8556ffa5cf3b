import ArgumentParser

/// How a session is played: who, with what seed, at what speed.
struct PlayOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The two players' names, separated by a comma, e.g. Alex,Sam. The first one starts.", valueName: "name,name"),
            transform: Players.parse)
    var players: Players?

    @Option(help: "Seed for drawing questions; the same seed draws the same questions.")
    var seed: UInt64?

    @Option(name: .customLong("time-scale"), help: ArgumentHelp("Speed of timers: 1 real time, 0.5 twice as fast, 0 every timer completes at once (for rehearsal and tests).", valueName: "x"))
    var timeScale: Double = 1

    func validate() throws {
        guard timeScale.isFinite, timeScale >= 0, timeScale <= 100 else {
            throw ValidationError("--time-scale must be a number from 0 to 100, e.g. 1 for real time or 0 for instant timers")
        }
    }
}

/// Two names from `--players A,B`.
struct Players {
    static let maximumNameLength = 40

    var first: String
    var second: String

    private init?(argument: String) {
        let names = argument.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        guard names.count == 2, let first = Players.checked(names[0]), let second = Players.checked(names[1]) else { return nil }
        self.first = first
        self.second = second
    }

    init?(first: String, second: String) {
        guard let first = Players.checked(first), let second = Players.checked(second) else { return nil }
        self.first = first
        self.second = second
    }

    /// A name is shown on every prompt: it must be visible, short and free of control characters.
    static func checked(_ name: String) -> String? {
        let trimmed = name.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= maximumNameLength,
              !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format })
        else { return nil }
        return trimmed
    }

    /// For `--players`: says exactly what is wrong instead of a bare "invalid value".
    static func parse(_ argument: String) throws -> Players {
        let names = argument.split(separator: ",", omittingEmptySubsequences: false)
        guard names.count == 2 else {
            throw ValidationError("--players takes two names separated by a comma, e.g. --players Alex,Sam")
        }
        guard let players = Players(argument: argument) else {
            throw ValidationError("each name needs at least one visible character, at most \(maximumNameLength), and no control characters")
        }
        return players
    }
}
