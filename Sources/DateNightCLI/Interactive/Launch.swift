import ArgumentParser
import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// Commands that may read keys at a live terminal (readline prompts, timers). While one of
/// them runs at a terminal, Ctrl-C is read as a key ("clear the line"), not left to kill.
protocol InteractiveCommand {}

extension PlayCommand: InteractiveCommand {}
extension ResumeCommand: InteractiveCommand {}
extension MenuCommand: InteractiveCommand {}

extension DateNight {
    /// The program's entry point: `datenight` with the process's arguments.
    ///
    /// Signal masks are inherited by every thread, so SIGINT, SIGWINCH and SIGCONT are
    /// blocked (and the terminal state saved, with the handlers that restore it on SIGTERM,
    /// SIGHUP and exit) before anything can start a thread. A command that never reads keys
    /// at a terminal then gets the ordinary Ctrl-C back, so a long `datenight test` or a
    /// scripted `play` still stops when asked.
    public static func launch() {
        Terminal.prepareSignalsBeforeAnyThreads()
        let arguments: [String]
        let namedCommand: String?
        switch CommandLineRouting.route(Array(CommandLine.arguments.dropFirst())) {
        case .parse(let routed, let command):
            (arguments, namedCommand) = (routed, command)
        case .unknownCommand(let word, let suggestion, let afterHelp):
            let hint = suggestion.map { " Did you mean '\($0)'?" }
                ?? " The commands are: \(CommandLineRouting.Vocabulary.datenight.commands.joined(separator: ", "))."
            let what = afterHelp ? "There is no command '\(word)' to show help for." : "Unknown command '\(word)'."
            usageError(what + hint)
        }
        var command: ParsableCommand
        do {
            if let direct = namedCommand.flatMap({ parsedAlone(arguments, command: $0) }) {
                command = direct
            } else {
                command = try parseAsRoot(arguments)
            }
        } catch {
            // Without a command the parser blames the hidden start menu and shows its usage;
            // the person typed `datenight ...`, so the usage they need is the overview's.
            if namedCommand == nil, exitCode(for: error) == ExitStatus.usage, !CommandLineRouting.isParserInternal(arguments) {
                usageError(message(for: error))
            }
            exitSanitizing(error)
        }
        do {
            if !(command is InteractiveCommand && TerminalFrontEnd.isAvailable) {
                allowInterruptToStop()
            }
            try command.run()
        } catch {
            exitSanitizing(error)
        }
    }

    /// The named command parsed on its own, when the line starts with its name (see `DirectParse`).
    private static func parsedAlone(_ arguments: [String], command name: String) -> ParsableCommand? {
        guard arguments.first == name,
              let type = configuration.subcommands.first(where: { $0._commandName == name }) else { return nil }
        return type.parsedDirectly(Array(arguments.dropFirst()))
    }

    /// Prints a usage error the way the parser does, with the overview's usage, and exits 64.
    private static func usageError(_ message: String) -> Never {
        StandardError.write("Error: \(TextSanitizer.printable(message))")
        StandardError.write("Usage: datenight <command> [options]")
        StandardError.write("  See 'datenight --help' for the commands.")
        exit(withError: ExitStatus.usage)
    }

    /// Unblocks SIGINT in this (the main) thread: the kernel delivers a process-wide signal to
    /// a thread that does not block it, and its default action ends the process.
    static func allowInterruptToStop() {
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
    }
}
