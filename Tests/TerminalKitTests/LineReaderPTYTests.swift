import CReadline
import Testing
import PTYTestSupport
@testable import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// Drives the real GNU readline through a pseudo-terminal opened inside the test process
/// (no fork, no helper binary). A typist thread waits for what readline draws before typing,
/// like pexpect, and the drawn bytes are replayed through `ScreenModel` to check the screen.
/// Serialized: readline is one global state per process.
@Suite("LineReader on a pseudo-terminal", .serialized)
struct LineReaderPTYTests {
    static func screen(_ output: String, width: Int = 80) -> [String] {
        var model = ScreenModel(width: width)
        model.feed(output)
        return model.lines
    }

    @Test func typedLineIsReturnedAndRemembered() throws {
        let pty = try PTYDriver()
        let reader = pty.reader()
        try pty.run([.waitFor("› "), .type("hello wörld 日本\r")])
        let event = reader.readLine(prompt: "› ")
        let output = pty.finish()
        #expect(event == .line("hello wörld 日本"))
        #expect(reader.history == ["hello wörld 日本"])
        #expect(Self.screen(output) == ["› hello wörld 日本"])
    }

    @Test func editingKeysWork() throws {
        let pty = try PTYDriver()
        let reader = pty.reader()
        // Type, left twice, insert, Ctrl-A to the start, Delete.
        try pty.run([.waitFor("> "), .type("abcd\u{1B}[D\u{1B}[DX\u{01}\u{1B}[3~\r")])
        let event = reader.readLine(prompt: "> ")
        let output = pty.finish()
        #expect(event == .line("bXcd"))
        #expect(Self.screen(output) == ["> bXcd"])
    }

    @Test func ctrlDOnEmptyLineIsEndOfInput() throws {
        let pty = try PTYDriver()
        try pty.run([.waitFor("> "), .type("\u{04}")])
        let event = pty.reader().readLine(prompt: "> ")
        _ = pty.finish()
        #expect(event == .endOfInput)
    }

    @Test func ctrlDPressedBeforeThePromptIsReadyStillEnds() throws {
        let pty = try PTYDriver()
        // A Ctrl-D typed while the terminal is still in line mode (the instant a prompt
        // appears after a long step) reaches readline as a NUL byte once it takes the
        // terminal over: that first NUL is the end, not the keys after it.
        try pty.run([.waitFor("> "), .type("\u{00}"), .type("x\r")])
        let event = pty.reader().readLine(prompt: "> ")
        _ = pty.finish()
        #expect(event == .endOfInput)
    }

    @Test func aNulLaterInTheLineIsNotAnEnd() throws {
        let pty = try PTYDriver()
        try pty.run([.waitFor("> "), .type("ab\u{00}c\r")])
        let event = pty.reader().readLine(prompt: "> ")
        _ = pty.finish()
        #expect(event == .line("abc"))
    }

    @Test func historyIsSessionOnlyAndUpArrowRecallsIt() throws {
        let pty = try PTYDriver()
        let reader = pty.reader()
        try pty.run([
            .waitFor("1> "), .type("first\r"),
            .waitFor("2> "), .type("\u{1B}[A!\r"),
        ])
        let first = reader.readLine(prompt: "1> ")
        let second = reader.readLine(prompt: "2> ")
        let output = pty.finish()
        #expect(first == .line("first"))
        #expect(second == .line("first!"))
        #expect(reader.history == ["first", "first!"])
        #expect(Self.screen(output) == ["1> first", "2> first!"])
    }

    @Test func tabCompletesFromTheGivenWords() throws {
        let pty = try PTYDriver()
        let reader = pty.reader()
        try pty.run([
            .waitFor("a> "), .type("/he\t\r"),
            .waitFor("b> "), .type("TA\t\r"),
            // Nothing matches: no file names are offered instead.
            .waitFor("c> "), .type("zz\t\r"),
        ])
        let a = reader.readLine(prompt: "a> ", completions: ["/help", "/pass"])
        let b = reader.readLine(prompt: "b> ", completions: ["take a walk", "stay in"])
        let c = reader.readLine(prompt: "c> ", completions: ["/help"])
        _ = pty.finish()
        #expect(a == .line("/help"))
        #expect(b == .line("take a walk"))
        #expect(c == .line("zz"))
    }

    @Test func secretInputNeverReachesTheScreenOrHistory() throws {
        let pty = try PTYDriver()
        let reader = pty.reader()
        try pty.run([
            .waitFor("Your wish › "), .type("s3cret-wish\u{7F}Q\r"),
            .waitFor("next> "), .type("\u{1B}[A\r"),
        ])
        let secret = reader.readLine(prompt: "Your wish › ", secret: true)
        let next = reader.readLine(prompt: "next> ")
        let output = pty.finish()
        #expect(secret == .line("s3cret-wisQ"))
        #expect(!output.contains("s3cret"))
        #expect(!output.contains("-wis"))
        #expect(!output.contains("Q"))
        #expect(!output.contains("*"))
        #expect(reader.history.isEmpty)
        // The up arrow cannot bring it back either.
        #expect(next == .line(""))
        #expect(Self.screen(output) == ["Your wish ›", "next>"])
    }

    @Test func ctrlCClearsTheLine() throws {
        let pty = try PTYDriver()
        let reader = pty.reader()
        try pty.run([
            .waitFor("1> "), .type("half an answer"), .waitFor("answer"), .interrupt,
            .waitFor("2> "), .type("next\r"),
        ])
        let first = reader.readLine(prompt: "1> ")
        let second = reader.readLine(prompt: "2> ")
        let output = pty.finish()
        #expect(first == .interrupted)
        #expect(second == .line("next"))
        #expect(reader.history == ["next"])
        #expect(Self.screen(output) == ["1> half an answer^C", "2> next"])
    }

    @Test func countdownRunsOutWithPartialText() throws {
        let pty = try PTYDriver()
        let clock = GatedClock()
        let reader = pty.reader(clock: clock)
        try pty.run([.waitFor("Ana › "), .type("I noticed"), .waitFor("noticed"), .release(clock)])
        // 3 countdown seconds at 50x: a fraction of a second once the clock is released.
        let event = reader.readLine(prompt: "Ana › ", countdown: CountdownSpec(totalSeconds: 3, label: "answer in", timeScale: 0.02))
        let output = pty.finish()
        #expect(event == .timeUp(partial: "I noticed"))
        // Every second was drawn, in place: one line, the text intact after the last redraw.
        for shown in ["00:03", "2", "1", "0"] { #expect(output.contains(shown)) }
        #expect(Self.screen(output) == ["answer in 00:00 Ana › I noticed"])
    }

    @Test func typingContinuesBetweenCountdownRedraws() throws {
        let pty = try PTYDriver(columns: 60)
        let clock = GatedClock()
        let reader = pty.reader(clock: clock)
        try pty.run([
            .waitFor("Ben › "), .type("abcd\u{1B}[D"), .waitFor("abcd"), .release(clock),
            // Let several redraws happen with the cursor inside the text, then insert there.
            .waitForMore("9:5"), .waitForMore("9:4"), .type("X\r"),
        ])
        let event = reader.readLine(prompt: "Ben › ", countdown: CountdownSpec(totalSeconds: 600, timeScale: 0.02))
        let output = pty.finish()
        #expect(event == .line("abcXd"))
        let lines = Self.screen(output, width: 60)
        // However many redraws happened, there is one prompt line and the X went where the
        // cursor was: readline's idea of the cursor stayed true through every redraw.
        #expect(lines.count == 1)
        let line = lines.first ?? ""
        #expect(line.hasSuffix(" Ben › abcXd"))
        #expect(line.count == "mm:ss Ben › abcXd".count)
        #expect(line.hasPrefix("0"))
    }

    @Test func longTextWrapsAndSurvivesRedraws() throws {
        let pty = try PTYDriver(columns: 30)
        let clock = GatedClock()
        let reader = pty.reader(clock: clock)
        let text = "this answer is longer than the window is wide"
        try pty.run([
            .waitFor("> "), .type(text), .waitFor("wide"), .release(clock),
            .waitForMore("9:5"), .waitForMore("9:4"), .type("\r"),
        ])
        let event = reader.readLine(prompt: "> ", countdown: CountdownSpec(totalSeconds: 600, timeScale: 0.02))
        let output = pty.finish()
        #expect(event == .line(text))
        let lines = Self.screen(output, width: 30)
        // Two rows, the text unbroken across them, the prompt still first.
        #expect(lines.count == 2)
        #expect(lines.first?.hasSuffix(" > this answer is longer") == true)
        #expect(lines.last == "than the window is wide")
    }

    @Test func editsLandWhereTheyAreShownUnderAPromptWiderThanTheWindow() throws {
        // Forty wide characters are eighty columns: the name wraps twice at forty columns.
        let name = String(repeating: "春夏秋冬", count: 10)
        let pty = try PTYDriver(columns: 40)
        let left = "\u{1B}[D"
        try pty.run([.waitFor("› "), .type("hello world" + String(repeating: left, count: 5) + "big " + "\u{01}X" + "\u{05}!\r")])
        let event = pty.reader().readLine(prompt: name + " › ")
        let output = pty.finish()
        #expect(event == .line("Xhello big world!"))
        // The name above, wrapped by the terminal; readline edits a short line of its own.
        #expect(Self.screen(output, width: 40) == [String(name.prefix(20)), String(name.suffix(20)), "› Xhello big world!"])
    }

    @Test func aPromptThatLeavesRoomToTypeStaysOnOneLine() {
        #expect(PromptLayout.split("Question?\n美雪 › ", columns: 40) == ("Question?\n", "美雪 › "))
        #expect(PromptLayout.split("春夏秋冬春夏秋冬 & Jo › ", columns: 30) == ("春夏秋冬春夏秋冬 & Jo\n", "› "))
        #expect(PromptLayout.split("美雪 › ", columns: 24, reserved: 6) == ("", "美雪 › "))
        #expect(PromptLayout.split("美雪 › ", columns: 24, reserved: 12) == ("美雪\n", "› "))
        let styled = "\u{1B}[36m美雪\u{1B}[0m \u{1B}[2m›\u{1B}[0m "
        #expect(PromptLayout.split(styled, columns: 12) == ("\u{1B}[36m美雪\u{1B}[0m\n", "\u{1B}[2m›\u{1B}[0m "))
        #expect(PromptLayout.split("春夏秋冬春夏秋冬春夏秋冬›", columns: 20) == ("", "春夏秋冬春夏秋冬春夏秋冬›"),
                "one word cannot be broken; readline gets it whole")
        #expect(PromptLayout.split("Start it over with the same players? [y/N] › ", columns: 30)
                == ("", "Start it over with the same players? [y/N] › "), "narrow characters readline wraps well itself")
    }

    @Test func secretCountdownShowsTimeButNotText() throws {
        let pty = try PTYDriver()
        let clock = GatedClock()
        let reader = pty.reader(clock: clock)
        try pty.run([.waitFor("wish › "), .type("hidden words"), .release(clock)])
        let event = reader.readLine(prompt: "wish › ", secret: true, countdown: CountdownSpec(totalSeconds: 3, timeScale: 0.02))
        let output = pty.finish()
        #expect(event == .timeUp(partial: "hidden words"))
        #expect(!output.contains("hidden"))
        #expect(!output.contains("words"))
        #expect(Self.screen(output) == ["00:00 wish ›"])
    }

    @Test func resizeWhileTypingKeepsTheLine() throws {
        let pty = try PTYDriver(columns: 80)
        let reader = pty.reader()
        let text = "a line that will have to wrap once the window is narrow"
        try pty.run([
            .waitFor("> "), .type(text), .waitFor("narrow"),
            .resize(columns: 40), .waitForMore("narrow"), .type("!\r"),
        ])
        let event = reader.readLine(prompt: "> ")
        _ = pty.finish()
        #expect(event == .line(text + "!"))
    }

    @Test func resizeDuringSecretInputRevealsNothing() throws {
        let pty = try PTYDriver(columns: 80)
        let reader = pty.reader()
        try pty.run([
            .waitFor("wish › "), .type("hidden words"),
            .resize(columns: 50), .waitForMore("wish › "), .type(" more\r"),
        ])
        let event = reader.readLine(prompt: "wish › ", secret: true)
        let output = pty.finish()
        #expect(event == .line("hidden words more"))
        #expect(!output.contains("hidden"))
        #expect(!output.contains("more"))
    }

    @Test func plainCountdownAnnouncesInsteadOfRedrawing() throws {
        let pty = try PTYDriver()
        let clock = GatedClock()
        let reader = pty.reader(plain: true, clock: clock)
        try pty.run([.waitFor("> "), .type("ok"), .waitFor("ok"), .release(clock)])
        let event = reader.readLine(prompt: "> ", countdown: CountdownSpec(totalSeconds: 40, timeScale: 0.005))
        let output = pty.finish()
        #expect(event == .timeUp(partial: "ok"))
        #expect(Self.screen(output) == ["40 seconds to answer.", "30 seconds left.", "20 seconds left.", "10 seconds left.", "> ok"])
    }

    @Test func promptEscapesAreMarkedAndHostileOnesShown() throws {
        let pty = try PTYDriver()
        let reader = pty.reader()
        try pty.run([.waitFor("› "), .type("yes\r")])
        let style = Style(escapes: true, colors: true)
        let event = reader.readLine(prompt: "Question \u{1B}[2J?\n" + style.player(.one, "Ana") + " › ")
        let output = pty.finish()
        #expect(event == .line("yes"))
        #expect(!output.contains("\u{1B}[2J"))
        #expect(output.contains("\u{1B}[36mAna"))
        #expect(Self.screen(output) == ["Question ^[[2J?", "Ana › yes"])
    }

    @Test func zeroScaleCountdownIsImmediatelyUp() throws {
        let pty = try PTYDriver()
        let event = pty.reader().readLine(prompt: "> ", countdown: CountdownSpec(totalSeconds: 30, timeScale: 0))
        _ = pty.finish()
        #expect(event == .timeUp(partial: ""))
    }

    @Test func terminalModeIsRestoredAfterEachPrompt() throws {
        let pty = try PTYDriver()
        var before = termios()
        tcgetattr(pty.slave, &before)
        try pty.run([.waitFor("> "), .type("x\r")])
        _ = pty.reader().readLine(prompt: "> ", countdown: CountdownSpec(totalSeconds: 600))
        _ = pty.finish()
        var after = termios()
        tcgetattr(pty.slave, &after)
        #expect(before.c_lflag == after.c_lflag)
        #expect(before.c_iflag == after.c_iflag)
        #expect(before.c_oflag == after.c_oflag)
    }
}

@Suite("LineReader without a terminal")
struct LineReaderPipeTests {
    @Test func readsLinesFromAPipe() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        var output: [Int32] = [0, 0]
        #expect(pipe(&output) == 0)
        defer { fds.forEach { close($0) }; output.forEach { close($0) } }
        let reader = LineReader(inputFD: fds[0], outputFD: output[1])
        var bytes = Array("one\r\ntwo\nthr".utf8)
        _ = write(fds[1], &bytes, bytes.count)
        #expect(reader.readLine(prompt: "> ") == .line("one"))
        #expect(reader.readLine(prompt: "> ") == .line("two"))
        // A countdown ends a prompt even though the other end never finishes the line.
        #expect(reader.readLine(prompt: "> ", countdown: CountdownSpec(totalSeconds: 2, timeScale: 0.01)) == .timeUp(partial: "thr"))
        close(fds[1])
        fds[1] = -1
        #expect(reader.readLine(prompt: "> ") == .endOfInput)
    }
}

