@testable import DateNightCLI
import Testing

@Suite("The step header")
struct StepHeaderTests {
    @Test func showsTheSceneTheStepBeingAnsweredAndABar() {
        let line = StepHeader.line(title: "Eye Gazing", done: 2, total: 8, width: 79, glyphs: .ascii)
        #expect(line == "Eye Gazing · step 3 of 8  [###-------]", "two of eight done: the bar is a quarter full")
    }

    @Test func theFirstStepIsStepOneAndTheLastFillsAllButItsOwnPart() {
        #expect(StepHeader.line(title: "S", done: 0, total: 4, width: 79, glyphs: .ascii) == "S · step 1 of 4  [----------]")
        #expect(StepHeader.line(title: "S", done: 3, total: 4, width: 79, glyphs: .ascii) == "S · step 4 of 4  [########--]")
    }

    @Test func withoutAnEstimateOnlyTheStepIsCounted() {
        #expect(StepHeader.line(title: "S", done: 5, total: nil, width: 79, glyphs: .ascii) == "S · step 6")
    }

    @Test func plainModeLeavesTheBarOut() {
        #expect(StepHeader.line(title: "S", done: 1, total: 4, width: 79, glyphs: .ascii, showBar: false) == "S · step 2 of 4")
    }

    @Test func narrowWindowsShortenTheTitleThenDropTheBarThenTheTitle() {
        let title = "Sampler: a little of everything"
        let full = StepHeader.line(title: title, done: 1, total: 15, width: 79, glyphs: .ascii)
        #expect(full == "Sampler: a little of everything · step 2 of 15  [#---------]")
        let shorter = StepHeader.line(title: title, done: 1, total: 15, width: 50, glyphs: .ascii)
        #expect(shorter == "Sampler: a little... · step 2 of 15  [#---------]", "cut after a whole word")
        #expect(shorter.count <= 50)
        let noBar = StepHeader.line(title: title, done: 1, total: 15, width: 30, glyphs: .ascii)
        #expect(noBar == "Sampler: a... · step 2 of 15")
        let stepOnly = StepHeader.line(title: title, done: 1, total: 15, width: 20, glyphs: .ascii)
        #expect(stepOnly == "step 2 of 15")
        for width in 1...90 {
            let line = StepHeader.line(title: title, done: 1, total: 15, width: width, glyphs: .unicode)
            #expect(line.count <= max(width, 3), "width \(width): \(line)")
        }
    }

    @Test func aTitleCannotSmuggleControlCharacters() {
        let line = StepHeader.line(title: "Evil\u{1B}[2J\u{07}", done: 0, total: 2, width: 79, glyphs: .ascii)
        #expect(!line.contains("\u{1B}"))
        #expect(!line.contains("\u{07}"))
        #expect(line.hasPrefix("Evil^[[2J^G"))
    }

    @Test func anEstimateBelowTheCurrentStepIsNotShownAsSuch() {
        #expect(StepHeader.line(title: "S", done: 4, total: 4, width: 79, glyphs: .ascii) == "S · step 5  [##########]")
    }
}
