import Testing
@testable import TerminalKit

@Suite("BreathingPacer")
struct BreathingPacerTests {
    // 4-7-8 breathing with a 1 s rest: 20 s a cycle.
    let pacer = BreathingPacer(pattern: .init(inhale: 4, holdFull: 7, exhale: 8, holdEmpty: 1), cycles: 12)

    @Test func totals() {
        #expect(pacer.totalSeconds == 240)
        #expect(pacer.pattern.phases.map(\.phase) == [.inhale, .holdFull, .exhale, .holdEmpty])
    }

    @Test func phasesAtGivenTimes() {
        let expected: [(Double, BreathingPacer.Phase, Int, Int)] = [
            (0, .inhale, 4, 1), (0.5, .inhale, 4, 1), (3.99, .inhale, 1, 1),
            (4, .holdFull, 7, 1), (10.5, .holdFull, 1, 1),
            (11, .exhale, 8, 1), (18.2, .exhale, 1, 1),
            (19, .holdEmpty, 1, 1),
            (20, .inhale, 4, 2), (45, .holdFull, 6, 3),
            (239.9, .holdEmpty, 1, 12),
        ]
        for (elapsed, phase, left, cycle) in expected {
            let frame = pacer.frame(at: elapsed)
            #expect(frame.phase == phase, "at \(elapsed)")
            #expect(frame.phaseSecondsLeft == left, "at \(elapsed)")
            #expect(frame.cycle == cycle, "at \(elapsed)")
            #expect(frame.totalCycles == 12)
            #expect(!frame.isFinished)
        }
    }

    /// Box breathing is "in, hold, out, hold" on screen as in the scene's words, and a glance
    /// tells a breath in from a breath out from a hold by its colour (issue 17).
    @Test func bothHoldsSayHoldAndEachKindOfPhaseHasItsOwnColour() {
        let box = BreathingPacer(pattern: .init(inhale: 4, holdFull: 4, exhale: 4, holdEmpty: 4), cycles: 1)
        let frames = [0.0, 4, 8, 12].map { box.frame(at: $0) }
        #expect(frames.map(\.phase.words) == ["breathe in", "hold", "breathe out", "hold"])
        let colour = Style(escapes: true, colors: true)
        let labels = frames.map { frame in
            let line = BreathingPacer.renderStyled(frame, width: 60, glyphs: .unicode, style: colour)
            return String(line.prefix(while: { $0 != "m" }))   // the label's opening SGR
        }
        #expect(Set([labels[0], labels[1], labels[2]]).count == 3, "\(labels)")
        #expect(labels[1] == labels[3], "a hold looks the same full or empty")
    }

    @Test func barGrowsOnInhaleAndShrinksOnExhale() {
        let inhale = stride(from: 0.0, to: 4.0, by: 0.25).map { pacer.frame(at: $0).fill }
        #expect(inhale == inhale.sorted())
        #expect(inhale.first == 0)
        #expect(abs(pacer.frame(at: 2).fill - 0.5) < 1e-9)
        #expect(pacer.frame(at: 5).fill == 1)
        let exhale = stride(from: 11.0, to: 19.0, by: 0.25).map { pacer.frame(at: $0).fill }
        #expect(exhale == exhale.sorted(by: >))
        #expect(exhale.first == 1)
        #expect(abs(pacer.frame(at: 15).fill - 0.5) < 1e-9)
        #expect(pacer.frame(at: 19.5).fill == 0)
    }

    @Test func finishedAtTheEnd() {
        let frame = pacer.frame(at: 240)
        #expect(frame.isFinished)
        #expect(frame.cycle == 12)
        #expect(pacer.frame(at: 10_000).isFinished)
    }

    @Test func zeroHoldsAreSkipped() {
        let simple = BreathingPacer(pattern: .init(inhale: 4, holdFull: 0, exhale: 6, holdEmpty: 0), cycles: 3)
        #expect(simple.totalSeconds == 30)
        #expect(simple.pattern.phases.map(\.phase) == [.inhale, .exhale])
        #expect(simple.frame(at: 3.9).phase == .inhale)
        #expect(simple.frame(at: 4).phase == .exhale)
        #expect(simple.frame(at: 9.9).phase == .exhale)
        #expect(simple.frame(at: 10).phase == .inhale)
        #expect(simple.frame(at: 10).cycle == 2)
        for t in stride(from: 0.0, to: 30, by: 0.5) {
            let phase = simple.frame(at: t).phase
            #expect(phase != .holdFull && phase != .holdEmpty)
        }
    }

    @Test func cycleCounting() {
        let cycles = stride(from: 0.0, to: 240, by: 20).map { pacer.frame(at: $0 + 0.1).cycle }
        #expect(cycles == Array(1...12))
    }

    @Test func degeneratePatterns() {
        #expect(BreathingPacer(pattern: .init(inhale: 0, exhale: 0), cycles: 5).frame(at: 0).isFinished)
        #expect(BreathingPacer(pattern: .init(inhale: 4, exhale: 4), cycles: 0).frame(at: 0).isFinished)
        #expect(BreathingPacer(pattern: .init(inhale: -3, exhale: .nan), cycles: 2).totalSeconds == 0)
    }

    @Test func nextPhaseStarts() {
        #expect(pacer.nextPhaseStart(after: 0) == 4)
        #expect(pacer.nextPhaseStart(after: 4) == 11)
        #expect(pacer.nextPhaseStart(after: 19.5) == 20)
        #expect(pacer.nextPhaseStart(after: 239.5) == nil)
    }

    @Test func renderedLine() {
        let line = BreathingPacer.render(pacer.frame(at: 2), width: 80)
        #expect(line == "breathe in    2  [###############---------------]  1 of 12")
        let hold = BreathingPacer.render(pacer.frame(at: 45), width: 80)
        #expect(hold == "hold          6  [##############################]  3 of 12")
        let narrow = BreathingPacer.render(pacer.frame(at: 12), width: 20)
        #expect(DisplayWidth.of(narrow) <= 19)
        #expect(narrow.hasPrefix("breathe out"))
    }

    @Test func finishedLineShowsNoStalledBar() {
        let done = BreathingPacer.render(pacer.frame(at: 240), width: 80)
        #expect(done.hasPrefix("done"))
        #expect(done.hasSuffix("12 of 12"))
        #expect(!done.contains("["), "an empty bar beside 'done' looks stalled: \(done)")
    }

    @Test(arguments: [24, 40, 60, 80, 200])
    func widthRespected(_ width: Int) {
        for t in stride(from: 0.0, to: 40, by: 0.7) {
            #expect(DisplayWidth.of(BreathingPacer.render(pacer.frame(at: t), width: width, glyphs: .unicode)) <= width - 1)
        }
    }
}
