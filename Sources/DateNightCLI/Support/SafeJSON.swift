import DateNightCore
import Foundation

/// JSON for scripts, safe to print to a terminal: every answer exactly as typed, with the
/// characters JSONEncoder leaves raw that a terminal obeys or that reorder text (DEL, C1, bidi
/// and other format controls, line separators) written as \u escapes: still valid JSON that
/// decodes to the same text.
enum SafeJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            // Below DEL JSONEncoder has escaped what needs it; the rest are the layout's own newlines.
            if scalar.value >= 0x7F, scalar.isInvisibleControl {
                for unit in String(scalar).utf16 {
                    out.append(contentsOf: String(format: "\\u%04x", unit).unicodeScalars)
                }
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
