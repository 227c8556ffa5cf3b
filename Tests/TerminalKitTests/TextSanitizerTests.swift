import Testing
@testable import TerminalKit

@Suite("TextSanitizer")
struct TextSanitizerTests {
    @Test("every C0 control except newline is neutralised", arguments: Array(UInt32(0)..<0x20))
    func c0(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let input = "a" + String(Character(scalar)) + "b"
        let output = TextSanitizer.printable(input)
        switch value {
        case 0x0A:
            #expect(output == "a\nb")
        case 0x09:
            #expect(output == "a    b")
        default:
            let caret = try #require(Unicode.Scalar(value + 0x40))
            #expect(output == "a^" + String(Character(caret)) + "b")
        }
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("every C1 control is shown as its code point", arguments: Array(UInt32(0x80)...0x9F))
    func c1(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let output = TextSanitizer.printable("x" + String(Character(scalar)) + "y")
        let hex = String(value, radix: 16, uppercase: true)
        #expect(output == "x<U+00\(hex)>y")
        #expect(!output.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
    }

    @Test func aDocumentKeepsItsTabsAndNothingElse() {
        #expect(TextSanitizer.printableKeepingTabs("1\tSampler\u{1B}]0;x\u{7}\t\u{9B}\u{202E}\n") == "1\tSampler^[]0;x^G\t<U+009B><U+202E>\n")
        #expect(TextSanitizer.printableKeepingTabs("plain\ttext") == "plain\ttext")
    }

    @Test func deleteIsCaretQuestionMark() {
        #expect(TextSanitizer.printable("a\u{7F}b") == "a^?b")
    }

    @Test func eraseScreenSequenceBecomesInert() {
        let output = TextSanitizer.printable("hi\u{1B}[2Jthere")
        #expect(output == "hi^[[2Jthere")
        #expect(!output.contains("\u{1B}"))
    }

    @Test("OSC 52 clipboard writes, with BEL and with ST terminators")
    func osc52() {
        let bel = "\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}"
        let st = "\u{1B}]52;c;ZWNobyBwd25lZA==\u{1B}\\"
        let c1 = "\u{9D}52;c;ZWNobyBwd25lZA==\u{9C}"
        #expect(TextSanitizer.printable(bel) == "^[]52;c;ZWNobyBwd25lZA==^G")
        #expect(TextSanitizer.printable(st) == "^[]52;c;ZWNobyBwd25lZA==^[\\")
        #expect(TextSanitizer.printable(c1) == "<U+009D>52;c;ZWNobyBwd25lZA==<U+009C>")
    }

    @Test("bidi overrides and isolates are made visible",
          arguments: [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C] as [UInt32])
    func bidi(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let output = TextSanitizer.printable("abc" + String(Character(scalar)) + "def")
        let hex = String(value, radix: 16, uppercase: true)
        #expect(output == "abc<U+\(String(repeating: "0", count: 4 - hex.count) + hex)>def")
    }

    @Test func trojanSourceStyleReordering() {
        // "access level: user" disguised with RLO ... PDI.
        let input = "if admin \u{202E}\u{2066}// check\u{2069}\u{2066}"
        let output = TextSanitizer.printable(input)
        #expect(!output.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
    }

    @Test func legitimateTextIsUntouched() {
        let texts = ["Hello, world", "Grüße aus Köln", "日本語のテキスト", "שלום עליכם", "مرحبا", "👩‍❤️‍👨 🇩🇪", "e\u{301}", "line one\nline two", ""]
        for text in texts {
            #expect(TextSanitizer.printable(text) == text)
            #expect(!TextSanitizer.needsCleaning(text))
        }
    }

    @Test func windowsLineEndingsBecomeNewlines() {
        #expect(TextSanitizer.printable("a\r\nb\r\n") == "a\nb\n")
        #expect(TextSanitizer.printable("a\rb") == "a^Mb")
    }

    @Test func combiningMarkAfterControlDoesNotHideIt() {
        // Swift would make ESC + U+0301 one Character; scalars are checked one by one.
        #expect(TextSanitizer.printable("\u{1B}\u{301}[2J") == "^[\u{301}[2J")
    }

    @Test func singleLineVariantFlattensNewlines() {
        #expect(TextSanitizer.printableLine("one\ntwo\u{1B}") == "one two^[")
    }

    @Test func idempotent() {
        var all = ""
        for value in UInt32(0)...0x2070 {
            if let scalar = Unicode.Scalar(value) { all.unicodeScalars.append(scalar) }
        }
        let once = TextSanitizer.printable(all)
        #expect(TextSanitizer.printable(once) == once)
        #expect(!TextSanitizer.needsCleaning(once))
    }

    @Test func keepingStyleKeepsOnlySGR() {
        let styled = "\u{1B}[1;36mAna\u{1B}[0m › \u{1B}[2J\u{1B}]0;title\u{07}"
        #expect(TextSanitizer.printableKeepingStyle(styled) == "\u{1B}[1;36mAna\u{1B}[0m › ^[[2J^[]0;title^G")
        #expect(TextSanitizer.printableKeepingStyle("\u{1B}[31") == "^[[31")
    }

    @Test func largeInputIsLinear() {
        // A megabyte of hostile bytes: must finish (no quadratic behaviour); no timing asserted.
        let chunk = String(repeating: "\u{1B}[2J\u{9B}\u{202E}ok ", count: 20_000)
        let output = TextSanitizer.printable(chunk)
        #expect(output.count > chunk.count)
        #expect(!output.contains("\u{1B}"))
    }
}
