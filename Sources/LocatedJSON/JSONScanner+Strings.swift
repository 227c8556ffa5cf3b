extension JSONScanner {
    /// Reads a string whose opening quote is at `index`.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        let contentStart = index + 1
        var cursor = contentStart
        // Most strings have no escapes: validate them, then decode the slice in one go.
        while cursor < end {
            cursor = plainASCIIEnd(from: cursor)
            guard cursor < end else { break }
            let byte = bytes[cursor]
            if byte == .quote {
                index = cursor + 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart ..< cursor]), as: UTF8.self)
            }
            if byte == .backslash {
                return try parseEscapedString(contentStart: contentStart, firstEscape: cursor)
            }
            if byte < 0x20 { throw controlCharacterError(at: cursor) }
            cursor = byte < 0x80 ? cursor + 1 : try skipScalar(at: cursor)
        }
        throw error("unterminated string", at: end)
    }

    /// Skips eight bytes at a time while none needs a closer look: no quote, backslash,
    /// control character or non-ASCII byte.
    @inline(__always)
    private func plainASCIIEnd(from offset: Int) -> Int {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return offset }
        var cursor = offset
        while cursor + 8 <= end {
            let word = base.loadUnaligned(fromByteOffset: cursor, as: UInt64.self)
            if word & SWAR.highBits != 0 || SWAR.containsByteBelow(word, 0x20)
                || SWAR.containsByte(word, .quote) || SWAR.containsByte(word, .backslash) { break }
            cursor += 8
        }
        return cursor
    }

    private mutating func parseEscapedString(contentStart: Int, firstEscape: Int) throws(JSONSyntaxError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(firstEscape - contentStart + 32)
        var runStart = contentStart
        var cursor = firstEscape
        while cursor < end {
            let byte = bytes[cursor]
            if byte == .quote {
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart ..< cursor]))
                index = cursor + 1
                return String(decoding: decoded, as: UTF8.self)
            }
            if byte == .backslash {
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart ..< cursor]))
                cursor = try decodeEscape(at: cursor, into: &decoded)
                runStart = cursor
                continue
            }
            if byte < 0x20 { throw controlCharacterError(at: cursor) }
            cursor = byte < 0x80 ? cursor + 1 : try skipScalar(at: cursor)
        }
        throw error("unterminated string", at: end)
    }

    /// Decodes the escape whose backslash is at `start`; returns the offset just past it.
    private mutating func decodeEscape(at start: Int, into decoded: inout [UInt8]) throws(JSONSyntaxError) -> Int {
        let letterOffset = start + 1
        guard letterOffset < end else { throw error("unterminated string", at: end) }
        let replacement: UInt8
        switch bytes[letterOffset] {
        case .quote: replacement = .quote
        case .backslash: replacement = .backslash
        case .slash: replacement = .slash
        case UInt8(ascii: "b"): replacement = 0x08
        case UInt8(ascii: "f"): replacement = 0x0C
        case UInt8(ascii: "n"): replacement = .lineFeed
        case UInt8(ascii: "r"): replacement = .carriageReturn
        case UInt8(ascii: "t"): replacement = .tab
        case UInt8(ascii: "u"):
            let unit = try hexQuad(at: start + 2)
            var next = start + 6
            var scalar = UInt32(unit)
            if (0xD800 ... 0xDBFF).contains(unit) {
                // A high surrogate counts only with a low one right after it; alone it becomes
                // U+FFFD, and whatever follows is read as usual.
                if next + 6 <= end, bytes[next] == .backslash, bytes[next + 1] == UInt8(ascii: "u"),
                   let low = optionalHexQuad(at: next + 2), (0xDC00 ... 0xDFFF).contains(low) {
                    scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    next += 6
                } else {
                    scalar = 0xFFFD
                }
            } else if (0xDC00 ... 0xDFFF).contains(unit) {
                scalar = 0xFFFD
            }
            appendUTF8(scalar, to: &decoded)
            return next
        default:
            throw unexpected(#"an escape (one of \" \\ \/ \b \f \n \r \t \uXXXX) after '\'"#, at: letterOffset)
        }
        decoded.append(replacement)
        return start + 2
    }

    private mutating func hexQuad(at start: Int) throws(JSONSyntaxError) -> UInt16 {
        var unit: UInt16 = 0
        for offset in start ..< start + 4 {
            guard offset < end else { throw error("unterminated string", at: end) }
            guard let digit = hexValue(bytes[offset]) else {
                throw unexpected(#"4 hex digits after '\u'"#, at: offset)
            }
            unit = unit << 4 | digit
        }
        return unit
    }

    private func optionalHexQuad(at start: Int) -> UInt16? {
        guard start + 4 <= end else { return nil }
        var unit: UInt16 = 0
        for offset in start ..< start + 4 {
            guard let digit = hexValue(bytes[offset]) else { return nil }
            unit = unit << 4 | digit
        }
        return unit
    }

    private func hexValue(_ byte: UInt8) -> UInt16? {
        switch byte {
        case .zero ... .nine: UInt16(byte - .zero)
        case UInt8(ascii: "a") ... UInt8(ascii: "f"): UInt16(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A") ... UInt8(ascii: "F"): UInt16(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private func appendUTF8(_ scalar: UInt32, to decoded: inout [UInt8]) {
        switch scalar {
        case 0 ..< 0x80:
            decoded.append(UInt8(scalar))
        case 0x80 ..< 0x800:
            decoded.append(UInt8(0xC0 | scalar >> 6))
            decoded.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800 ..< 0x10000:
            decoded.append(UInt8(0xE0 | scalar >> 12))
            decoded.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            decoded.append(UInt8(0x80 | scalar & 0x3F))
        default:
            decoded.append(UInt8(0xF0 | scalar >> 18))
            decoded.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            decoded.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            decoded.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    private mutating func controlCharacterError(at offset: Int) -> JSONSyntaxError {
        let byte = bytes[offset]
        switch byte {
        case .lineFeed, .carriageReturn:
            return error(#"unterminated string: expected '"' before the end of the line (write \n for a line break)"#, at: offset)
        case .tab:
            return error(#"unescaped tab in a string (write \t)"#, at: offset)
        default:
            let hex = String(byte, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: 4 - hex.count) + hex
            return error("unescaped control character U+\(padded) in a string (write \\u\(padded))", at: offset)
        }
    }

    /// Steps over one well-formed multi-byte UTF-8 sequence starting at `offset`.
    /// Counts its continuation bytes for the column of what follows on the line.
    private mutating func skipScalar(at offset: Int) throws(JSONSyntaxError) -> Int {
        guard let next = utf8SequenceEnd(at: offset) else { throw error("invalid UTF-8", at: offset) }
        lineContinuationBytes += next - offset - 1
        return next
    }

    /// The end of the well-formed UTF-8 sequence that starts at `offset`, or nil when it is
    /// ill-formed: overlong, a surrogate, above U+10FFFF, truncated, or a stray continuation byte.
    /// The ranges are those of table 3-7 of the Unicode standard.
    func utf8SequenceEnd(at offset: Int) -> Int? {
        func byte(_ k: Int, in range: ClosedRange<UInt8> = 0x80 ... 0xBF) -> Bool {
            offset + k < end && range.contains(bytes[offset + k])
        }
        switch bytes[offset] {
        case 0x00 ... 0x7F:
            return offset + 1
        case 0xC2 ... 0xDF:
            return byte(1) ? offset + 2 : nil
        case 0xE0:
            return byte(1, in: 0xA0 ... 0xBF) && byte(2) ? offset + 3 : nil
        case 0xE1 ... 0xEC, 0xEE ... 0xEF:
            return byte(1) && byte(2) ? offset + 3 : nil
        case 0xED:
            return byte(1, in: 0x80 ... 0x9F) && byte(2) ? offset + 3 : nil
        case 0xF0:
            return byte(1, in: 0x90 ... 0xBF) && byte(2) && byte(3) ? offset + 4 : nil
        case 0xF1 ... 0xF3:
            return byte(1) && byte(2) && byte(3) ? offset + 4 : nil
        case 0xF4:
            return byte(1, in: 0x80 ... 0x8F) && byte(2) && byte(3) ? offset + 4 : nil
        default:
            return nil
        }
    }
}
