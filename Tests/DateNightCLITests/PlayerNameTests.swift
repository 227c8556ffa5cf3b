@testable import DateNightCLI
import Testing

/// One rule for names, wherever they are typed (the menu's prompt and --players / --player).
@Suite("Player names")
struct PlayerNameTests {
    @Test(arguments: ["Maya", "👩‍❤️‍👨", "🏳️‍🌈", "ශ්‍රී", "می‌خواهم", "José", "Ana-María", "李小龙", "O'Brien", "A",
                      "Jo, the Brave", String(repeating: "é", count: 40), String(repeating: "👩‍❤️‍👨", count: 40)])
    func anyVisibleNameUpTo40CharactersIsAccepted(_ name: String) {
        #expect(Players.checked(name) == .success(name), "\(name.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func joinersCountAsPartOfOneCharacter() {
        // 👩‍❤️‍👨 is six scalars and one character: forty of them are forty characters.
        #expect("👩‍❤️‍👨".unicodeScalars.count > 1)
        #expect(Players.checked(String(repeating: "👩‍❤️‍👨", count: 41)) == .failure(.tooLong))
        #expect(Players.checked(String(repeating: "a", count: 41)) == .failure(.tooLong))
    }

    @Test func spacesAroundAreTrimmedAndInvisibleNamesRefused() {
        #expect(Players.checked("  Sam ") == .success("Sam"))
        #expect(Players.checked("   ") == .failure(.empty))
        #expect(Players.checked("\u{200D}") == .failure(.invisible), "a joiner alone shows nothing")
        #expect(Players.checked("\u{0301}") == .failure(.invisible), "a combining mark alone shows nothing")
    }

    @Test(arguments: ["Al\u{1B}[31mex", "Sam\u{07}", "A\u{9B}B", "Ev\u{202E}il", "Ma\u{2066}ya", "Li\u{2028}ne", "Tab\there"])
    func controlCharactersAndBidiOverridesAreRefused(_ name: String) {
        #expect(Players.checked(name) == .failure(.controlCharacters))
    }

    @Test func twoNamesThatDifferOnlyInCaseAreRefused() {
        #expect(Players.make(first: "Alex", second: "alex") == .failure(.same))
        #expect(Players.make(first: "ÉMILE", second: "émile") == .failure(.same))
        #expect(Players(first: "Alex", second: "Sam") != nil)
        #expect(Players.Problem.same.message.contains("the two names need to differ"))
    }

    @Test func theCommandLineTakesPlayersOrPlayerTwice() throws {
        #expect(try Players.fromCommandLine(players: nil, player: []) == nil)
        #expect(try Players.fromCommandLine(players: "Alex, Sam", player: []) == Players(first: "Alex", second: "Sam"))
        #expect(try Players.fromCommandLine(players: nil, player: ["Jo, the Brave", "Sam"]) == Players(first: "Jo, the Brave", second: "Sam"))
        #expect(throws: (any Error).self) { try Players.fromCommandLine(players: "A,B,C", player: []) }
        #expect(throws: (any Error).self) { try Players.fromCommandLine(players: nil, player: ["Alex"]) }
        #expect(throws: (any Error).self) { try Players.fromCommandLine(players: "A,B", player: ["C", "D"]) }
        #expect(throws: (any Error).self) { try Players.fromCommandLine(players: "Alex,ALEX", player: []) }
    }

    @Test func namesWithACommaAreHandedOnWithPlayer() throws {
        let players = try #require(Players(first: "Jo, the Brave", second: "Sam"))
        #expect(players.arguments == ["--player", "Jo, the Brave", "--player", "Sam"])
        #expect(try #require(Players(first: "Alex", second: "Sam")).arguments == ["--players", "Alex,Sam"])
    }
}
