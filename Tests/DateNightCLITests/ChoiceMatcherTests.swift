@testable import DateNightCLI
import Testing

@Suite("Choosing an option by what is typed")
struct ChoiceMatcherTests {
    let options = ["Classic rounds: take turns", "The guessing game: predict each other", "A lightning round"]

    @Test func numbersLabelsAndStartsOfLabels() {
        #expect(ChoiceMatcher.match("2", options: options) == 2)
        #expect(ChoiceMatcher.match("4", options: options) == nil)
        #expect(ChoiceMatcher.match("classic", options: options) == 1)
        #expect(ChoiceMatcher.match("  A LIGHTNING round ", options: options) == 3)
    }

    @Test func theStartOfAnyWordWhenOnlyOneLabelFits() {
        #expect(ChoiceMatcher.match("guess", options: options) == 2)
        #expect(ChoiceMatcher.match("lightning", options: options) == 3)
        #expect(ChoiceMatcher.match("round", options: options) == nil, "two labels have a word starting 'round'")
        #expect(ChoiceMatcher.match("the", options: options) == 2, "a label's start wins over words inside others")
        #expect(ChoiceMatcher.match("zebra", options: options) == nil)
    }
}
