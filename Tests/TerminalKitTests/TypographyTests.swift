@testable import TerminalKit
import Testing

@Suite("Plain terminals")
struct TypographyTests {
    @Test func typographicCharactersHaveASCIIStandIns() {
        #expect(Typography.ascii("Step 2 of 5 · Sampler") == "Step 2 of 5 - Sampler")
        #expect(Typography.ascii("First player › ") == "First player > ")
        #expect(Typography.ascii("Wait… it’s “fine” — really") == "Wait... it's \"fine\" -- really")
        #expect(Typography.ascii("Zoë & 李") == "Zoë & 李", "names and answers are the couple's own text")
    }

    @Test func withoutTERMNoEscapesAreSent() {
        #expect(Style.resolve(arguments: [], noColor: nil, term: nil, outputIsTerminal: true) == .plain)
        #expect(Style.resolve(arguments: [], noColor: nil, term: "", outputIsTerminal: true) == .plain)
        #expect(Style.resolve(arguments: [], noColor: nil, term: "xterm", outputIsTerminal: true).colors)
    }
}
