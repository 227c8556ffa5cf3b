@testable import DateNightCLI
import Testing

@Suite("The step header")
struct StepHeaderTests {
    @Test func showsTheSceneWhereInItAndABar() {
        let line = StepHeader.line(title: "Love Mapping", place: "question 3 of 10", fraction: 0.25, width: 79, glyphs: .ascii)
        #expect(line == "Love Mapping · question 3 of 10  [###-------]")
    }

    @Test func withoutAPlaceOnlyTheBarFollowsTheTitle() {
        #expect(StepHeader.line(title: "S", place: nil, fraction: 0, width: 79, glyphs: .ascii) == "S  [----------]")
        #expect(StepHeader.line(title: "S", place: nil, fraction: 1, width: 79, glyphs: .ascii) == "S  [##########]")
    }

    @Test func plainModeLeavesTheBarOut() {
        #expect(StepHeader.line(title: "S", place: "question 2 of 4", fraction: 0.5, width: 79, glyphs: .ascii, showBar: false)
                == "S · question 2 of 4")
    }

    @Test func narrowWindowsShortenTheTitleThenDropTheBarThenTheTitle() {
        let title = "Sampler: a little of everything"
        let full = StepHeader.line(title: title, place: "question 2 of 5", fraction: 0.1, width: 79, glyphs: .ascii)
        #expect(full == "Sampler: a little of everything · question 2 of 5  [#---------]")
        let shorter = StepHeader.line(title: title, place: "question 2 of 5", fraction: 0.1, width: 52, glyphs: .ascii)
        #expect(shorter == "Sampler: a little... · question 2 of 5  [#---------]", "cut after a whole word")
        let noBar = StepHeader.line(title: title, place: "question 2 of 5", fraction: 0.1, width: 32, glyphs: .ascii)
        #expect(noBar == "Sampler: a... · question 2 of 5")
        let placeOnly = StepHeader.line(title: title, place: "question 2 of 5", fraction: 0.1, width: 20, glyphs: .ascii)
        #expect(placeOnly == "question 2 of 5")
        for width in 1...90 {
            let line = StepHeader.line(title: title, place: "question 2 of 5", fraction: 0.1, width: width, glyphs: .unicode)
            #expect(line.count <= max(width, 3), "width \(width): \(line)")
        }
    }

    @Test func aTitleCannotSmuggleControlCharacters() {
        let line = StepHeader.line(title: "Evil\u{1B}[2J\u{07}", place: nil, fraction: 0, width: 79, glyphs: .ascii)
        #expect(!line.contains("\u{1B}"))
        #expect(!line.contains("\u{07}"))
        #expect(line.hasPrefix("Evil^[[2J^G"))
    }
}
