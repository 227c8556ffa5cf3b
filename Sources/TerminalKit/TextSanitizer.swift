/// Makes untrusted text (scene files, typed answers, saved sessions) safe to print.
///
/// A terminal obeys any escape sequence it is sent: `ESC [ 2 J` clears the screen, OSC 52
/// writes the clipboard, a title sequence can echo back as keystrokes on old terminals. The
/// only way to be sure none gets through is to let no control character through at all, so
/// every C0 and C1 control is either removed or shown in a visible, inert spelling.
public enum TextSanitizer {
    /// Columns a tab becomes. Fixed rather than tab-stop based: the sanitizer does not know
    /// where on the screen the text will start, and a predictable width keeps wrapping honest.
    public static let tabWidth = 4

    /// `s` with every control character made visible and inert. Newlines survive;
    /// `\r\n` becomes `\n` (files edited on Windows); a lone `\r` is shown as `^M`.
    /// Idempotent: sanitizing the result again changes nothing.
    public static func printable(_ s: String) -> String {
        needsCleaning(s) ? clean(s, keepNewlines: true) : s
    }

    /// Like `printable`, but tabs stay tabs: for documents another program reads (the
    /// completions a shell is sent, tab-separated listings), where a tab is a separator and
    /// steers nothing on a terminal.
    public static func printableKeepingTabs(_ s: String) -> String {
        needsCleaning(s) ? clean(s, keepNewlines: true, keepTabs: true) : s
    }

    /// Like `printable`, for text that must stay on one line (a timer label, a prompt):
    /// newlines become spaces, so an in-place redraw can never spill onto a second row.
    public static func printableLine(_ s: String) -> String {
        needsCleaning(s) || s.utf8.contains(0x0A) ? clean(s, keepNewlines: false) : s
    }

    /// For text that may carry `Style`'s own colouring (a prompt built with `Style`): SGR
    /// sequences (`ESC [ digits ; digits m`, which only change colour and weight) are kept,
    /// and everything else is sanitized as by `printable`.
    public static func printableKeepingStyle(_ s: String) -> String {
        if !needsCleaning(s) { return s }
        let scalars = Array(s.unicodeScalars)
        var out = ""
        var segment = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\u{1B}", let length = sgrLength(scalars, at: index) {
                out += clean(String(segment), keepNewlines: true)
                segment = String.UnicodeScalarView()
                out.unicodeScalars.append(contentsOf: scalars[index..<(index + length)])
                index += length
            } else {
                segment.append(scalars[index])
                index += 1
            }
        }
        return out + clean(String(segment), keepNewlines: true)
    }

    private static func sgrLength(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        var index = start + 1
        guard index < scalars.count, scalars[index] == "[" else { return nil }
        index += 1
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "m" { return index - start + 1 }
            guard ("0"..."9").contains(scalar) || scalar == ";" else { return nil }
            index += 1
        }
        return nil
    }

    /// Whether `printable(s)` would change `s`; lets callers skip a copy for clean text.
    /// One pass over the UTF-8 bytes, no allocation: nearly all text is clean.
    public static func needsCleaning(_ s: String) -> Bool {
        var utf8 = s.utf8.makeIterator()
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        while let byte = utf8.next() {
            if isSuspectByte(byte, previous: previous, beforePrevious: beforePrevious) {
                return true
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    private static func isSuspectByte(_ byte: UInt8, previous: UInt8, beforePrevious: UInt8) -> Bool {
        if (byte < 0x20 && byte != 0x0A) || byte == 0x7F { return true }
        // C1 controls U+0080...U+009F are encoded C2 80 ... C2 9F.
        if previous == 0xC2, (0x80...0x9F).contains(byte) { return true }
        // Arabic letter mark U+061C = D8 9C.
        if previous == 0xD8, byte == 0x9C { return true }
        // Bidi controls: U+202A...U+202E = E2 80 AA...AE, U+2066...U+2069 = E2 81 A6...A9, and
        // the left-to-right and right-to-left marks U+200E, U+200F = E2 80 8E, 8F.
        if beforePrevious == 0xE2 {
            if previous == 0x80, (0xAA...0xAE).contains(byte) || byte == 0x8E || byte == 0x8F { return true }
            if previous == 0x81, (0xA6...0xA9).contains(byte) { return true }
        }
        return false
    }

    private static func clean(_ s: String, keepNewlines: Bool, keepTabs: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        // Unicode scalars, not Characters: Swift makes "\r\n" one Character, and a
        // combining mark after a control would otherwise hide inside the same Character.
        var scalars = s.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            let value = scalar.value
            switch value {
            case 0x0A:
                if keepNewlines { out.append(scalar) } else { out.append(" ") }
            case 0x0D:
                if pending?.value == 0x0A {
                    continue
                }
                appendCaret(value, to: &out)
            case 0x09:
                if keepTabs { out.append(scalar) } else { for _ in 0..<tabWidth { out.append(" ") } }
            case 0x00..<0x20, 0x7F:
                appendCaret(value, to: &out)
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                appendCodePoint(value, to: &out)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `^@` for NUL, `^[` for ESC, `^?` for DEL: the spelling terminals and editors use.
    private static func appendCaret(_ value: UInt32, to out: inout String.UnicodeScalarView) {
        out.append("^")
        let shown = value == 0x7F ? UInt32(0x3F) : value + 0x40
        if let caret = Unicode.Scalar(shown) { out.append(caret) }
    }

    /// `<U+009B>`: C1 and bidi controls have no caret spelling, and a bidi override shown
    /// this way can no longer reorder the text around it.
    private static func appendCodePoint(_ value: UInt32, to out: inout String.UnicodeScalarView) {
        let hex = String(value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        out.append(contentsOf: "<U+\(padded)>".unicodeScalars)
    }
}
