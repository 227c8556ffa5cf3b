import ArgumentParser

/// `datenight`: a guided conversation game for two people at one keyboard.
public struct DateNight: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "datenight",
        abstract: "A guided conversation game for two people at one keyboard.",
        discussion: """
            Pick a scene, take turns, and talk. Every question can be passed and every \
            exercise stopped early. Your answers stay on this computer.

            Exit status: 0 done, 64 bad usage, 65 bad scene data (or a save from a newer \
            datenight, or a resume whose step the scene no longer has), 66 scene, file or session \
            not found, 74 the save file cannot be read or written (damaged, unreadable, disk \
            full), 75 the session is being played in another datenight.
            """,
        version: "0.1.0",
        subcommands: [PlayCommand.self, ScenesCommand.self, ValidateCommand.self, TestCommand.self, GraphCommand.self,
                      ResumeCommand.self, SessionsCommand.self, JournalCommand.self, ProgressCommand.self, ForgetCommand.self,
                      MenuCommand.self],
        // `datenight` alone opens the start menu at a terminal (and prints this help elsewhere).
        defaultSubcommand: MenuCommand.self
    )

    public init() {}
}
