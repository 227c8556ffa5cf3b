import LocatedJSON
import Testing

@Suite struct JSONParserUTF8Tests {
    /// `["ab` + the bytes + `"]`: the bad byte, if any, is at column 5.
    private func inString(_ bytes: [UInt8]) -> [UInt8] {
        Array(#"["ab"#.utf8) + bytes + Array(#""]"#.utf8)
    }

    @Test(arguments: [
        [0xC2, 0x80], [0xDF, 0xBF],
        [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF],
        [0xF0, 0x90, 0x80, 0x80], [0xF3, 0xBF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
    ] as [[UInt8]])
    func wellFormedSequencesAreAccepted(_ sequence: [UInt8]) throws {
        let root = try JSONParser.parse(inString(sequence))
        let expected = "ab" + String(decoding: sequence, as: UTF8.self)
        #expect(root.array?.first?.string == expected)
        #expect(expected.unicodeScalars.count == 3)
    }

    @Test(arguments: [
        [0x80],                    // stray continuation byte
        [0xBF, 0x41],
        [0xC0, 0x80],              // overlong NUL
        [0xC1, 0xBF],              // overlong
        [0xE0, 0x80, 0x80],        // overlong
        [0xE0, 0x9F, 0xBF],        // overlong
        [0xF0, 0x80, 0x80, 0x80],  // overlong
        [0xF0, 0x8F, 0xBF, 0xBF],  // overlong
        [0xED, 0xA0, 0x80],        // U+D800 encoded
        [0xED, 0xBF, 0xBF],        // U+DFFF encoded
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xF5, 0x80, 0x80, 0x80],
        [0xFE], [0xFF],
        [0xC3],                    // truncated before the closing quote
        [0xE2, 0x82],
        [0xF0, 0x9F, 0x98],
        [0xE2, 0x41, 0x42],        // lead byte followed by ASCII
    ] as [[UInt8]])
    func illFormedSequencesAreRefusedAtTheirFirstByte(_ sequence: [UInt8]) {
        #expect(syntaxError(inString(sequence)) == JSONSyntaxError(message: "invalid UTF-8", position: at(1, 5)))
    }

    @Test func truncatedSequenceAtTheEndOfTheFile() {
        #expect(syntaxError(Array(#"["é"#.utf8) + [0xF0, 0x9F]) == JSONSyntaxError(message: "invalid UTF-8", position: at(1, 4)))
    }

    @Test func earlierMultiByteCharactersCountAsOneColumn() {
        let bytes = Array("[\"日本😀".utf8) + [0xFF] + Array("\"]".utf8)
        #expect(syntaxError(bytes) == JSONSyntaxError(message: "invalid UTF-8", position: at(1, 6)))
    }

    @Test func invalidBytesOutsideStringsAreInvalidUTF8() {
        #expect(syntaxError([0xFF]) == JSONSyntaxError(message: "invalid UTF-8", position: at(1, 1)))
        #expect(syntaxError([0x5B, 0x31, 0x2C, 0x0A, 0xC0, 0xAF, 0x5D]) == JSONSyntaxError(message: "invalid UTF-8", position: at(2, 1)))
        #expect(syntaxError([0x31, 0xE9]) == JSONSyntaxError(message: "invalid UTF-8", position: at(1, 2)))
    }

    @Test func byteOrderMarkAloneIsAnEmptyFile() {
        #expect(syntaxError([0xEF, 0xBB, 0xBF]) == JSONSyntaxError(message: "the file is empty", position: at(1, 1)))
        #expect(syntaxError([0xEF, 0xBB]) == JSONSyntaxError(message: "invalid UTF-8", position: at(1, 1)))
    }

    @Test func utf16IsRefused() {
        #expect(syntaxError([0xFF, 0xFE, 0x5B, 0x00, 0x5D, 0x00]) != nil)
        #expect(syntaxError([0x00, 0x5B, 0x00, 0x5D]) != nil)
    }
}
