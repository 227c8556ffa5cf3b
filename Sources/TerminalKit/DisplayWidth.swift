/// How many terminal columns text occupies.
///
/// `String.count` counts grapheme clusters, but a terminal gives CJK ideographs and emoji two
/// cells and combining marks none; wrapping and in-place redraws that ignore this leave
/// stray characters or wrap a line too early. This follows the common `wcwidth` conventions
/// (East Asian Wide/Fullwidth and emoji presentation = 2, marks and format controls = 0),
/// which is what mainstream terminals render.
public enum DisplayWidth {
    /// Columns for a whole string; newlines count as nothing (measure one line at a time).
    public static func of(_ s: String) -> Int {
        // Printable ASCII is one column a byte: most text is, and the Unicode property
        // lookups below dominate a listing of a thousand rows otherwise.
        if s.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return s.utf8.count }
        var total = 0
        for character in s { total += of(character) }
        return total
    }

    /// Columns for one grapheme cluster: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x20 || (0x7F...0x9F).contains(first.value) { return 0 }
        // A cluster asking for emoji presentation (VS16, a ZWJ sequence, a keycap, a flag)
        // is drawn as one wide glyph whatever its base would be alone.
        var emojiBase = false
        for scalar in scalars {
            if scalar.value == 0xFE0F, emojiBase { return 2 }
            if scalar.properties.isEmojiPresentation { return 2 }
            if isRegionalIndicator(scalar) { return 2 }
            emojiBase = scalar.properties.isEmoji
        }
        if isZeroWidth(first) {
            // A mark with no base of its own (the cluster is only marks) takes no column;
            // a visible scalar later in the cluster still does.
            for scalar in scalars.dropFirst() where !isZeroWidth(scalar) {
                return isWide(scalar) ? 2 : 1
            }
            return 0
        }
        return isWide(first) ? 2 : 1
    }

    /// `s` cut to at most `width` columns, ending in `ellipsis` when something was cut.
    public static func truncate(_ s: String, to width: Int, ellipsis: String = "...") -> String {
        if of(s) <= width { return s }
        let room = width - of(ellipsis)
        if room < 1 { return width > 0 ? String(repeating: ".", count: min(width, 3)) : "" }
        var out = ""
        var used = 0
        for character in s {
            let w = of(character)
            if used + w > room { break }
            out.append(character)
            used += w
        }
        return out + ellipsis
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            // U+00AD SOFT HYPHEN is a format character that terminals draw.
            return scalar.value != 0x00AD
        default:
            break
        }
        // Hangul medial vowels and final consonants join the preceding syllable.
        if (0x1160...0x11FF).contains(scalar.value) || (0xD7B0...0xD7FF).contains(scalar.value) {
            return true
        }
        return scalar.value == 0x200B
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x1100 { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if v < range.lowerBound {
                high = mid - 1
            } else if v > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks from Unicode's EastAsianWidth.txt,
    /// coalesced into blocks; sorted for the binary search. Emoji are left out: Unicode
    /// makes exactly the Emoji_Presentation ones wide, and the stdlib knows that property,
    /// so the table stays short and cannot fall behind new emoji.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo initial consonants
        0x2329...0x232A,   // angle brackets
        0x2E80...0x303E,   // CJK radicals, Kangxi, ideographic description, CJK symbols
        0x3041...0x33FF,   // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compat
        0x3400...0x4DBF,   // CJK extension A
        0x4E00...0x9FFF,   // CJK unified ideographs
        0xA000...0xA4CF,   // Yi
        0xA960...0xA97F,   // Hangul Jamo extended A
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE10...0xFE19,   // vertical forms
        0xFE30...0xFE6F,   // CJK compatibility forms, small forms
        0xFF00...0xFF60,   // fullwidth forms
        0xFFE0...0xFFE6,   // fullwidth signs
        0x16FE0...0x16FE4,
        0x17000...0x18CFF, // Tangut
        0x1B000...0x1B2FF, // Kana supplement, Nushu
        0x1F200...0x1F2FF, // enclosed ideographic supplement
        0x20000...0x2FFFD, // CJK extensions B-F
        0x30000...0x3FFFD, // CJK extension G and later
    ]
}
