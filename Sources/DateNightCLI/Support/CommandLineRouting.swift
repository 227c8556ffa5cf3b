import ArgumentParser
import DateNightCore

/// The command line as a person types it, put in the order the argument parser reads it.
///
/// The parser only knows options after the command they belong to, and with the start menu
/// as the default command it reads any unknown word as a stray argument to the hidden
/// `menu`. People expect more: `datenight --data-dir X sessions`, `datenight --help play`,
/// `datenight plya` answered with "did you mean 'play'?", `--time-scale -1` read as a number
/// that is out of range rather than as a missing value. This is the one place that does it,
/// as a pure function of the arguments so every rule has a test.
enum CommandLineRouting {
    enum Route: Equatable {
        /// Arguments for `parseAsRoot`; `command` is the subcommand named, if any.
        case parse([String], command: String?)
        /// A word where a command belongs that names none; `help` when it followed `help`.
        case unknownCommand(String, suggestion: String?, afterHelp: Bool)
    }

    /// What the router needs to know of the commands, taken from their own definitions.
    struct Vocabulary {
        var commands: [String]
        /// Options every command takes, which may come before the command's name.
        var globalValueOptions: Set<String>
        var globalFlags: Set<String>
        /// Options that take a value, per command, and of the start menu (key "").
        var valueOptions: [String: Set<String>]
        /// Every option the start menu knows, so an unknown one is left for the parser to
        /// name (with its own "did you mean") rather than taking its value for a command.
        var menuOptions: Set<String>

        static let datenight: Vocabulary = {
            let subcommands = DateNight.configuration.subcommands
            var valueOptions: [String: Set<String>] = [:]
            for command in subcommands {
                valueOptions[command._commandName] = OptionNames(help: DateNight.helpMessage(for: command, includeHidden: true)).valued
            }
            valueOptions[""] = valueOptions[MenuCommand._commandName]
            let global = OptionNames(help: GlobalOptions.helpMessage(includeHidden: true))
            let menu = OptionNames(help: DateNight.helpMessage(for: MenuCommand.self, includeHidden: true))
            return Vocabulary(
                commands: subcommands.filter { $0.configuration.shouldDisplay }.map { $0._commandName },
                globalValueOptions: global.valued, globalFlags: global.flags, valueOptions: valueOptions,
                menuOptions: menu.valued.union(menu.flags).union(["--version"]))
        }()
    }

    /// Arguments the parser handles itself (completion scripts, the manual's dump): untouched.
    static let parserInternals = ["--generate-completion-script", "---completion", "--experimental-dump-help"]

    static func isParserInternal(_ arguments: [String]) -> Bool {
        arguments.contains { parserInternals.contains(optionName($0)) }
    }

    /// Routes the process's arguments. The usual line, a command's name first and no value
    /// that looks like a negative number, is already in the parser's order: it goes straight
    /// through, without reading every command's options out of its help text (most of the
    /// cost of starting up).
    static func route(_ arguments: [String]) -> Route {
        if isParserInternal(arguments) { return .parse(arguments, command: nil) }
        if arguments.isEmpty { return .parse([], command: nil) }
        if let word = arguments.first, word != "help", commandNames.contains(word), !arguments.contains(where: looksNegative) {
            return .parse(arguments, command: word)
        }
        return route(arguments, vocabulary: .datenight)
    }

    /// Every command's name, hidden ones included, as the parser knows them.
    private static var commandNames: [String] { DateNight.configuration.subcommands.map { $0._commandName } }

    static func route(_ arguments: [String], vocabulary: Vocabulary) -> Route {
        if isParserInternal(arguments) { return .parse(arguments, command: nil) }
        var leadingGlobals: [String] = []
        var leadingOthers: [String] = []
        var wantsHelp = false
        var index = 0
        let menuValued = vocabulary.valueOptions[""] ?? []
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.hasPrefix("-"), argument != "-", argument != "--" else { break }
            let name = optionName(argument)
            let takesValue = !argument.contains("=") && (vocabulary.globalValueOptions.contains(name) || menuValued.contains(name))
            let taken = Array(arguments[index..<min(arguments.count, index + (takesValue ? 2 : 1))])
            if argument == "-h" || argument == "--help" {
                wantsHelp = true
            } else if vocabulary.globalValueOptions.contains(name) || vocabulary.globalFlags.contains(name) {
                leadingGlobals += taken
            } else if vocabulary.menuOptions.contains(name) {
                leadingOthers += taken
            } else {
                return .parse(arguments, command: nil)
            }
            index += taken.count
        }
        guard index < arguments.count, arguments[index] != "--" else {
            // No command: the start menu (or the overview, for --help).
            let menu = (wantsHelp ? ["--help"] : []) + leadingOthers + leadingGlobals + arguments[index...]
            return .parse(joiningNegativeNumbers(Array(menu), valued: menuValued), command: nil)
        }
        let word = arguments[index]
        let rest = Array(arguments[(index + 1)...])
        if word == "help" {
            if let asked = rest.first(where: { !$0.hasPrefix("-") }), !vocabulary.commands.contains(asked) {
                return .unknownCommand(asked, suggestion: NearMiss.nearest(to: asked, among: vocabulary.commands), afterHelp: true)
            }
            return .parse(arguments, command: nil)
        }
        guard vocabulary.valueOptions[word] != nil else {
            return .unknownCommand(word, suggestion: NearMiss.nearest(to: word, among: vocabulary.commands), afterHelp: false)
        }
        let routed = [word] + leadingOthers + leadingGlobals + rest + (wantsHelp ? ["--help"] : [])
        return .parse(joiningNegativeNumbers(routed, valued: vocabulary.valueOptions[word] ?? []), command: word)
    }

    /// `--time-scale -1` as `--time-scale=-1`: otherwise the parser takes `-1` for an option
    /// and reports the value missing, when the real problem is its range.
    static func joiningNegativeNumbers(_ arguments: [String], valued: Set<String>) -> [String] {
        var out: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { out += arguments[index...]; break }
            if valued.contains(argument), index + 1 < arguments.count, looksNegative(arguments[index + 1]) {
                out.append("\(argument)=\(arguments[index + 1])")
                index += 2
            } else {
                out.append(argument)
                index += 1
            }
        }
        return out
    }

    private static func looksNegative(_ text: String) -> Bool {
        guard text.hasPrefix("-"), let next = text.dropFirst().first else { return false }
        return next.isASCII && (next.isNumber || next == ".")
    }

    private static func optionName(_ argument: String) -> String {
        argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
    }
}

/// The long options a help text lists, split into those that take a value (`--seed <seed>`)
/// and flags: the definitions themselves, so the router cannot fall out of step with them.
private struct OptionNames {
    var valued: Set<String> = []
    var flags: Set<String> = []

    init(help: String) {
        for line in help.split(separator: "\n") {
            let trimmed = line.drop(while: { $0 == " " })
            guard trimmed.hasPrefix("-") else { continue }
            // "-h, --help  Show help" or "--seed <seed>  Seed for ...": names end at two spaces.
            let definition = trimmed.components(separatedBy: "  ").first ?? ""
            for part in definition.components(separatedBy: ", ") {
                let words = part.split(separator: " ")
                guard let name = words.first, name.hasPrefix("--") else { continue }
                if words.count > 1, words[1].hasPrefix("<") { valued.insert(String(name)) } else { flags.insert(String(name)) }
            }
        }
    }
}
