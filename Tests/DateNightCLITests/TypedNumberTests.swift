@testable import DateNightCLI
import Testing

@Suite("Numbers people type")
struct TypedNumberTests {
    @Test func aNumberInTheListIsAPosition() {
        #expect(TypedNumber.read("3", count: 5) == .position(3))
        #expect(TypedNumber.read(" +3 ", count: 5) == .position(3))
        #expect(TypedNumber.read("007", count: 9) == .position(7))
    }

    @Test(arguments: ["0", "-1", "6", "-9223372036854775808", "9223372036854775807", "9223372036854775808",
                      "99999999999999999999999999999999", "-0", "000"])
    func anyOtherNumberIsOutOfRangeWithoutOverflow(_ typed: String) {
        #expect(TypedNumber.read(typed, count: 5) == .outOfRange)
    }

    @Test(arguments: ["", "two", "1.5", "3a", "+", "-", "١"])
    func wordsAreNotNumbers(_ typed: String) {
        #expect(TypedNumber.read(typed, count: 5) == nil)
    }

    @Test func aHugeNumberAtAChoiceMatchesNothing() {
        #expect(ChoiceMatcher.match("-9223372036854775808", options: ["Yes", "No"]) == nil)
        #expect(ChoiceMatcher.match("99999999999999999999", options: ["Yes", "No"]) == nil)
        #expect(ChoiceMatcher.match("2", options: ["Yes", "No"]) == 2)
    }

    @Test func aHugeSceneNumberIsNotFound() throws {
        let catalog = try SceneCatalog.load()
        for typed in ["-9223372036854775808", "9223372036854775807", "99999999999999999999", "0"] {
            #expect(throws: UserFacingError.self) { try catalog.resolve(typed) }
        }
        #expect(try catalog.resolve("1").scene.id == catalog.entries[0].scene.id)
    }

    @Test(arguments: [-1, -0.0001, 100.5, .infinity, -.infinity, .nan, -Double.greatestFiniteMagnitude])
    func aTimeScaleOutsideZeroToAHundredIsRefused(_ value: Double) {
        #expect(throws: (any Error).self) { try TypedNumber.checkTimeScale(value) }
    }

    @Test(arguments: [0, 0.01, 1, 100])
    func aTimeScaleFromZeroToAHundredIsTaken(_ value: Double) throws {
        try TypedNumber.checkTimeScale(value)
    }
}
