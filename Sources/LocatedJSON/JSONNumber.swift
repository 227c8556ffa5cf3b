/// A JSON number kept as its source text, so no precision is lost before the reader decides
/// what it needs; the conversions are computed on demand.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// Exactly as written in the source.
    public var text: String

    public init(text: String) {
        self.text = text
    }

    /// The exact value when the text is a plain integer (no fraction, no exponent) that fits in
    /// `Int`; nil otherwise, so "1.0", "1e2" and 2^64 are all nil.
    public var integer: Int? {
        for byte in text.utf8 where byte == UInt8(ascii: ".") || byte | 0x20 == UInt8(ascii: "e") {
            return nil
        }
        return Int(text)
    }

    /// The nearest `Double`, or nil when the value is not finite (e.g. 1e400).
    public var double: Double? {
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    public var description: String { text }
}
