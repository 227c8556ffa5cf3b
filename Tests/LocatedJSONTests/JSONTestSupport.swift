import LocatedJSON

func parse(_ text: String, maximumDepth: Int = JSONParser.defaultMaximumDepth) throws(JSONSyntaxError) -> JSONNode {
    try JSONParser.parse(Array(text.utf8), maximumDepth: maximumDepth)
}

/// The error a document is refused with, or nil when it parses.
func syntaxError(_ bytes: [UInt8], maximumDepth: Int = JSONParser.defaultMaximumDepth) -> JSONSyntaxError? {
    do {
        _ = try JSONParser.parse(bytes, maximumDepth: maximumDepth)
        return nil
    } catch {
        return error
    }
}

func syntaxError(_ text: String, maximumDepth: Int = JSONParser.defaultMaximumDepth) -> JSONSyntaxError? {
    syntaxError(Array(text.utf8), maximumDepth: maximumDepth)
}

func at(_ line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(line: line, column: column)
}

extension JSONNode {
    var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    var number: JSONNumber? {
        if case .number(let number) = value { return number }
        return nil
    }

    var array: [JSONNode]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    var object: JSONObject? {
        if case .object(let object) = value { return object }
        return nil
    }
}
