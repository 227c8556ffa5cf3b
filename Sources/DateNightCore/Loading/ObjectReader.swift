import LocatedJSON

/// Reads the fields of one JSON object, reporting each missing, mistyped or unknown field at
/// its own position and carrying on, so one pass finds every problem in the object.
struct ObjectReader {
    private(set) var object: JSONObject
    let position: SourcePosition
    /// The node these fields belong to, named in every message about them.
    let nodeID: String?
    let report: DiagnosticReport
    /// Field names asked for, kept only to suggest one when an unknown field is found.
    private var read: [String] = []
    /// Which members were asked for, by index (the first 64; later ones are looked up in
    /// `read`): `finish` then finds unknown fields without comparing any strings.
    private var marked: UInt64 = 0

    init(_ object: JSONObject, at position: SourcePosition, node: String?, report: DiagnosticReport) {
        self.object = object
        self.position = position
        self.nodeID = node
        self.report = report
    }

    func error(_ message: String, at position: SourcePosition) {
        report.error(message, at: position, node: nodeID)
    }

    func warning(_ message: String, at position: SourcePosition) {
        report.warning(message, at: position, node: nodeID)
    }

    func has(_ key: String) -> Bool { object[key] != nil }

    /// The raw value of a field; marks it as known. `meaning` is only worked out for a message.
    mutating func value(_ key: String, required: Bool = false, meaning: @autoclosure () -> String? = nil) -> JSONNode? {
        if read.isEmpty { read.reserveCapacity(12) }
        read.append(key)
        guard let index = object.index(of: key) else {
            if required {
                error("missing '\(key)'" + (meaning().map { " (\($0))" } ?? ""), at: position)
            }
            return nil
        }
        if index < 64 { marked |= 1 << UInt64(index) }
        return object.members[index].value
    }

    mutating func string(_ key: String, required: Bool = false, meaning: @autoclosure () -> String? = nil) -> String? {
        guard let node = value(key, required: required, meaning: meaning()) else { return nil }
        guard case .string(let text) = node.value else {
            error("'\(key)' must be a string, found \(node.value.kindName)", at: node.position)
            return nil
        }
        return text
    }

    mutating func nonEmptyString(_ key: String, required: Bool = false, meaning: @autoclosure () -> String? = nil) -> String? {
        guard let text = string(key, required: required, meaning: meaning()) else { return nil }
        if isBlank(text), let node = object[key] {
            error("'\(key)' must not be empty", at: node.position)
            return nil
        }
        return text
    }

    mutating func boolean(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        guard case .bool(let flag) = node.value else {
            error("'\(key)' must be true or false, found \(node.value.kindName)", at: node.position)
            return nil
        }
        return flag
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>, required: Bool = false, meaning: @autoclosure () -> String? = nil) -> Int? {
        guard let node = value(key, required: required, meaning: meaning()) else { return nil }
        return ObjectReader.integer(node, named: key, in: range, reader: self)
    }

    static func integer(_ node: JSONNode, named key: String, in range: ClosedRange<Int>, reader: ObjectReader) -> Int? {
        guard case .number(let number) = node.value else {
            reader.error("'\(key)' must be a whole number, found \(node.value.kindName)", at: node.position)
            return nil
        }
        guard let value = number.integer, range.contains(value) else {
            reader.error("'\(key)' must be a whole number between \(range.lowerBound) and \(range.upperBound), found \(number.text.prefix(40))", at: node.position)
            return nil
        }
        return value
    }

    /// An id field: a string of the shape every id in the format has.
    mutating func identifier(_ key: String, required: Bool = false, meaning: @autoclosure () -> String? = nil) -> Reference? {
        guard let node = value(key, required: required, meaning: meaning()) else { return nil }
        return ObjectReader.identifier(node, named: "'\(key)'", reader: self)
    }

    static func identifier(_ node: JSONNode, named description: @autoclosure () -> String, reader: ObjectReader) -> Reference? {
        guard case .string(let text) = node.value else {
            reader.error("\(description()) must be an id (a string), found \(node.value.kindName)", at: node.position)
            return nil
        }
        guard Identifier.isValid(text) else {
            reader.error("\(description()) '\(text.prefix(80))' is not a valid id (lower-case letters, digits, '-' and '_', starting with a letter, at most \(Identifier.maximumLength) characters)", at: node.position)
            return nil
        }
        return Reference(text, at: node.position)
    }

    /// Text shown to the players: a string, or an array of strings for separate paragraphs.
    mutating func template(_ key: String, required: Bool = false, meaning: @autoclosure () -> String? = nil) -> Template? {
        guard let node = value(key, required: required, meaning: meaning()) else { return nil }
        return ObjectReader.template(node, named: key, reader: self)
    }

    static func template(_ node: JSONNode, named key: String, reader: ObjectReader) -> Template? {
        let text: String
        switch node.value {
        case .string(let single):
            text = single
        case .array(let items):
            var paragraphs: [String] = []
            for item in items {
                guard case .string(let paragraph) = item.value else {
                    reader.error("'\(key)' must be a string or an array of strings, found \(item.value.kindName) in the array", at: item.position)
                    return nil
                }
                paragraphs.append(paragraph)
            }
            text = paragraphs.joined(separator: "\n\n")
        default:
            reader.error("'\(key)' must be a string or an array of strings, found \(node.value.kindName)", at: node.position)
            return nil
        }
        if isBlank(text) {
            reader.error("'\(key)' must not be empty", at: node.position)
            return nil
        }
        do {
            return try Template(parsing: text, at: node.position)
        } catch {
            switch error {
            case .unknownPlaceholder(let name):
                reader.error("unknown placeholder {\(name.prefix(60))} in '\(key)'", at: node.position)
            case .unclosedBrace:
                reader.error("'\(key)' has a '{' with no closing '}' (write '{{' for a literal brace)", at: node.position)
            case .strayClosingBrace:
                reader.error("'\(key)' has a '}' with no opening '{' (write '}}' for a literal brace)", at: node.position)
            }
        }
        return nil
    }

    mutating func array(_ key: String, required: Bool = false, meaning: @autoclosure () -> String? = nil) -> [JSONNode]? {
        guard let node = value(key, required: required, meaning: meaning()) else { return nil }
        guard case .array(let items) = node.value else {
            error("'\(key)' must be an array, found \(node.value.kindName)", at: node.position)
            return nil
        }
        return items
    }

    /// Like `array`, but the items are moved out of the object (the field's value is left null),
    /// so a caller holding the only reference to the document can free each item once read.
    mutating func takeArray(_ key: String, required: Bool = false, meaning: @autoclosure () -> String? = nil) -> [JSONNode]? {
        guard let items = array(key, required: required, meaning: meaning()), let index = object.index(of: key) else { return nil }
        object.members[index].value.value = .null
        return items
    }

    mutating func object(_ key: String, required: Bool = false, meaning: @autoclosure () -> String? = nil) -> (JSONObject, SourcePosition)? {
        guard let node = value(key, required: required, meaning: meaning()) else { return nil }
        guard case .object(let object) = node.value else {
            error("'\(key)' must be an object, found \(node.value.kindName)", at: node.position)
            return nil
        }
        return (object, node.position)
    }

    /// Reports fields nobody asked for (typos) and repeated keys; `$` and `_` keys are comments.
    func finish() {
        let members = object.members
        // Objects in scenes have a handful of fields: comparing with the earlier ones is cheaper
        // than hashing every key, and a large object (hostile input) still costs n log n at worst.
        var seen: [String: SourcePosition]? = members.count > 16 ? [:] : nil
        for (index, member) in members.enumerated() {
            if let first = firstPosition(of: member.key, before: index, seen: &seen) {
                error("'\(member.key)' is given twice (first at line \(first.line))", at: member.keyPosition)
                continue
            }
            if index < 64 ? marked & (1 << UInt64(index)) != 0 : read.contains(member.key) { continue }
            if member.key.hasPrefix("$") || member.key.hasPrefix("_") { continue }
            error("unknown field '\(member.key.prefix(60))'\(didYouMean(member.key, among: read))", at: member.keyPosition)
        }
    }

    /// Where `key` first appears among the members before `index`, if it does.
    private func firstPosition(of key: String, before index: Int, seen: inout [String: SourcePosition]?) -> SourcePosition? {
        if seen != nil {
            if let first = seen![key] { return first }
            seen![key] = object.members[index].keyPosition
            return nil
        }
        return object.members[..<index].first { $0.key == key }?.keyPosition
    }
}

/// Whether text is empty or only whitespace. Text that starts with a visible ASCII character
/// (nearly all of it) is answered from its first byte, without walking its characters.
func isBlank(_ text: String) -> Bool {
    if let first = text.utf8.first, first &- 0x21 < 0x5E { return false }
    return text.allSatisfy(\.isWhitespace)
}

/// " (did you mean 'next'?)" when one of `candidates` is a near miss for `typed`, else "".
func didYouMean(_ typed: String, among candidates: [String]) -> String {
    guard let nearest = candidates.min(by: { editDistance($0, typed) < editDistance($1, typed) }),
          editDistance(nearest, typed) <= 2 else { return "" }
    return " (did you mean '\(nearest)'?)"
}

/// Levenshtein distance, for "did you mean" hints on short field names.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars.prefix(64)), b = Array(b.unicodeScalars.prefix(64))
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
