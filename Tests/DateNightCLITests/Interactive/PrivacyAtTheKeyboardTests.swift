import Foundation
import PTYTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A secret stays secret whatever standard output is, and forgetting asks first.
@Suite("Privacy at the keyboard")
struct PrivacyAtTheKeyboardTests {
    /// `datenight play sampler | cat`: standard input is the terminal, standard output a pipe,
    /// so the game plays from plain lines and the terminal itself would echo what is typed.
    @Test func aSecretTypedWithStandardOutputPipedNeverShows() throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let command = "'\(Datenight.executable.path)' play sampler --players Alex,Sam --time-scale 0 --seed 4 --data-dir '\(data.path)' | cat"
        let terminal = try PTYProcess("/bin/sh", ["-c", command], environment: PTYProcess.environment([:]))
        // The sampler at seed 4: a choice, two answers, then Alex's secret.
        for line in ["1", "a sunny walk", "the new book"] {
            try terminal.expect("> ")
            terminal.type(line + "\r")
        }
        try terminal.expect("> ")
        let beforeSecret = terminal.visibleText
        #expect(beforeSecret.contains("the new book"), "ordinary answers do show as they are typed")
        terminal.type("warm-secret\r")
        try terminal.expect("(hidden)")
        // Then Sam's secret, then an ordinary answer again, which shows.
        try terminal.expect("> ")
        terminal.type("curious-secret\r")
        try terminal.expect("(hidden)")
        try terminal.expect("> ")
        terminal.type("toast and figs\r")
        try terminal.expect("toast and figs")
        // The reveal right after is where they are meant to come out; before it, nothing.
        let visible = terminal.visibleText.components(separatedBy: "Here is what you each said").first ?? ""
        #expect(terminal.visibleText.contains("Here is what you each said"))
        #expect(!visible.contains("warm-secret") && !visible.contains("curious-secret"),
                "a secret showed on screen:\n\(terminal.screen.joined(separator: "\n"))")
        terminal.type(Key.ctrlD)
        _ = try terminal.waitForExit()
        let modes = try #require(terminal.terminalModes)
        #expect(modes.c_lflag & tcflag_t(ECHO) != 0, "echo is back on")
    }

    @Test func ctrlCAtASecretWithStandardOutputPipedLeavesEchoOn() throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let command = "'\(Datenight.executable.path)' play sampler --players Alex,Sam --time-scale 0 --seed 4 --data-dir '\(data.path)' | cat"
        let terminal = try PTYProcess("/bin/sh", ["-c", command], environment: PTYProcess.environment([:]))
        for line in ["1", "a sunny walk", "the new book"] {
            try terminal.expect("> ")
            terminal.type(line + "\r")
        }
        try terminal.expect("> ")
        terminal.type("half a sec")
        terminal.type(Key.ctrlC)
        _ = try terminal.waitForExit()
        let modes = try #require(terminal.terminalModes)
        #expect(modes.c_lflag & tcflag_t(ECHO) != 0, "Ctrl-C at the secret left the terminal without echo")
        #expect(!terminal.visibleText.contains("half a sec"))
    }

    @Test func forgetAsksAtATerminal() throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        _ = try Datenight.run(["play", "sampler", "--players", "Alex,Sam", "--time-scale", "0", "--data-dir", data.path], input: "1\nsomething kept\n")
        for arguments in [["forget", "1"], ["forget", "--all"]] {
            let terminal = try PTYProcess(Datenight.executable.path, arguments + ["--data-dir", data.path],
                                          environment: PTYProcess.environment([:]))
            try terminal.expect("for good? [y/N]")
            terminal.type("n\r")
            try terminal.expect("Nothing was forgotten.")
            _ = try terminal.waitForExit()
        }
        let terminal = try PTYProcess(Datenight.executable.path, ["forget", "1", "--data-dir", data.path],
                                      environment: PTYProcess.environment([:]))
        try terminal.expect("Forget the answers of session 1, for good? [y/N]")
        terminal.type("y\r")
        try terminal.expect("Forgot the answers of session 1 for good")
        _ = try terminal.waitForExit()
    }

    @Test func forgetWithoutATerminalNeedsYes() throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        _ = try Datenight.run(["play", "sampler", "--players", "Alex,Sam", "--time-scale", "0", "--data-dir", data.path], input: "1\nsomething kept\n")
        for arguments in [["forget", "1"], ["forget", "--all"]] {
            let refused = try Datenight.run(arguments + ["--data-dir", data.path], input: "y\n")
            #expect(refused.status == 64)
            #expect(refused.stderr.contains("needs --yes"))
        }
        #expect(try Datenight.run(["journal", "1", "--data-dir", data.path]).stdout.contains("something kept"), "nothing was forgotten")
        let done = try Datenight.run(["forget", "1", "--yes", "--data-dir", data.path])
        #expect(done.status == 0)
        #expect(done.stdout.contains("Forgot the answers of session 1"))
    }
}
