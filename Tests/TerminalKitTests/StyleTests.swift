import Testing
@testable import TerminalKit

@Suite("Style")
struct StyleTests {
    let color = Style(escapes: true, colors: true)

    @Test func resolveRules() {
        #expect(Style.resolve(arguments: [], noColor: nil, term: "xterm", outputIsTerminal: true) == Style(escapes: true, colors: true))
        #expect(Style.resolve(arguments: [], noColor: "1", term: "xterm", outputIsTerminal: true) == Style(escapes: true, colors: false))
        // NO_COLOR set but empty does not count (no-color.org).
        #expect(Style.resolve(arguments: [], noColor: "", term: "xterm", outputIsTerminal: true).colors)
        #expect(!Style.resolve(arguments: ["datenight", "--no-color"], noColor: nil, term: "xterm", outputIsTerminal: true).colors)
        #expect(Style.resolve(arguments: [], noColor: nil, term: "xterm", outputIsTerminal: false) == .plain)
        #expect(Style.resolve(arguments: [], noColor: nil, term: "dumb", outputIsTerminal: true) == .plain)
    }

    @Test func sequences() {
        #expect(color.bold("hi") == "\u{1B}[1mhi\u{1B}[0m")
        #expect(color.dim("hi") == "\u{1B}[2mhi\u{1B}[0m")
        #expect(color.player(.one, "Ana") == "\u{1B}[36mAna\u{1B}[0m")
        #expect(color.player(.two, "Ben") == "\u{1B}[35mBen\u{1B}[0m")
        #expect(color.accent("now") == "\u{1B}[33mnow\u{1B}[0m")
        #expect(color.apply([.bold, .accent], "x") == "\u{1B}[1;33mx\u{1B}[0m")
        #expect(color.player(.one, "Ana") != color.player(.two, "Ana"))
    }

    @Test func noColorKeepsPlayersDistinct() {
        let mono = Style(escapes: true, colors: false)
        #expect(mono.player(.one, "A") != mono.player(.two, "A"))
        #expect(!mono.player(.one, "A").contains("[36"))
        #expect(mono.bold("b") == "\u{1B}[1mb\u{1B}[0m")
    }

    @Test func plainEmitsNoEscapes() {
        let plain = Style.plain
        #expect(plain.bold("a") == "a")
        #expect(plain.player(.two, "b") == "b")
        #expect(plain.apply([.bold, .dim, .accent], "c") == "c")
    }

    @Test func stylingSanitizes() {
        #expect(color.bold("\u{1B}[2J") == "\u{1B}[1m^[[2J\u{1B}[0m")
        #expect(Style.plain.bold("\u{9B}31m") == "<U+009B>31m")
    }

    @Test func readlineMarkers() {
        let styled = color.player(.one, "Ana") + " › "
        #expect(Style.markedForReadline(styled) == "\u{01}\u{1B}[36m\u{02}Ana\u{01}\u{1B}[0m\u{02} › ")
        #expect(Style.markedForReadline("plain > ") == "plain > ")
        #expect(Style.visibleText(Style.markedForReadline(styled)) == "Ana › ")
    }
}
