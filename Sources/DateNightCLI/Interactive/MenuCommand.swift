import ArgumentParser
import TerminalKit

/// `datenight` with no command: the start menu at a terminal, the help anywhere else.
struct MenuCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "menu",
        abstract: "The start menu: start a date night, carry on, see your progress.",
        shouldDisplay: false
    )

    @OptionGroup var options: PlayOptions
    @OptionGroup var global: GlobalOptions

    func run() throws {
        guard let terminal = TerminalFrontEnd.ifAvailable(global: global, timeScale: options.timeScale) else {
            throw CleanExit.helpRequest(DateNight.self)
        }
        let menu = MainMenu(screen: terminal.screen, keyboard: terminal.keyboard)
        var greet = true
        while true {
            let resumable = SavesLookup(dataDirectory: global.dataDirectory).resumable()
            let note = resumable.map { "\($0.sceneTitle), \($0.players.joined(separator: " & "))" }
            switch menu.choose(resumeNote: note, greet: greet) {
            case .start:
                let play = try PlayCommand.parse(globalArguments + playArguments)
                try play.run()
                return
            case .resume:
                let resume = try ResumeCommand.parse(globalArguments + ["--time-scale", "\(options.timeScale)"])
                try resume.run()
                return
            case .progress:
                terminal.screen.blank()
                let progress = try ProgressCommand.parse(globalArguments)
                try progress.run()
                greet = false
            case .quit:
                terminal.screen.blank()
                terminal.screen.say("Goodbye for now. Take good care of each other.")
                terminal.screen.blank()
                return
            }
        }
    }

    /// The options every command shares, as typed, for the command the menu hands over to.
    private var globalArguments: [String] {
        var arguments: [String] = []
        for folder in global.sceneFolders { arguments += ["--scenes", folder] }
        if let dataDirectory = global.dataDirectory { arguments += ["--data-dir", dataDirectory] }
        if global.noColor { arguments.append("--no-color") }
        if global.plain { arguments.append("--plain") }
        return arguments
    }

    private var playArguments: [String] {
        var arguments = ["--time-scale", "\(options.timeScale)"]
        if let seed = options.seed { arguments += ["--seed", "\(seed)"] }
        if let players = options.players { arguments += players.arguments }
        return arguments
    }
}
