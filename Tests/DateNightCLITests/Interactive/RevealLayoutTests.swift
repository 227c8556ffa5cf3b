import DateNightCore
@testable import DateNightCLI
import Testing

@Suite("Reveals side by side")
struct RevealLayoutTests {
    let rows = [
        Event.Reveal.Row(label: "A small joy this week", first: .text("a sunny walk by the river with the dog"), second: .text("the new book")),
        Event.Reveal.Row(label: "Tonight in one word", first: .text("warm"), second: .passed),
    ]

    @Test func wideWindowsGetTwoColumnsUnderTheNames() {
        let lines = RevealLayout.plainLines(rows: rows, names: ["Alex", "Sam"], width: 60)
        #expect(lines == [
            "  Alex                           Sam",
            "",
            "  A small joy this week",
            "  a sunny walk by the river      the new book",
            "  with the dog",
            "",
            "  Tonight in one word",
            "  warm                           (passed)",
        ])
    }

    @Test func columnsStopGrowingAtAComfortableWidth() {
        #expect(RevealLayout.columnWidth(for: 200) == RevealLayout.maximumColumn)
        #expect(RevealLayout.columnWidth(for: 79) == 36)
        #expect(RevealLayout.columnWidth(for: 49) == nil)
    }

    @Test func narrowWindowsStackTheAnswersWithTheNamesLinedUp() {
        let lines = RevealLayout.plainLines(rows: rows, names: ["Alexandra", "Sam"], width: 40)
        #expect(lines == [
            "  A small joy this week",
            "    Alexandra: a sunny walk by the river",
            "               with the dog",
            "    Sam:       the new book",
            "",
            "  Tonight in one word",
            "    Alexandra: warm",
            "    Sam:       (passed)",
        ])
        for line in lines { #expect(line.count <= 40) }
    }

    @Test func everyLineFitsAtEveryWidth() {
        let long = [Event.Reveal.Row(label: String(repeating: "label ", count: 20), first: .text(String(repeating: "word ", count: 40)),
                                     second: .text(String(repeating: "日本語", count: 20)))]
        for width in 30...140 {
            for line in RevealLayout.plainLines(rows: long, names: ["Alex", "Sam"], width: width) {
                #expect(DisplayWidthProbe.of(line) <= width, "width \(width): \(line)")
            }
        }
    }

    @Test func namesAndAnswersAreColouredByRole() {
        let lines = RevealLayout.lines(rows: rows, names: ["Alex", "Sam"], width: 60)
        #expect(lines[0].contains(RevealLayout.Segment(text: "Alex", role: .first)))
        #expect(lines[0].contains(RevealLayout.Segment(text: "Sam", role: .second)))
        #expect(lines[2].contains(RevealLayout.Segment(text: "A small joy this week", role: .label)))
    }

    @Test func answersCannotSmuggleEscapeSequences() {
        let sneaky = [Event.Reveal.Row(label: "L\u{1B}]0;title\u{07}", first: .text("\u{1B}[2Jgone"), second: .text("\u{9B}31mred"))]
        for width in [40, 80] {
            let text = RevealLayout.plainLines(rows: sneaky, names: ["A\u{1B}[1m", "B"], width: width).joined(separator: "\n")
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
            #expect(text.contains("^[[2Jgone"))
        }
    }
}

import TerminalKit

/// Columns on screen, as the terminal counts them.
enum DisplayWidthProbe {
    static func of(_ line: String) -> Int { DisplayWidth.of(line) }
}
