extension JSONScanner {
    /// Reads a number starting at `index` (a '-' or a digit) and keeps its text. Only the
    /// grammar is checked here; nothing is converted, so no length or exponent can overflow.
    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = index
        var cursor = start
        if bytes[cursor] == .minus { cursor += 1 }
        guard cursor < end, bytes[cursor].isDigit else { throw unexpected("a digit after '-'", at: cursor) }
        if bytes[cursor] == .zero {
            cursor += 1
            if cursor < end, bytes[cursor].isDigit {
                throw error("leading zeros are not allowed in a number", at: cursor)
            }
        } else {
            cursor = digitsEnd(from: cursor)
        }
        if cursor < end, bytes[cursor] == .dot {
            cursor += 1
            guard cursor < end, bytes[cursor].isDigit else { throw unexpected("a digit after '.'", at: cursor) }
            cursor = digitsEnd(from: cursor)
        }
        if cursor < end, bytes[cursor] | 0x20 == UInt8(ascii: "e") {
            cursor += 1
            if cursor < end, bytes[cursor] == .plus || bytes[cursor] == .minus { cursor += 1 }
            guard cursor < end, bytes[cursor].isDigit else { throw unexpected("a digit in the exponent", at: cursor) }
            cursor = digitsEnd(from: cursor)
        }
        index = cursor
        return JSONNumber(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< cursor]), as: UTF8.self))
    }

    private func digitsEnd(from offset: Int) -> Int {
        var cursor = offset
        while cursor < end, bytes[cursor].isDigit { cursor += 1 }
        return cursor
    }
}
