import ArgumentParser
import Foundation
import SessionStore
import TerminalKit

/// `datenight forget SESSION` / `datenight forget --all`: removes answers for good.
struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Remove the answers of a session, or of all sessions, for good.",
        discussion: """
            Removes every answer, pass and the saved game state, and wipes the space they took \
            in the save file, so they cannot be recovered from it. What stays is the session's \
            number, scene, your names, dates and counts, so your progress still adds up. A \
            forgotten session cannot be resumed. Exits 75, forgetting nothing, when a session \
            concerned is being played right now.
            """
    )

    @Argument(help: ArgumentHelp("The session whose answers to forget.", valueName: "session"), completion: GameCompletions.sessions)
    var session: Int64?

    @Flag(help: "Forget the answers of every session.")
    var all = false

    @Flag(name: .customLong("yes"), help: "Do not ask first (needed when standard input is not a terminal).")
    var confirmed = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if all == (session != nil) {
            throw ValidationError("name one session to forget (see 'datenight sessions'), or pass --all")
        }
    }

    func run() throws {
        guard let store = try global.existingSavesToChange() else {
            CommandOutput.say("There is nothing to forget: no session was ever saved here.")
            return
        }
        // Forgetting cannot be undone: a person is asked, a script must say --yes.
        if !confirmed {
            guard Terminal.isTerminal(Terminal.standardInput) else {
                throw UserFacingError.usage("forgetting cannot be undone, so without a terminal to ask at it needs --yes: "
                    + "datenight forget \(session.map { "\($0)" } ?? "--all") --yes")
            }
            let what = session.map { "the answers of session \($0)" } ?? "the answers of every session"
            CommandOutput.say("Forget \(what), for good? [y/N] ", terminator: "")
            fflush(nil)
            let reply = (readLine() ?? "").trimmingWhitespace().lowercased()
            guard reply == "y" || reply == "yes" else {
                CommandOutput.say("Nothing was forgotten.")
                return
            }
        }
        let forgotten = try reportingStoreErrors { () throws(SessionStoreError) in
            try store.forget(session.map { [$0] })
        }
        if forgotten.sessions.isEmpty {
            CommandOutput.say("There is nothing to forget: no session was ever saved here.")
            return
        }
        let answers = "\(forgotten.answers) answer\(forgotten.answers == 1 ? "" : "s")"
        if let session {
            CommandOutput.say("Forgot the answers of session \(session) for good (\(answers)). Its scene, your names and its counts stay for your progress.")
        } else {
            CommandOutput.say("Forgot the answers of all \(forgotten.sessions.count) session\(forgotten.sessions.count == 1 ? "" : "s") for good (\(answers)).")
        }
    }
}
