import LocatedJSON
import Testing

/// One refused document: the message and where it points.
struct ErrorCase: CustomTestStringConvertible, Sendable {
    var input: String
    var message: String
    var position: SourcePosition

    init(_ input: String, _ message: String, _ line: Int, _ column: Int) {
        self.input = input
        self.message = message
        self.position = SourcePosition(line: line, column: column)
    }

    var testDescription: String { input.debugDescription }
}

@Suite struct JSONParserErrorTests {
    @Test(arguments: [
        ErrorCase("", "the file is empty", 1, 1),
        ErrorCase(" \n\t", "the file is empty", 2, 2),
        ErrorCase("[", "unexpected end of file: expected a value or ']'", 1, 2),
        ErrorCase("[1,\n", "unexpected end of file: expected a value after ','", 2, 1),
        ErrorCase(#"{"a":"#, "unexpected end of file: expected a value after ':'", 1, 6),
        ErrorCase("{", "unexpected end of file: expected a key (a string) or '}'", 1, 2),
        ErrorCase(#"{"a""#, "unexpected end of file: expected ':' after the key", 1, 5),
        ErrorCase("[\n  [1]", "unexpected end of file: expected ',' or ']' to close the array opened at line 1, column 1", 2, 6),
        ErrorCase("{\"a\": {\"b\": 1}\n", "unexpected end of file: expected ',' or '}' to close the object opened at line 1, column 1", 2, 1),
        ErrorCase("tr", "unexpected end of file: expected 'true'", 1, 3),
        ErrorCase("[nul", "unexpected end of file: expected 'null'", 1, 5),
    ])
    func unexpectedEndOfFile(_ error: ErrorCase) {
        #expect(syntaxError(error.input) == JSONSyntaxError(message: error.message, position: error.position))
    }

    @Test(arguments: [
        ErrorCase("[1, ]", "expected a value after ',', found ']' (JSON does not allow trailing commas)", 1, 5),
        ErrorCase("{\n  \"a\": 1,\n}", "expected a key (a string) after ',', found '}' (JSON does not allow trailing commas)", 3, 1),
        ErrorCase(#"{"a": 1 ]"#, "expected ',' or '}' after an object member, found ']'", 1, 9),
        ErrorCase(#"{"a": 1 "b": 2}"#, #"expected ',' or '}' after an object member, found '"'"#, 1, 9),
        ErrorCase("[1 2]", "expected ',' or ']' after an array element, found '2'", 1, 4),
        ErrorCase("[true false]", "expected ',' or ']' after an array element, found 'false'", 1, 7),
        ErrorCase(#"{"a" 1}"#, "expected ':' after the key, found '1'", 1, 6),
        ErrorCase(#"{"a"= 1}"#, "expected ':' after the key, found '='", 1, 5),
        ErrorCase("{a: 1}", "expected a key (a string) or '}', found 'a' (keys must be strings in double quotes)", 1, 2),
        ErrorCase("{'a': 1}", #"expected a key (a string) or '}', found "'" (JSON strings use double quotes)"#, 1, 2),
        ErrorCase("[,1]", "expected a value or ']', found ','", 1, 2),
        ErrorCase("[1,}", "expected a value after ',', found '}'", 1, 4),
        ErrorCase(#"{"a":1,]"#, "expected a key (a string) after ',', found ']'", 1, 8),
        ErrorCase(#"{"a": }"#, "expected a value after ':', found '}'", 1, 7),
        ErrorCase("]", "expected a value, found ']'", 1, 1),
        ErrorCase("{} x", "expected the end of the file after the value, found 'x'", 1, 4),
        ErrorCase("1\n2", "expected the end of the file after the value, found '2'", 2, 1),
        ErrorCase("[1]]", "expected the end of the file after the value, found ']'", 1, 4),
    ])
    func structure(_ error: ErrorCase) {
        #expect(syntaxError(error.input) == JSONSyntaxError(message: error.message, position: error.position))
    }

    @Test(arguments: [
        ErrorCase("True", "expected a value, found 'True' (JSON literals are lower-case)", 1, 1),
        ErrorCase("[nulls]", "expected a value or ']', found 'nulls'", 1, 2),
        ErrorCase("[1, NaN]", "expected a value after ',', found 'NaN' (JSON has no NaN or Infinity)", 1, 5),
        ErrorCase("-Infinity", "expected a digit after '-', found 'Infinity' (JSON has no NaN or Infinity)", 1, 2),
        ErrorCase("'a'", #"expected a value, found "'" (JSON strings use double quotes)"#, 1, 1),
        ErrorCase("// note\n{}", "expected a value, found '/' (JSON does not allow comments)", 1, 1),
        ErrorCase("[1] /* note */", "expected the end of the file after the value, found '/' (JSON does not allow comments)", 1, 5),
        ErrorCase("\u{0C}1", "expected a value, found U+000C", 1, 1),
        ErrorCase("[\u{A0}1]", "expected a value or ']', found U+00A0", 1, 2),
        ErrorCase("[é]", "expected a value or ']', found 'é'", 1, 2),
        ErrorCase("[1]\u{0}", "expected the end of the file after the value, found U+0000", 1, 4),
    ])
    func unexpectedCharacters(_ error: ErrorCase) {
        #expect(syntaxError(error.input) == JSONSyntaxError(message: error.message, position: error.position))
    }

    @Test(arguments: [
        ErrorCase(#"["abc"#, "unterminated string", 1, 6),
        ErrorCase("[\"é😀\\", "unterminated string", 1, 6),
        ErrorCase(#"["\u12"#, "unterminated string", 1, 7),
        ErrorCase("{\"a\": \"one\n  two\"}", #"unterminated string: expected '"' before the end of the line (write \n for a line break)"#, 1, 11),
        ErrorCase("\"a\r\n\"", #"unterminated string: expected '"' before the end of the line (write \n for a line break)"#, 1, 3),
        ErrorCase("\"é\tx\"", #"unescaped tab in a string (write \t)"#, 1, 3),
        ErrorCase("\"\u{1}\"", #"unescaped control character U+0001 in a string (write \u0001)"#, 1, 2),
        ErrorCase("\"\u{1F}\"", #"unescaped control character U+001F in a string (write \u001F)"#, 1, 2),
        ErrorCase(#""a\x""#, #"expected an escape (one of \" \\ \/ \b \f \n \r \t \uXXXX) after '\', found 'x'"#, 1, 4),
        ErrorCase(#""\'""#, #"expected an escape (one of \" \\ \/ \b \f \n \r \t \uXXXX) after '\', found "'" (JSON strings use double quotes)"#, 1, 3),
        ErrorCase(#""\U0041""#, #"expected an escape (one of \" \\ \/ \b \f \n \r \t \uXXXX) after '\', found 'U0041'"#, 1, 3),
        ErrorCase(#""\u12G4""#, #"expected 4 hex digits after '\u', found 'G4'"#, 1, 6),
        ErrorCase(#""\u12""#, #"expected 4 hex digits after '\u', found '"'"#, 1, 6),
    ])
    func strings(_ error: ErrorCase) {
        #expect(syntaxError(error.input) == JSONSyntaxError(message: error.message, position: error.position))
    }

    @Test(arguments: [
        ErrorCase("01", "leading zeros are not allowed in a number", 1, 2),
        ErrorCase("[-007]", "leading zeros are not allowed in a number", 1, 4),
        ErrorCase("-", "unexpected end of file: expected a digit after '-'", 1, 2),
        ErrorCase("- 1", "expected a digit after '-', found a space", 1, 2),
        ErrorCase("[-.5]", "expected a digit after '-', found '.'", 1, 3),
        ErrorCase("[.5]", "expected a value or ']', found '.'", 1, 2),
        ErrorCase("+1", "expected a value, found '+'", 1, 1),
        ErrorCase("1.", "unexpected end of file: expected a digit after '.'", 1, 3),
        ErrorCase("[1.e5]", "expected a digit after '.', found 'e5'", 1, 4),
        ErrorCase("1e", "unexpected end of file: expected a digit in the exponent", 1, 3),
        ErrorCase("[1E+]", "expected a digit in the exponent, found ']'", 1, 5),
        ErrorCase("[0x1F]", "expected ',' or ']' after an array element, found 'x1F'", 1, 3),
    ])
    func numbers(_ error: ErrorCase) {
        #expect(syntaxError(error.input) == JSONSyntaxError(message: error.message, position: error.position))
    }

    @Test func errorsDescribeThemselvesWithTheirPosition() {
        let error = JSONSyntaxError(message: "unterminated string", position: SourcePosition(line: 3, column: 14))
        #expect(error.description == "3:14: unterminated string")
    }
}
