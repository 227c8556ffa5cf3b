import LocatedJSON
import Testing

@Suite struct JSONParserPositionTests {
    @Test func valuesAndKeysOnSeveralLines() throws {
        let text = """
        {
          "id": "n1",
          "list": [
            true,   null,
            { "x": -2.5 }
          ]
        }
        """
        let root = try parse(text)
        #expect(root.position == at(1, 1))
        let object = try #require(root.object)
        #expect(object.member("id")?.keyPosition == at(2, 3))
        #expect(object["id"]?.position == at(2, 9))
        #expect(object.member("list")?.keyPosition == at(3, 3))
        let list = try #require(object["list"])
        #expect(list.position == at(3, 11))
        let elements = try #require(list.array)
        #expect(elements.map(\.position) == [at(4, 5), at(4, 13), at(5, 5)])
        let inner = try #require(elements[2].object)
        #expect(inner.member("x")?.keyPosition == at(5, 7))
        #expect(inner["x"]?.position == at(5, 12))
    }

    @Test func columnsCountUnicodeScalars() throws {
        // "é" is 2 bytes, "😀" 4 and "日" 3; each is one column.
        let object = try #require(try parse(#"{"é😀": "日本", "b": [1, "x😀", 2]}"#).object)
        #expect(object.member("é😀")?.keyPosition == at(1, 2))
        #expect(object["é😀"]?.position == at(1, 8))
        #expect(object.member("b")?.keyPosition == at(1, 14))
        let b = try #require(object["b"]?.array)
        #expect(b.map(\.position) == [at(1, 20), at(1, 23), at(1, 29)])
    }

    @Test func escapesCountAsTheCharactersWritten() throws {
        let array = try #require(try parse(#"["\u00e9\n", 1]"#).array)
        #expect(array[1].position == at(1, 14))
    }

    @Test func crlfIsOneLineBreak() throws {
        let array = try #require(try parse("[\r\n1,\r\n\r\n  2,\r\n3]").array)
        #expect(array.map(\.position) == [at(2, 1), at(4, 3), at(5, 1)])
    }

    @Test func loneCarriageReturnAndLineFeedBreakLines() throws {
        let array = try #require(try parse("[1,\r2,\n3,\n\r4]").array)
        #expect(array.map(\.position) == [at(1, 2), at(2, 1), at(3, 1), at(5, 1)])
    }

    @Test func tabsCountAsOneColumn() throws {
        let array = try #require(try parse("[\t\t1,\t\"\\t\"]").array)
        #expect(array.map(\.position) == [at(1, 4), at(1, 7)])
    }

    @Test func byteOrderMarkTakesNoColumn() throws {
        let root = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[ 1]".utf8))
        #expect(root.array?.first?.position == at(1, 3))
    }

    @Test func positionsStayRightOnOneLongLine() throws {
        let count = 50_000
        let text = "[" + (0 ..< count).map { _ in #""é""# }.joined(separator: ",") + "]"
        let array = try #require(try parse(text).array)
        #expect(array.count == count)
        #expect(array.last?.position == at(1, 2 + (count - 1) * 4))
    }

    @Test func positionsMatchANaiveCountOnMixedInput() throws {
        // Pseudo-random but fixed: strings of mixed widths separated by every kind of line break,
        // with the expected position of each element counted scalar by scalar while writing.
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let pieces = ["a", "bc", "é", "日本", "😀", "\\n", "\\u00e9", " ", "xyzxyzxyz"]
        let separators = ["", " ", "\t", "\n", "\r\n", "\r", "\n\n  ", "   \r\n\t"]
        var text = "["
        var line = 1
        var column = 2
        var expected: [SourcePosition] = []
        func write(_ piece: String) {
            var previous: Unicode.Scalar?
            for scalar in piece.unicodeScalars {
                if scalar == "\n" {
                    if previous != "\r" { line += 1 }
                    column = 1
                } else if scalar == "\r" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                previous = scalar
            }
            text += piece
        }
        for index in 0 ..< 2_000 {
            if index > 0 { write(",") }
            write(separators[next(separators.count)])
            expected.append(SourcePosition(line: line, column: column))
            write("\"" + (0 ..< next(12)).map { _ in pieces[next(pieces.count)] }.joined() + "\"")
        }
        write("]")
        let array = try #require(try parse(text).array)
        #expect(array.map(\.position) == expected)
    }

    @Test func positionsAreOrderedByLineThenColumn() {
        #expect(at(1, 9) < at(2, 1))
        #expect(at(2, 1) < at(2, 3))
        #expect(!(at(2, 3) < at(2, 3)))
        #expect([at(3, 1), at(1, 5), at(1, 2)].sorted() == [at(1, 2), at(1, 5), at(3, 1)])
        #expect(at(4, 7).description == "4:7")
    }
}
