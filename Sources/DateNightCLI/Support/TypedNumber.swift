import ArgumentParser

/// A number a person typed to pick from a list ("3", "+3", "007"), read without overflow.
///
/// The one place user numbers are parsed: `Int(text)` accepts -9223372036854775808, and
/// `number - 1` then traps. Here any run of digits is a number however long it is, and only
/// one that names an entry (1...count) is a position; everything else is out of range.
enum TypedNumber: Equatable {
    /// 1-based, within the list.
    case position(Int)
    /// A number, but no entry has it (0, negative, or past the end, however far).
    case outOfRange

    /// nil when `text` is not a number at all (so it may be a name or a label).
    static func read(_ text: String, count: Int) -> TypedNumber? {
        var digits = Substring(text.trimmingWhitespace())
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let significant = digits.drop(while: { $0 == "0" })
        // Eighteen digits always fit in an Int; more can only be out of range for a list.
        guard !negative, !significant.isEmpty, significant.count <= 18, let value = Int(significant),
              value <= count else { return .outOfRange }
        return .position(value)
    }
}

extension TypedNumber {
    /// `--time-scale`, for `play`, `resume` and the evening alike: a finite factor from 0
    /// (every timer done at once) to 100. The parser has already refused what is not a number.
    static func checkTimeScale(_ value: Double) throws(ValidationError) {
        guard value.isFinite, value >= 0, value <= 100 else {
            throw ValidationError("--time-scale \(value) is out of range: give a number from 0 to 100, e.g. 1 for real time or 0 for instant timers")
        }
    }
}
