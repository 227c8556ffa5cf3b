import ArgumentParser

/// A command line that names its command first, read as that command alone.
///
/// `parseAsRoot` on `datenight` first tries two completion-script commands on the line, then
/// reads the root and, because the start menu is the default command, every option of the
/// menu, each by reflection: most of the cost of starting up. A line the router has already
/// put in the parser's order, naming a command without subcommands and nothing the parser
/// handles itself, needs none of that: this parses the command's own options once. It only
/// ever succeeds or gives up; help, `--version` and every error go through the whole tree
/// again (`DateNight.launch()`), so what they print and their exit codes are the tree's.
struct DirectParse<Command: ParsableCommand>: ParsableCommand {
    static var configuration: CommandConfiguration {
        var configuration = Command.configuration
        // A command with a super command is one the parser does not offer completion scripts
        // for, so it skips its completion-script check (the router sends those lines to the
        // whole tree, which does offer them).
        configuration._superCommandName = DateNight._commandName
        configuration.version = ""
        return configuration
    }

    @OptionGroup var command: Command

    /// The command the arguments (without its name) describe; nil when anything is not plain
    /// success: an error, a failed validation, or a request for help.
    static func parse(_ arguments: [String]) -> ParsableCommand? {
        guard Command.configuration.subcommands.isEmpty, Command.configuration.defaultSubcommand == nil,
              let parsed = try? parseAsRoot(arguments) as? Self else { return nil }
        return parsed.command
    }
}

extension ParsableCommand {
    /// This command read from its arguments (its name not included) as `DirectParse` does.
    static func parsedDirectly(_ arguments: [String]) -> ParsableCommand? {
        DirectParse<Self>.parse(arguments)
    }
}
