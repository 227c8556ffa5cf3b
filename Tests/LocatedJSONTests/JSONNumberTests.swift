import LocatedJSON
import Testing

@Suite struct JSONNumberTests {
    private func number(_ text: String) throws -> JSONNumber {
        try #require(try parse(text).number)
    }

    @Test(arguments: [
        ("0", 0), ("-0", 0), ("7", 7), ("-42", -42), ("1234567890", 1_234_567_890),
        ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
    ])
    func integers(text: String, value: Int) throws {
        #expect(try number(text).integer == value)
    }

    @Test(arguments: [
        "9223372036854775808", "-9223372036854775809", "18446744073709551616",
        "1.0", "1.5", "1e2", "1E2", "10e-1", "-0.0",
    ])
    func notIntegers(text: String) throws {
        #expect(try number(text).integer == nil)
    }

    @Test(arguments: [
        ("0", 0.0), ("-1.5", -1.5), ("1e2", 100.0), ("2.5E-3", 0.0025), ("1E+2", 100.0),
        ("9223372036854775808", 9_223_372_036_854_775_808.0),
        ("1e-400", 0.0), ("1.7976931348623157e308", Double.greatestFiniteMagnitude),
    ])
    func doubles(text: String, value: Double) throws {
        #expect(try number(text).double == value)
    }

    @Test(arguments: ["1e400", "-1e400", "1e999999", "1.8e308"])
    func infiniteValuesHaveNoDouble(text: String) throws {
        #expect(try number(text).double == nil)
    }

    @Test func textIsKeptExactly() throws {
        for text in ["-0", "1.50", "1E+02", "0.000000000000000000000000001", "123456789012345678901234567890"] {
            #expect(try number(text).text == text)
        }
        #expect(try number("1.50") != (try number("1.5")))
    }

    @Test func hugeExponentsAndDigitStringsDoNotTrap() throws {
        let huge = try number("1e99999999999999999999999999999999")
        #expect(huge.double == nil)
        #expect(huge.integer == nil)
        #expect(try number("-1e-99999999999999999999999999999999").double == 0)

        let digits = String(repeating: "9", count: 100_000)
        let long = try number(digits)
        #expect(long.text.utf8.count == 100_000)
        #expect(long.integer == nil)
        #expect(long.double == nil)

        let tiny = try number("0." + String(repeating: "0", count: 100_000) + "1")
        #expect(tiny.double == 0)
        #expect(try number("-" + digits + "." + digits + "e-" + digits).integer == nil)
    }

    @Test func numbersEndWhereTheGrammarEnds() throws {
        let array = try #require(try parse("[0,-0.5e-7,10]").array)
        #expect(array.map { $0.number?.text } == ["0", "-0.5e-7", "10"])
    }
}
