import LocatedJSON
import Testing

@Suite struct JSONParserGrammarTests {
    @Test func scalars() throws {
        #expect(try parse("null").value == .null)
        #expect(try parse("true").value == .bool(true))
        #expect(try parse("false").value == .bool(false))
        #expect(try parse("-12.5e+3").value == .number(JSONNumber(text: "-12.5e+3")))
        #expect(try parse(#""hi""#).value == .string("hi"))
    }

    @Test func nestedStructure() throws {
        let root = try parse(#"{"a": [1, {"b": null}, []], "c": {}}"#)
        let object = try #require(root.object)
        #expect(object.members.map(\.key) == ["a", "c"])
        let a = try #require(object["a"]?.array)
        #expect(a.count == 3)
        #expect(a[0].number?.integer == 1)
        #expect(a[1].object?["b"]?.value == .null)
        #expect(a[2].array?.isEmpty == true)
        #expect(object["c"]?.object?.members.isEmpty == true)
        #expect(object["missing"] == nil)
    }

    @Test func whitespaceIsSpaceTabLineFeedAndCarriageReturn() throws {
        let root = try parse(" \t\r\n[ \t\r\n1 \t\r\n, \t\r\n{ \t\r\n\"k\" \t\r\n: \t\r\n2 \t\r\n} \t\r\n] \t\r\n")
        #expect(root.array?.count == 2)
    }

    @Test func duplicateKeysAreKeptAndLookupFindsTheFirst() throws {
        let object = try #require(try parse(#"{"k": 1, "k": 2}"#).object)
        #expect(object.members.map { $0.value.number?.text } == ["1", "2"])
        #expect(object["k"]?.number?.text == "1")
        #expect(object.member("k")?.keyPosition == at(1, 2))
    }

    @Test func simpleEscapes() throws {
        let text = try parse(#""\" \\ \/ \b \f \n \r \t""#).string
        #expect(text == "\" \\ / \u{08} \u{0C} \n \r \t")
    }

    @Test func unicodeEscapes() throws {
        #expect(try parse(#""\u0041\u00e9\u20AC\u0000""#).string == "Aé€\u{0}")
        #expect(try parse(#""\uD83D\uDE00""#).string == "😀")
        #expect(try parse(#""a\ud83d\ude00b""#).string == "a😀b")
    }

    @Test(arguments: [
        (#""\uD800""#, "\u{FFFD}"),
        (#""\uDC00""#, "\u{FFFD}"),
        (#""\uD800x""#, "\u{FFFD}x"),
        (#""\uD800\u0041""#, "\u{FFFD}A"),
        (#""\uD800\n""#, "\u{FFFD}\n"),
        (#""\uDE00\uD83D""#, "\u{FFFD}\u{FFFD}"),
        (#""\uD800\uD83D\uDE00""#, "\u{FFFD}😀"),
        (#""\uD800\uD800\uDC00""#, "\u{FFFD}\u{10000}"),
    ])
    func loneSurrogateEscapesBecomeReplacementCharacters(input: String, expected: String) throws {
        #expect(try parse(input).string == expected)
    }

    @Test func literalMultiByteCharactersAreKept() throws {
        #expect(try parse(#""café 😀 日本""#).string == "café 😀 日本")
        #expect(try parse(#""é\n😀""#).string == "é\n😀")
        #expect(try parse("\"\u{10FFFF}\"").string == "\u{10FFFF}")
    }

    @Test func longStringsWithAndWithoutEscapes() throws {
        let plain = String(repeating: "abcdé", count: 10_000)
        #expect(try parse("\"\(plain)\"").string == plain)
        let escaped = String(repeating: #"ab\"é\n"#, count: 10_000)
        #expect(try parse("\"\(escaped)\"").string == String(repeating: "ab\"é\n", count: 10_000))
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let root = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
        #expect(root.object?["a"]?.number?.integer == 1)
        #expect(root.position == at(1, 1))
    }

    @Test func byteOrderMarkElsewhereIsRefused() {
        #expect(syntaxError([0x20, 0xEF, 0xBB, 0xBF, 0x31]) != nil)
        #expect(syntaxError([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x31]) != nil)
    }

    @Test(arguments: [
        "[1,]", #"{"a":1,}"#, "[,1]", "[1,,2]", #"{,"a":1}"#,
        "// c\n1", "/* c */ 1", "1 // c", "# c\n1",
        "'a'", "['a']", "{'a': 1}", "{a: 1}",
        "01", "-01", "00", "1.", ".5", "-", "+1", "1e", "1e+", "1.e3", "0x10", "1_000",
        "NaN", "Infinity", "-Infinity", "True", "nul", "nulls", "undefined",
        "\"a\tb\"", "\"a\nb\"", "\"\u{0}\"", "\"\u{1F}\"",
        #""\x""#, #""\'""#, #""\U0041""#, #""\u12""#, #""\u12G4""#, "\"\\", "\"abc",
        "1 2", "{} {}", "[] x", "nullx", "\u{0C}1", "\u{A0}1", "1\u{0}",
        "[", "{", #"{"a""#, #"{"a":"#, #"{"a" 1}"#, #"{"a":1 "b":2}"#, "[1 2]", "]", "}", ":", ",",
    ])
    func invalidDocumentsAreRefused(input: String) {
        #expect(syntaxError(input) != nil)
    }

    @Test func kindNames() throws {
        let kinds = try #require(try parse(#"[null, true, 1, "s", [], {}]"#).array).map(\.value.kindName)
        #expect(kinds == ["null", "a boolean", "a number", "a string", "an array", "an object"])
    }
}
