import ArgumentParser

/// How a session is played: who, with what seed, at what speed.
struct PlayOptions: ParsableArguments {
    @Option(name: .customLong("players"), help: ArgumentHelp("The two players' names, separated by a comma, e.g. Alex,Sam. The first one starts.", valueName: "name,name"))
    var playerList: String?

    @Option(name: .customLong("player"), help: ArgumentHelp("One player's name; give it twice, first player first (for names with a comma).", valueName: "name"))
    var playerNames: [String] = []

    @Option(help: "Seed for drawing questions; the same seed draws the same questions.")
    var seed: UInt64?

    @Option(name: .customLong("time-scale"), help: ArgumentHelp("Speed of timers: 1 real time, 0.5 twice as fast, 0 every timer completes at once (for rehearsal and tests).", valueName: "x"))
    var timeScale: Double = 1

    /// The two players named by `--players` or `--player` twice; nil when neither was given.
    var players: Players? {
        try? Players.fromCommandLine(players: playerList, player: playerNames)
    }

    func validate() throws {
        try TypedNumber.checkTimeScale(timeScale)
        _ = try Players.fromCommandLine(players: playerList, player: playerNames)
    }
}

/// The two players' names, checked by the same rules wherever they are typed.
struct Players: Equatable {
    static let maximumNameLength = 40

    var first: String
    var second: String

    /// Two names that pass `checked` and differ (not only in case); nil otherwise.
    init?(first: String, second: String) {
        guard case .success(let players) = Players.make(first: first, second: second) else { return nil }
        self = players
    }

    private init(checkedFirst: String, checkedSecond: String) {
        first = checkedFirst
        second = checkedSecond
    }

    /// Why a name or a pair of names cannot be used, in words for the person who typed it.
    enum Problem: Error, Equatable {
        case empty
        case tooLong
        case invisible
        case controlCharacters
        case same

        var message: String {
            switch self {
            case .empty: "a name needs at least one visible character"
            case .tooLong: "a name can be at most \(Players.maximumNameLength) characters long"
            case .invisible: "a name needs at least one visible character (a letter, a digit, a symbol or an emoji)"
            case .controlCharacters: "a name cannot contain control characters or text-direction overrides"
            case .same: "the two names need to differ (more than in capitals); add an initial to tell you apart"
            }
        }

        /// The message as a sentence of its own, for the menu's notes.
        var sentence: String { message.prefix(1).uppercased() + message.dropFirst() + "." }
    }

    static func make(first: String, second: String) -> Result<Players, Problem> {
        let one: String, two: String
        switch (checked(first), checked(second)) {
        case (.failure(let problem), _), (_, .failure(let problem)): return .failure(problem)
        case (.success(let a), .success(let b)): (one, two) = (a, b)
        }
        guard !sameName(one, two) else { return .failure(.same) }
        return .success(Players(checkedFirst: one, checkedSecond: two))
    }

    /// Whether two checked names would be confused on screen: equal ignoring case.
    static func sameName(_ a: String, _ b: String) -> Bool {
        a.lowercased() == b.lowercased()
    }

    /// A name is shown on every prompt: 1 to 40 characters as a reader counts them (grapheme
    /// clusters, so 👩‍❤️‍👨 is one), with something visible, and nothing that could steer the
    /// terminal or reorder the text around it. Joiners and variation selectors are part of
    /// how many scripts and emoji are written (ශ්‍රී, می‌خواهم, 🏳️‍🌈), so they are welcome.
    static func checked(_ name: String) -> Result<String, Problem> {
        let trimmed = name.trimmingWhitespace()
        guard !trimmed.isEmpty else { return .failure(.empty) }
        if trimmed.unicodeScalars.contains(where: isRefused) { return .failure(.controlCharacters) }
        guard trimmed.count <= maximumNameLength else { return .failure(.tooLong) }
        guard trimmed.unicodeScalars.contains(where: isVisible) else { return .failure(.invisible) }
        return .success(trimmed)
    }

    /// C0 and C1 controls, line and paragraph separators, and the bidi embeddings, overrides
    /// and isolates (U+202A-U+202E, U+2066-U+2069), which reorder whatever follows them.
    private static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }
    }

    /// Letters, digits, punctuation and symbols (emoji among them) show; spaces, joiners and
    /// marks on their own do not.
    private static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// `--players A,B` or `--player A --player B`, never both; nil when neither was given.
    static func fromCommandLine(players: String?, player: [String]) throws -> Players? {
        let names: [String]
        switch (players, player.isEmpty) {
        case (nil, true):
            return nil
        case (.some, false):
            throw ValidationError("give the names with --players A,B or with --player twice, not both")
        case (.some(let list), true):
            names = list.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard names.count == 2 else {
                throw ValidationError("--players takes two names separated by a comma, e.g. --players Alex,Sam (for a name with a comma, give --player twice)")
            }
        case (nil, false):
            names = player
            guard names.count == 2 else {
                throw ValidationError("--player names one player: give it twice, e.g. --player Alex --player Sam")
            }
        }
        switch make(first: names[0], second: names[1]) {
        case .success(let players): return players
        case .failure(let problem): throw ValidationError(problem.message)
        }
    }

    /// The names as command-line words that give them back exactly: `--players A,B`, or
    /// `--player` twice when a name has a comma.
    var arguments: [String] {
        first.contains(",") || second.contains(",") ? ["--player", first, "--player", second] : ["--players", "\(first),\(second)"]
    }
}
