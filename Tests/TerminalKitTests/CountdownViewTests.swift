import Testing
@testable import TerminalKit

@Suite("CountdownView and ProgressBar")
struct CountdownViewTests {
    @Test func asciiBar() {
        #expect(ProgressBar.render(fraction: 0, cells: 10, glyphs: .ascii) == "[----------]")
        #expect(ProgressBar.render(fraction: 0.5, cells: 10, glyphs: .ascii) == "[#####-----]")
        #expect(ProgressBar.render(fraction: 1, cells: 10, glyphs: .ascii) == "[##########]")
        #expect(ProgressBar.render(fraction: 7, cells: 4, glyphs: .ascii) == "[####]")
        #expect(ProgressBar.render(fraction: .nan, cells: 4, glyphs: .ascii) == "[----]")
    }

    @Test func unicodeBarHasEighthSteps() {
        #expect(ProgressBar.render(fraction: 0.5, cells: 4, glyphs: .unicode) == "▕██░░▏")
        #expect(ProgressBar.render(fraction: 0.5625, cells: 4, glyphs: .unicode) == "▕██▎░▏")
        #expect(ProgressBar.render(fraction: 0, cells: 4, glyphs: .unicode) == "▕░░░░▏")
        #expect(ProgressBar.render(fraction: 1, cells: 4, glyphs: .unicode) == "▕████▏")
        #expect(ProgressBar.render(fraction: 17.0 / 32, cells: 4, glyphs: .unicode) == "▕██▏░▏",
                "the thinnest partial cell has the track after it, not a gap that reads as the bar's end")
        for step in 0...32 {
            let bar = ProgressBar.render(fraction: Double(step) / 32, cells: 4, glyphs: .unicode)
            #expect(DisplayWidth.of(bar) == 6)
        }
    }

    @Test func fullLine() {
        let line = CountdownView.render(remaining: 300, total: 300, label: "Talk", width: 80)
        #expect(line == "Talk  05:00  [##############################]")
    }

    @Test func barDrainsAndTimeCountsDown() {
        let half = CountdownView.render(remaining: 150, total: 300, label: "Talk", width: 80)
        #expect(half == "Talk  02:30  [###############---------------]")
        let end = CountdownView.render(remaining: 0, total: 300, label: "Talk", width: 80)
        #expect(end == "Talk  00:00  [------------------------------]")
        let almost = CountdownView.render(remaining: 0.4, total: 300, label: "Talk", width: 80)
        #expect(almost.contains("00:01"))
    }

    @Test func pausedNote() {
        let line = CountdownView.render(remaining: 61, total: 120, label: "Talk", width: 80, paused: true)
        #expect(line.hasSuffix("  paused"))
        #expect(line.contains("01:01"))
    }

    @Test(arguments: [10, 20, 30, 40, 60, 80, 120])
    func neverFillsTheLastColumn(_ width: Int) {
        let line = CountdownView.render(remaining: 42, total: 100, label: "A very long label for this particular timer step", width: width, paused: true, glyphs: .unicode)
        #expect(DisplayWidth.of(line) <= width - 1)
        #expect(line.contains("00:42"))
    }

    @Test func hostileLabelIsSanitizedAndOneLine() {
        let line = CountdownView.render(remaining: 5, total: 10, label: "evil\u{1B}[2J\nline", width: 80)
        #expect(!line.contains("\u{1B}"))
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix("evil^[[2J line"))
    }

    @Test func styledLineHasSameText() {
        let style = Style(escapes: true, colors: true)
        let styled = CountdownView.renderStyled(remaining: 30, total: 60, label: "Talk", width: 60, style: style)
        #expect(Style.visibleText(styled) == CountdownView.render(remaining: 30, total: 60, label: "Talk", width: 60))
        #expect(styled.contains("\u{1B}[33m00:30"))
    }
}
