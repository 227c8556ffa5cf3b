import Testing
@testable import TerminalKit

@Suite("DisplayWidth")
struct DisplayWidthTests {
    @Test func asciiIsOneColumn() {
        #expect(DisplayWidth.of("hello") == 5)
    }

    @Test func eastAsianWideIsTwo() {
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("ｆｕｌｌ") == 8)
        #expect(DisplayWidth.of("カタカナ") == 8)
    }

    @Test func emojiAreTwo() {
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("👩‍❤️‍👨") == 2)
        #expect(DisplayWidth.of("🇩🇪") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("1️⃣") == 2)
    }

    @Test func textPresentationSymbolsAreOne() {
        #expect(DisplayWidth.of("❤") == 1)
        #expect(DisplayWidth.of("©") == 1)
        #expect(DisplayWidth.of("1") == 1)
    }

    @Test func combiningMarksAreZero() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("\u{301}") == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
    }

    @Test func truncateKeepsWithinWidth() {
        #expect(DisplayWidth.truncate("日本語のテキスト", to: 9) == "日本語...")
        #expect(DisplayWidth.truncate("short", to: 9) == "short")
        #expect(DisplayWidth.of(DisplayWidth.truncate("日本語のテキスト", to: 8, ellipsis: "…")) <= 8)
    }
}

@Suite("TextWrapper")
struct TextWrapperTests {
    static let prose = "Tell each other about a small moment this week when you felt close, even if it lasted only a second. Take your time; there is no wrong answer."

    @Test(arguments: [80, 120, 40, 20])
    func linesFitTheWidth(_ width: Int) {
        let lines = TextWrapper.wrap(Self.prose, width: width)
        for line in lines { #expect(DisplayWidth.of(line) <= width) }
        #expect(lines.joined(separator: " ") == Self.prose)
    }

    @Test func eightyColumns() {
        let lines = TextWrapper.wrap(Self.prose, width: 80)
        #expect(lines == [
            "Tell each other about a small moment this week when you felt close, even if it",
            "lasted only a second. Take your time; there is no wrong answer.",
        ])
    }

    @Test func oneHundredTwentyColumns() {
        let lines = TextWrapper.wrap(Self.prose, width: 120)
        #expect(lines == [
            "Tell each other about a small moment this week when you felt close, even if it lasted only a second. Take your time;",
            "there is no wrong answer.",
        ])
    }

    @Test func wideCharactersCountDouble() {
        let text = String(repeating: "日本語 ", count: 10)
        let lines = TextWrapper.wrap(text, width: 20)
        // "日本語" is 6 columns: three words and two spaces make 20.
        #expect(lines.first == "日本語 日本語 日本語")
        for line in lines { #expect(DisplayWidth.of(line) <= 20) }
    }

    @Test func wideCharactersWithoutSpacesBreakAnywhere() {
        let lines = TextWrapper.wrap("これは非常に長い日本語の文章でスペースがありません", width: 10)
        for line in lines { #expect(DisplayWidth.of(line) <= 10) }
        #expect(lines.joined() == "これは非常に長い日本語の文章でスペースがありません")
        #expect(lines[0] == "これは非常")
    }

    @Test func longWordIsBroken() {
        let lines = TextWrapper.wrap("see https://example.com/a/very/long/path/that/goes/on ok", width: 16)
        // The long word starts on a line of its own, then fills whole lines.
        #expect(lines == ["see", "https://example.", "com/a/very/long/", "path/that/goes/o", "n ok"])
    }

    @Test func explicitNewlinesAndBlankLinesArePreserved() {
        #expect(TextWrapper.wrap("one\n\ntwo three", width: 5) == ["one", "", "two", "three"])
        #expect(TextWrapper.wrap("", width: 10) == [""])
        #expect(TextWrapper.wrap("end\n", width: 10) == ["end", ""])
    }

    @Test func hangingIndent() {
        let lines = TextWrapper.hanging("I would like to go for a walk by the river tonight", lead: "Ana: ", width: 20)
        #expect(lines == [
            "Ana: I would like to",
            "     go for a walk",
            "     by the river",
            "     tonight",
        ])
    }

    @Test func indentAppliesToLaterParagraphs() {
        let lines = TextWrapper.wrap("first\nsecond", width: 20, initialIndent: "> ", subsequentIndent: "  ")
        #expect(lines == ["> first", "  second"])
    }

    @Test func combiningMarksDoNotCount() {
        let word = String(repeating: "e\u{301}", count: 10)
        #expect(TextWrapper.wrap(word, width: 10) == [word])
    }

    @Test func leadingSpacesKeptInnerSpacesKept() {
        #expect(TextWrapper.wrap("  indented  text", width: 40) == ["  indented  text"])
    }

    @Test func degenerateWidths() {
        #expect(TextWrapper.wrap("ab", width: 0) == ["a", "b"])
        #expect(TextWrapper.wrap("日", width: 1) == ["日"])
    }
}
