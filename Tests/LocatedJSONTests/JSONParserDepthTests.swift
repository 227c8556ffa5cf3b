import LocatedJSON
import Testing

@Suite struct JSONParserDepthTests {
    private func nestedArrays(_ depth: Int) -> String {
        String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    }

    @Test func nestingUpToTheLimitParses() throws {
        var node = try parse(nestedArrays(JSONParser.defaultMaximumDepth))
        var depth = 1
        while let inner = node.array?.first {
            node = inner
            depth += 1
        }
        #expect(depth == JSONParser.defaultMaximumDepth)
    }

    @Test func nestingPastTheLimitIsRefusedAtTheOpeningBracket() {
        let error = syntaxError(nestedArrays(JSONParser.defaultMaximumDepth + 1))
        #expect(error == JSONSyntaxError(message: "nesting deeper than 512 levels", position: at(1, 513)))
    }

    @Test func objectsCountTowardsTheDepth() {
        let text = String(repeating: #"{"a":["#, count: 300) + "1" + String(repeating: "]}", count: 300)
        #expect(syntaxError(text)?.message == "nesting deeper than 512 levels")
        #expect(syntaxError(text)?.position == at(1, 1 + 256 * 6))
    }

    @Test func hundredThousandOpeningBracketsDoNotCrash() {
        let error = syntaxError(String(repeating: "[", count: 100_000))
        #expect(error == JSONSyntaxError(message: "nesting deeper than 512 levels", position: at(1, 513)))
    }

    @Test func hundredThousandUnclosedObjectsDoNotCrash() {
        let error = syntaxError(String(repeating: #"{"":"#, count: 100_000))
        #expect(error?.message == "nesting deeper than 512 levels")
    }

    @Test func aCustomLimitIsHonoured() throws {
        #expect(syntaxError("[[1]]", maximumDepth: 1) == JSONSyntaxError(message: "nesting deeper than 1 levels", position: at(1, 2)))
        #expect(try parse("[[1]]", maximumDepth: 2).array?.count == 1)
        #expect(try parse("7", maximumDepth: 0).number?.integer == 7)
        #expect(syntaxError("[]", maximumDepth: 0)?.message == "nesting deeper than 0 levels")
    }

    @Test func aHighLimitIsHonouredToo() throws {
        let depth = 2_000
        #expect(try parse(nestedArrays(depth), maximumDepth: depth).array?.count == 1)
        #expect(syntaxError(nestedArrays(depth + 1), maximumDepth: depth)?.position == at(1, depth + 1))
    }
}
