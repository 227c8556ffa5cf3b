extension JSONScanner {
    mutating func error(_ message: String, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(message: message, position: locator.position(at: offset))
    }

    /// "expected X, found Y" for the character at `offset`, or "unexpected end of file: expected X"
    /// past the end. A hint is added for the usual mistakes of people used to looser formats.
    ///
    /// - Parameter closerAfterComma: the bracket that, found here, means a trailing comma.
    mutating func unexpected(
        _ expected: String, at offset: Int, closerAfterComma: UInt8? = nil, keyExpected: Bool = false
    ) -> JSONSyntaxError {
        guard offset < end else { return error("unexpected end of file: expected \(expected)", at: end) }
        let found: String
        switch describe(at: offset) {
        case .description(let text): found = text
        case .invalidUTF8: return error("invalid UTF-8", at: offset)
        }
        var message = "expected \(expected), found \(found)"
        let byte = bytes[offset]
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset ..< wordEnd(from: offset)]), as: UTF8.self)
        if byte == closerAfterComma {
            message += " (JSON does not allow trailing commas)"
        } else if byte == .slash || byte == 0x23 {
            message += " (JSON does not allow comments)"
        } else if byte == .apostrophe {
            message += " (JSON strings use double quotes)"
        } else if word != word.lowercased(), ["true", "false", "null"].contains(word.lowercased()) {
            message += " (JSON literals are lower-case)"
        } else if ["nan", "infinity", "inf"].contains(word.lowercased()) {
            message += " (JSON has no NaN or Infinity)"
        } else if keyExpected, byte.isASCIILetter {
            message += " (keys must be strings in double quotes)"
        }
        return error(message, at: offset)
    }

    enum FoundCharacter {
        case description(String)
        case invalidUTF8
    }

    /// How a message names the character at `offset`: a word is quoted whole, invisible
    /// characters by their code point.
    func describe(at offset: Int) -> FoundCharacter {
        let byte = bytes[offset]
        switch byte {
        case .space: return .description("a space")
        case .tab: return .description("a tab")
        case .lineFeed, .carriageReturn: return .description("a line break")
        case .apostrophe: return .description("\"'\"")
        case 0x00 ..< 0x20, 0x7F: return .description(codePoint(UInt32(byte)))
        case 0x21 ..< 0x7F:
            guard byte.isWordCharacter else { return .description("'\(Character(Unicode.Scalar(byte)))'") }
            let wordEnd = wordEnd(from: offset)
            let shown = min(wordEnd, offset + 40)
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset ..< shown]), as: UTF8.self)
            return .description("'\(word)\(shown < wordEnd ? "…" : "")'")
        default:
            guard let next = utf8SequenceEnd(at: offset),
                  let scalar = decodeScalar(UnsafeBufferPointer(rebasing: bytes[offset ..< next]))
            else { return .invalidUTF8 }
            switch scalar.properties.generalCategory {
            case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator,
                 .privateUse, .surrogate, .unassigned, .nonspacingMark, .enclosingMark:
                return .description(codePoint(scalar.value))
            default:
                return .description("'\(Character(scalar))'")
            }
        }
    }

    func wordEnd(from offset: Int) -> Int {
        var index = offset
        while index < end, bytes[index].isWordCharacter { index += 1 }
        return index
    }

    private func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private func decodeScalar(_ sequence: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var iterator = sequence.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
