import ArgumentParser

/// `datenight`: a guided conversation game for two people at one keyboard.
public struct DateNight: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "datenight",
        abstract: "A guided conversation game for two people at one keyboard.",
        discussion: """
            Pick a scene, take turns, and talk. Every question can be passed and every \
            exercise stopped early. Your answers stay on this computer.

            Exit status: 0 done, 64 bad usage, 65 bad scene data, 66 scene or file not found.
            """,
        version: "0.1.0",
        subcommands: [PlayCommand.self, ScenesCommand.self, ValidateCommand.self, TestCommand.self, GraphCommand.self]
    )

    public init() {}
}
