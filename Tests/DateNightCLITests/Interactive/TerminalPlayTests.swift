import Foundation
import PTYTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real `datenight` at a pseudo-terminal, typed at the way a couple would. Every wait is
/// on what the screen shows; the timeouts only keep a broken build from hanging the suite.
@Suite("Playing at a terminal")
struct TerminalPlayTests {
    @Test func aCoupleStartsFromTheMenuPicksByNumberAndGazes() throws {
        let couple = try Couple(["--time-scale", "0.01"], rows: 45)
        try couple.at("What would you like? ›", type: "1" + Key.enter)
        try couple.at("First player ›", type: "Alex" + Key.enter)
        try couple.at("Second player ›", type: "Sam" + Key.enter)
        try couple.at("Time tonight ›", type: "2" + Key.enter)
        let number = try couple.pickerNumber(of: "Quiet Gazing")
        try couple.at("Which one?", type: number + Key.enter)

        try couple.expect("Quiet gazing, Alex and Sam")
        try couple.at("Press Enter to go on ›", type: Key.enter)
        // Tab completes a choice label; the turn is the two of them together.
        try couple.at("How long shall we gaze?", type: "")
        try couple.at("Alex & Sam ›", type: "tw" + Key.tab)
        _ = try couple.terminal.expectScreen("Tab completing the label") { $0.last == "Alex & Sam › Two minutes" }
        couple.terminal.type(Key.enter)
        try couple.at("Press Enter when you're ready", type: Key.enter)
        try couple.expect("Halfway.")
        try couple.expect("Time. Take a breath.")

        // Readline editing: Ctrl-A to the start, Ctrl-E to the end, Backspace.
        try couple.at("What was that like for you?", type: "")
        try couple.at("Alex ›", type: "ello the" + Key.ctrlA + "H" + Key.ctrlE + "ree" + Key.backspace + Key.enter)
        _ = try couple.terminal.expectScreen("Alex's edited answer") { $0.contains("Alex › Hello there") }
        // History: the up arrow brings back Alex's line for Sam to edit.
        try couple.at("Sam ›", type: Key.up + String(repeating: Key.backspace, count: 5) + "you" + Key.enter)
        _ = try couple.terminal.expectScreen("Sam's answer from history") { $0.contains("Sam › Hello you") }
        try couple.at("Alex ›", type: "/pass" + Key.enter)
        try couple.expect("(Alex passed, and that's fine.)")
        try couple.at("Sam ›", type: "your eyes" + Key.enter)

        try couple.expect("Thank you for looking.")
        try couple.expect("That's the end of this one.")
        try couple.expect("What next?")
        let screen = couple.screen
        // The reveal: two columns under the names, each answer in its player's column.
        let names = try #require(screen.firstIndex { $0.hasPrefix("  Alex") && $0.hasSuffix("Sam") })
        let column = try #require(screen[names].range(of: "Sam")).lowerBound
        let answers = try #require(screen.first { $0.hasPrefix("  Hello there") })
        #expect(answers.hasSuffix("Hello you"))
        #expect(answers.distance(from: answers.startIndex, to: try #require(answers.range(of: "Hello you")).lowerBound)
                == screen[names].distance(from: screen[names].startIndex, to: column))
        #expect(screen.contains { $0.contains("(passed)") && $0.contains("your eyes") })
        // Whose turn it is, in their colour: Alex cyan, Sam magenta.
        let raw = String(decoding: couple.terminal.rawOutput, as: UTF8.self)
        #expect(raw.contains("\u{1B}[36mAlex\u{1B}[0m ›"))
        #expect(raw.contains("\u{1B}[35mSam\u{1B}[0m ›"))
        // The header: the scene and a bar (the gaze names itself).
        #expect(couple.terminal.visibleText.contains("Quiet Gazing  ▕"))
        #expect(couple.terminal.visibleText.contains("Quiet Gazing · gazing  ▕"))
        // Back at "What next?": the evening ends when they say so, with a recap.
        try couple.at("Which one?", type: "That" + Key.tab + Key.enter)
        try couple.expect("Tonight you played:")
        try couple.at("Alex ›", type: "Lovely" + Key.enter)
        try couple.at("Sam ›", type: Key.enter)
        try couple.expect("Goodnight, Alex and Sam.")
        #expect(try couple.terminal.waitForExit() == .status(0))
    }

    @Test func aSceneIsPickedByPrefixAndTheCountdownRunsWhileTyping() throws {
        let scenes = try Couple.sceneFolder(Self.clockScene, named: "ticking-clock")
        defer { try? FileManager.default.removeItem(at: scenes) }
        let couple = try Couple(["play", "--players", "Alex,Sam", "--scenes", scenes.path, "--time-scale", "0.1"], gazing: false)
        try couple.at("Which one?", type: "tick" + Key.enter)
        try couple.at("Tell us a story", type: "")
        try couple.at("Alex ›", type: "Once upon")
        // The clock moves while the words stay on the line, cursor after them.
        func clock(_ lines: [String], typed: String) -> String? {
            guard let line = lines.last(where: { $0.hasSuffix(" Alex › " + typed) }) else { return nil }
            let time = String(line.prefix(5))
            return time.count == 5 && time.dropFirst(2).first == ":" && time != "05:00" ? time : nil
        }
        let moving = try couple.terminal.expectScreen("the countdown moving under typed text") { clock($0, typed: "Once upon") != nil }
        let first = try #require(clock(moving, typed: "Once upon"))
        couple.terminal.type(" a time")
        let later = try couple.terminal.expectScreen("more text and a later time") { lines in
            clock(lines, typed: "Once upon a time").map { $0 < first } ?? false
        }
        #expect(clock(later, typed: "Once upon a time") != nil)
        couple.terminal.type(Key.enter)
        // Nothing typed before the next clock runs out: the time-up is recorded and play goes on.
        try couple.expect("Time's up.")
        try couple.expect("Well told.")
        #expect(try couple.terminal.waitForExit() == .status(0))
        let screen = couple.screen
        #expect(screen.contains { $0.contains("Once upon a time") && !$0.contains("›") }, "the reveal quotes the story")
        #expect(screen.contains { $0.contains("(time ran out)") })
    }

    @Test func ctrlCClearsTheLineTwiceAsksAndCtrlDStopsWithStatusZero() throws {
        let couple = try Couple(["play", "quiet-gazing", "--players", "Alex,Sam", "--time-scale", "0"])
        try couple.at("Press Enter to go on ›", type: Key.enter)
        try couple.at("Alex & Sam ›", type: "some words")
        try couple.at("some words", type: Key.ctrlC)
        try couple.expect("Line cleared. Press Ctrl-C again")
        try couple.at("Alex & Sam ›", type: Key.ctrlC)
        try couple.at("Stop here for tonight?", type: Key.enter)
        try couple.at("Carrying on.", type: "")
        try couple.at("Alex & Sam ›", type: "two" + Key.enter)
        try couple.at("What was that like for you?", type: "")
        try couple.at("Alex ›", type: Key.ctrlD)
        try couple.expect("Stopping here for tonight, and that's completely fine.")
        try couple.expect("datenight resume 1")
        #expect(try couple.terminal.waitForExit() == .status(0))
        let screen = couple.screen
        #expect(screen.contains("Alex & Sam › some words^C"), "\(screen)")
        #expect(screen.contains("Alex & Sam › two"))
        let modes = try #require(couple.terminal.terminalModes)
        #expect(modes.c_lflag & tcflag_t(ICANON) != 0, "line editing is back")
        #expect(modes.c_lflag & tcflag_t(ECHO) != 0, "echo is back")
    }

    @Test func theCommandsAtAnyPromptHelpPauseShowProgressAndSkip() throws {
        let couple = try Couple(["play", "quiet-gazing", "--players", "Alex,Sam", "--time-scale", "0"], color: false)
        try couple.at("Press Enter to go on ›", type: "/help" + Key.enter)
        try couple.expect("not therapy")
        try couple.expect("counsellor")
        try couple.at("Press Enter to go on ›", type: Key.enter)
        try couple.at("Alex & Sam ›", type: "/pause" + Key.enter)
        try couple.expect("Paused.")
        try couple.at("paused ›", type: Key.enter)
        try couple.expect("How long shall we gaze?")
        try couple.at("Alex & Sam ›", type: "/progress" + Key.enter)
        try couple.expect("Quiet Gazing: about 0% done.")
        try couple.at("Alex & Sam ›", type: "/nonsense" + Key.enter)
        try couple.expect("There's no /nonsense here")
        try couple.at("Alex & Sam ›", type: "7" + Key.enter)
        try couple.expect("Pick a number from 1 to 2")
        try couple.at("Alex & Sam ›", type: "2" + Key.enter)
        try couple.at("What was that like for you?", type: "")
        try couple.at("Alex ›", type: "/skip" + Key.enter)
        try couple.expect("(Alex passed, and that's fine.)")
        try couple.at("Sam ›", type: "/quit" + Key.enter)
        try couple.expect("Stopping here for tonight")
        #expect(try couple.terminal.waitForExit() == .status(0))
    }

    @Test func aResizeRewrapsWhatComesNext() throws {
        let couple = try Couple(["play", "quiet-gazing", "--players", "Alex,Sam", "--time-scale", "0"], columns: 100)
        try couple.at("Press Enter to go on ›", type: "")
        // At 100 columns a line holds most of the opening paragraph.
        #expect(couple.screen.contains("Quiet gazing, Alex and Sam: just the two of you, looking at each other, with nothing"))
        couple.terminal.resize(columns: 44)
        couple.terminal.type("/help" + Key.enter)
        try couple.expect("counsellor")
        try couple.at("Press Enter to go on ›", type: Key.enter)
        try couple.at("Alex & Sam ›", type: "")
        let screen = couple.screen
        let question = try #require(screen.firstIndex { $0.hasPrefix("How long shall we gaze?") })
        #expect(screen[question] == "How long shall we gaze? Three minutes is a")
        #expect(screen[question + 1] == "good place to start.")
        let afterResize = screen[screen.index(after: try #require(screen.lastIndex { $0.contains("Press Enter to go on") }))...]
        for line in afterResize { #expect(line.count <= 43, "\(line)") }
        couple.terminal.type(Key.ctrlD)
        #expect(try couple.terminal.waitForExit() == .status(0))
    }

    @Test func sigtermDuringATimerPutsTheTerminalBack() throws {
        let couple = try Couple(["play", "quiet-gazing", "--players", "Alex,Sam", "--time-scale", "1"])
        try couple.at("Press Enter to go on ›", type: Key.enter)
        try couple.at("Alex & Sam ›", type: "1" + Key.enter)
        try couple.at("Press Enter when you're ready", type: Key.enter)
        try couple.expect("Enter or s: we're done")
        _ = try couple.terminal.expectScreen("the timer running") { $0.contains { $0.hasPrefix("Gazing  01:5") } }
        let during = try #require(couple.terminal.terminalModes)
        #expect(during.c_lflag & tcflag_t(ICANON) == 0, "single keys while the timer runs")
        couple.terminal.send(signal: SIGTERM)
        #expect(try couple.terminal.waitForExit() == .signal(SIGTERM))
        let modes = try #require(couple.terminal.terminalModes)
        #expect(modes.c_lflag & tcflag_t(ICANON) != 0)
        #expect(modes.c_lflag & tcflag_t(ECHO) != 0)
        let raw = String(decoding: couple.terminal.rawOutput, as: UTF8.self)
        #expect(raw.hasSuffix("\u{1B}[?25h\u{1B}[?2004l"), "cursor shown again")
    }

    @Test func sighupAtAPromptPutsTheTerminalBack() throws {
        let couple = try Couple(["play", "quiet-gazing", "--players", "Alex,Sam", "--time-scale", "0"])
        try couple.at("Press Enter to go on ›", type: "half typed")
        try couple.expect("half typed")
        couple.terminal.send(signal: SIGHUP)
        #expect(try couple.terminal.waitForExit() == .signal(SIGHUP))
        let modes = try #require(couple.terminal.terminalModes)
        #expect(modes.c_lflag & tcflag_t(ICANON) != 0)
        #expect(modes.c_lflag & tcflag_t(ECHO) != 0)
    }

    @Test func theMenuOffersLastTimesNamesAndResume() throws {
        let first = try Couple(["play", "quiet-gazing", "--time-scale", "0"])
        try first.at("First player ›", type: "Robin" + Key.enter)
        try first.at("Second player ›", type: "robin" + Key.enter)
        try first.expect("Two people called robin!")
        try first.at("Second player ›", type: "Kit" + Key.enter)
        try first.at("Press Enter to go on ›", type: Key.enter)
        try first.at("Robin & Kit ›", type: Key.ctrlD)
        #expect(try first.terminal.waitForExit() == .status(0))

        // The same data folder: last time's names are offered, and the session can be carried on.
        let data = first.folder.appendingPathComponent("data").path
        let again = try Couple([], environment: ["XDG_DATA_HOME": data])
        try again.expect("Carry on where you stopped (Quiet Gazing, Robin & Kit)")
        try again.at("What would you like? ›", type: "2" + Key.enter)
        try again.at("Time tonight ›", type: Key.enter)
        try again.at("Robin & Kit ›", type: "/quit" + Key.enter)
        #expect(try again.terminal.waitForExit() == .status(0))

        let third = try Couple([], environment: ["XDG_DATA_HOME": data])
        try third.at("What would you like? ›", type: "start" + Key.tab + Key.enter)
        try third.expect("Last time: Robin and Kit.")
        try third.at("First player ›", type: Key.enter)
        try third.expect("Welcome back, Robin and Kit.")
        try third.at("Time tonight ›", type: "1" + Key.enter)
        try third.at("Which one?", type: "/quit" + Key.enter)
        try third.expect("Goodnight, Robin and Kit.")
        #expect(try third.terminal.waitForExit() == .status(0))

        let fourth = try Couple([], environment: ["XDG_DATA_HOME": data])
        try fourth.at("What would you like? ›", type: "progress" + Key.enter)
        try fourth.at("What would you like? ›", type: Key.ctrlD)
        #expect(try fourth.terminal.waitForExit() == .status(0))
    }

    @Test func withoutATerminalTheMenuReadsLinesAndPlayNeedsItsArguments() throws {
        let bare = try Datenight.run([])
        #expect(bare.status == 0, "the end of the input ends the evening")
        #expect(bare.stdout.contains("What would you like?"))
        #expect(try Datenight.run(["--help"]).stdout.contains("USAGE: datenight <subcommand>"))
        #expect(try Datenight.run(["play"]).status == 64)
        #expect(try Datenight.run(["play", "sampler"]).status == 64)
    }

    static let clockScene = #"""
    { "format": 1, "id": "ticking-clock", "title": "Ticking Clock", "summary": "A story told against the clock.",
      "minutes": 5, "kinds": ["intellectual"], "start": "story",
      "nodes": [
        { "id": "story", "kind": "prompt", "text": "Tell us a story in five minutes.", "seconds": 300,
          "saveAs": "story", "label": "The story", "next": "quick" },
        { "id": "quick", "kind": "prompt", "who": "partner", "text": "Quick: one word!", "seconds": 5,
          "saveAs": "word", "label": "One word", "next": "show" },
        { "id": "show", "kind": "reveal", "answers": ["story", "word"], "next": "end" },
        { "id": "end", "kind": "end", "text": "Well told." }
      ] }
    """#
}
