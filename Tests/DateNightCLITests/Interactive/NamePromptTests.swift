import Foundation
import PTYTestSupport
import Testing

/// The menu's name prompt follows the same rules as --players.
@Suite("Names typed at the menu")
struct NamePromptTests {
    @Test func joinersAreWelcomeAndTheSameNameTwiceIsRefused() throws {
        let couple = try Couple(["play", "quiet-gazing", "--time-scale", "0"])
        try couple.at("First player ›", type: "Ev\u{202E}il" + Key.enter)
        try couple.expect("cannot contain control characters")
        try couple.at("First player ›", type: "👩‍❤️‍👨" + Key.enter)
        try couple.at("Second player ›", type: "ශ්‍රී" + Key.enter)
        try couple.at("Press Enter to go on ›", type: Key.enter)
        try couple.expect("👩‍❤️‍👨 & ශ්‍රී ›")
        couple.terminal.type(Key.ctrlD)
        #expect(try couple.terminal.waitForExit() == .status(0))

        let again = try Couple(["play", "quiet-gazing", "--time-scale", "0"])
        try again.at("First player ›", type: "Alex" + Key.enter)
        try again.at("Second player ›", type: "ALEX" + Key.enter)
        try again.expect("two names need to differ")
        try again.at("Second player ›", type: Key.ctrlD)
        _ = try again.terminal.waitForExit()
    }
}
