import Testing
@testable import TerminalKit

/// Whole runs of the timer and the pacer against a manual clock and scripted keys: no
/// sleeping, and every run identical.
@Suite("TimerRunner")
struct TimerRunnerTests {
    final class Rig {
        let clock = ManualClock()
        let output = CapturedOutput(columns: 60)
        let input: ScriptedInput
        let runner: TimerRunner
        let start: MonotonicInstant

        init(_ steps: [ScriptedInput.Step] = [], plain: Bool = false, timeScale: Double = 1, style: Style = .plain,
             sound: TimerSound = .bell) {
            start = clock.now()
            input = ScriptedInput(clock: clock, steps: steps)
            runner = TimerRunner(
                options: .init(plain: plain, timeScale: timeScale, style: style, glyphs: .ascii, bell: true, sound: sound),
                input: input, output: output, clock: clock
            )
        }

        var elapsedReal: Double { clock.now().seconds(since: start) }
    }

    static let space = InputEvent.bytes([UInt8(ascii: " ")])
    static func key(_ character: Character) -> InputEvent { .bytes([character.asciiValue ?? 0]) }
    static func bells(_ text: String) -> Int { text.filter { $0 == "\u{07}" }.count }

    @Test func runsToTheEndWithBellAndClosing() {
        let rig = Rig()
        #expect(rig.runner.run(seconds: 5, label: "Talk", closing: "Time is up.") == .finished)
        #expect(rig.elapsedReal == 5)
        let text = rig.output.text
        for shown in ["00:05", "00:04", "00:03", "00:02", "00:01", "00:00"] {
            #expect(text.contains(shown))
        }
        #expect(text.hasSuffix("\u{07}Time is up.\n"))
    }

    @Test func ticksOncePerSecondOnTheGrid() {
        let rig = Rig()
        _ = rig.runner.run(seconds: 10, label: "Talk")
        #expect(rig.input.deadlines == (1...10).map { rig.start.adding(seconds: Double($0)) })
    }

    @Test func timeScaleSpeedsUpAndThinsFrames() {
        let rig = Rig(timeScale: 0.01)
        #expect(rig.runner.run(seconds: 300, label: "Talk") == .finished)
        #expect(abs(rig.elapsedReal - 3) < 1e-6)
        // 1/30 s minimum between frames at 100x: every 4 timer seconds, 40 ms apart.
        let gaps = zip(rig.input.deadlines.dropFirst(), rig.input.deadlines).map { $0.seconds(since: $1) }
        #expect(gaps.allSatisfy { abs($0 - 0.04) < 1e-6 })
    }

    @Test func zeroScaleCompletesImmediately() {
        let rig = Rig(timeScale: 0)
        #expect(rig.runner.run(seconds: 600, label: "Talk") == .finished)
        #expect(rig.elapsedReal == 0)
        #expect(rig.input.deadlines.isEmpty)
        #expect(rig.output.text.contains("Time."))
    }

    @Test func skipReportsElapsed() {
        let rig = Rig([.init(at: 2.5, .bytes([UInt8(ascii: "s")]))])
        #expect(rig.runner.run(seconds: 60, label: "Talk") == .skipped(elapsedSeconds: 2.5))
        #expect(!rig.output.text.contains("\u{07}"))
    }

    @Test func quitByKeyAndByCtrlCAsksFirst() {
        let byKey = Rig([.init(at: 3, Self.key("q")), .init(at: 20, Self.key("y"))])
        #expect(byKey.runner.run(seconds: 60, label: "Talk") == .quit(elapsedSeconds: 3))
        #expect(byKey.output.text.contains("Stop for tonight? y/N"))
        let byInterrupt = Rig([.init(at: 4, .interrupt), .init(at: 5, Self.key("Y"))])
        #expect(byInterrupt.runner.run(seconds: 60, label: "Talk") == .quit(elapsedSeconds: 4))
    }

    @Test func anythingButYesCarriesOnAndTheClockWaitedMeanwhile() {
        let rig = Rig([.init(at: 3, Self.key("q")), .init(at: 13, Self.key("n"))])
        #expect(rig.runner.run(seconds: 10, label: "Talk") == .finished)
        #expect(rig.elapsedReal == 20)
        #expect(rig.output.text.contains("no, carrying on"))
        let enter = Rig([.init(at: 3, .interrupt), .init(at: 4, Self.key("\r"))])
        #expect(enter.runner.run(seconds: 10, label: "Talk") == .finished)
    }

    @Test func enterEndsTheExerciseOnly() {
        let rig = Rig([.init(at: 2, Self.key("\r"))])
        #expect(rig.runner.run(seconds: 60, label: "Talk") == .skipped(elapsedSeconds: 2))
    }

    @Test func theKeyLineSaysWhatTheKeysDo() {
        let rig = Rig()
        _ = rig.runner.run(seconds: 1, label: "Talk")
        #expect(rig.output.text.hasPrefix("Enter or s: we're done \u{00B7} space: pause \u{00B7} q: stop for tonight"))
    }

    @Test func cuesAndEveryPhaseRingAndQuietRingsNone() {
        let timer = Rig()
        _ = timer.runner.run(seconds: 10, label: "Gaze", cues: [.halfway(of: 10), TimerCue(atSecond: 8, message: "Nearly there.")])
        #expect(Self.bells(timer.output.text) == 3, "halfway, nearly there, the end")
        let pacer = Rig()
        _ = pacer.runner.breathe(BreathingPacer(pattern: .init(inhale: 4, holdFull: 2, exhale: 4), cycles: 2))
        // Each breath: in (1), hold (1), out (2: told apart by ear); then the end.
        #expect(Self.bells(pacer.output.text) == 2 * 4 + 1)
        let quiet = Rig(sound: .quiet)
        _ = quiet.runner.breathe(BreathingPacer(pattern: .init(inhale: 4, exhale: 4), cycles: 2))
        _ = quiet.runner.run(seconds: 10, label: "Gaze", cues: [.halfway(of: 10)])
        #expect(Self.bells(quiet.output.text) == 0)
    }

    @Test func aPausedBreathStartsItsPhaseAgain() {
        // Paused 1 s into the out-breath, which then starts over: 1 s of breathing is repeated.
        let rig = Rig([.init(at: 5, Self.space), .init(at: 10, Self.space)], sound: .quiet)
        #expect(rig.runner.breathe(BreathingPacer(pattern: .init(inhale: 4, exhale: 4), cycles: 1)) == .finished)
        #expect(rig.elapsedReal == 14)
    }

    @Test func skipElapsedIsInTimerTime() {
        let rig = Rig([.init(at: 0.25, .bytes([UInt8(ascii: "S")]))], timeScale: 0.01)
        #expect(rig.runner.run(seconds: 300, label: "Talk") == .skipped(elapsedSeconds: 25))
    }

    @Test func pauseStopsTheClock() {
        let rig = Rig([.init(at: 2, Self.space), .init(at: 12, Self.space)])
        #expect(rig.runner.run(seconds: 5, label: "Talk") == .finished)
        #expect(rig.elapsedReal == 15)
        #expect(rig.output.text.contains("paused"))
    }

    @Test func pausedThenSkipped() {
        let rig = Rig([.init(at: 2, Self.space), .init(at: 30, .bytes([UInt8(ascii: "s")]))])
        #expect(rig.runner.run(seconds: 10, label: "Talk") == .skipped(elapsedSeconds: 2))
    }

    @Test func otherKeysAreIgnored() {
        let rig = Rig([.init(at: 1, .bytes([0x1B, 0x5B, 0x41, UInt8(ascii: "x")])), .init(at: 2, .resize)])
        #expect(rig.runner.run(seconds: 3, label: "Talk") == .finished)
    }

    @Test func cueAppearsOnceAboveTheBar() {
        let rig = Rig()
        _ = rig.runner.run(seconds: 10, label: "Talk", cues: [.halfway(of: 10, message: "Halfway. Switch.")])
        let text = rig.output.text
        #expect(text.ranges(of: "Halfway. Switch.").count == 1)
        let cue = text.firstRange(of: "Halfway. Switch.\n")
        let after = text.firstRange(of: "00:05")
        #expect(cue != nil && after != nil)
        if let cue, let after { #expect(cue.upperBound <= after.lowerBound) }
    }

    @Test func plainModeAnnouncesAtIntervalsWithoutRedraws() {
        let rig = Rig(plain: true)
        #expect(rig.runner.run(seconds: 150, label: "Talk", cues: [.halfway(of: 150)], closing: "Done.") == .finished)
        let lines = rig.output.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == [
            "Talk: 2 minutes 30 seconds. (Enter or s: we're done; space: pause; q: stop for tonight)",
            "2 minutes left.",
            "1 minute 30 seconds left.",
            "Halfway.",
            "\u{07}1 minute left.",
            "30 seconds left.",
            "20 seconds left.",
            "10 seconds left.",
            "\u{07}Done.",
            "",
        ])
        #expect(!rig.output.text.contains("\r"))
        #expect(!rig.output.text.contains("\u{1B}"))
    }

    @Test func plainModePauseIsSpoken() {
        let rig = Rig([.init(at: 5, Self.space), .init(at: 20, Self.space)], plain: true)
        _ = rig.runner.run(seconds: 40, label: "Talk")
        #expect(rig.output.text.contains("Paused. Press space to go on.\nGoing on. 35 seconds left.\n"))
    }

    @Test func endOfInputWhilePausedResumes() {
        let rig = Rig([.init(at: 1, Self.space), .init(at: 2, .endOfInput)])
        #expect(rig.runner.run(seconds: 4, label: "Talk") == .finished)
        #expect(rig.elapsedReal == 5)
    }

    @Test func styledRunHidesAndRestoresCursor() {
        let rig = Rig(style: Style(escapes: true, colors: true))
        _ = rig.runner.run(seconds: 2, label: "Talk")
        let text = rig.output.text
        #expect(text.contains("\u{1B}[?25l"))
        #expect(text.hasSuffix("\u{1B}[?25h"))
        #expect(Terminal.cursorHidden == 0)
    }

    @Test func redrawsUseTheCurrentWidth() {
        let rig = Rig([.init(at: 1.5, .resize)])
        rig.output.columns = 100
        _ = rig.runner.run(seconds: 3, label: "Talk")
        #expect(rig.output.text.contains("[##############################]"))
    }

    @Test func breathingRunsAllCycles() {
        // Quiet: a breath out's second ring would add its own wake-up between frames.
        let rig = Rig(sound: .quiet)
        let pacer = BreathingPacer(pattern: .init(inhale: 4, holdFull: 0, exhale: 6, holdEmpty: 0), cycles: 3)
        #expect(rig.runner.breathe(pacer, label: "Slow breaths", closing: "Done.") == .finished)
        #expect(rig.elapsedReal == 30)
        let text = rig.output.text
        #expect(text.hasPrefix("Slow breaths  Enter or s: we're done"))
        for phrase in ["breathe in", "breathe out", "1 of 3", "2 of 3", "3 of 3"] { #expect(text.contains(phrase)) }
        #expect(!text.contains("hold"))
        // Eight frames a second on a fixed grid.
        let gaps = zip(rig.input.deadlines.dropFirst(), rig.input.deadlines).map { $0.seconds(since: $1) }
        #expect(gaps.allSatisfy { abs($0 - 0.125) < 1e-6 })
    }

    @Test func breathingPlainSpeaksEachPhase() {
        let rig = Rig(plain: true, sound: .quiet)
        let pacer = BreathingPacer(pattern: .init(inhale: 4, holdFull: 2, exhale: 6, holdEmpty: 0), cycles: 2)
        _ = rig.runner.breathe(pacer, label: "Box", closing: "Done.")
        #expect(rig.output.text == """
            Box: 2 breaths, 24 seconds. (Enter or s: we're done; space: pause; q: stop for tonight)
            1 of 2: breathe in, 4
            hold, 2
            breathe out, 6
            2 of 2: breathe in, 4
            hold, 2
            breathe out, 6
            Done.

            """)
    }

    @Test func breathingQuitReportsElapsed() {
        let rig = Rig([.init(at: 7, .bytes([UInt8(ascii: "q")])), .init(at: 8, Self.key("y"))])
        let pacer = BreathingPacer(pattern: .init(inhale: 4, exhale: 4), cycles: 10)
        #expect(rig.runner.breathe(pacer) == .quit(elapsedSeconds: 7))
    }
}
