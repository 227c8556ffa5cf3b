import Foundation
import PTYTestSupport
import Testing

/// The small things a couple trips over at the keyboard (issue 17).
@Suite("Small things at a terminal")
struct SmallThingsTests {
    @Test func ctrlLRedrawsTheQuestionTabOnEmptyAddsNothingAndABothPassedRowSaysSo() throws {
        let couple = try Couple(["play", "quiet-gazing", "--players", "Alex,Sam", "--time-scale", "0"])
        try couple.at("Press Enter to go on ›", type: Key.enter)
        try couple.at("Alex & Sam ›", type: Key.tab)
        couple.terminal.type("\u{0C}")
        // A clean screen with the question at the top and the prompt under it, still empty.
        let screen = try couple.terminal.expectScreen("the question drawn again") { lines in
            lines.first?.hasPrefix("How long shall we gaze?") == true && lines.contains("Alex & Sam ›")
        }
        #expect(screen.contains("  2. Three minutes"))
        #expect(!screen.contains { $0.hasPrefix("Alex & Sam › /") }, "Tab on an empty answer inserts nothing")
        couple.terminal.type("2" + Key.enter)
        try couple.at("Alex ›", type: "calm" + Key.enter)
        try couple.at("Sam ›", type: "warm" + Key.enter)
        try couple.at("Alex ›", type: "/pass" + Key.enter)
        try couple.at("Sam ›", type: "/pass" + Key.enter)
        try couple.expect("(you both let this one go)")
        #expect(!couple.terminal.visibleText.contains("(passed)    (passed)"))
        #expect(try couple.terminal.waitForExit() == .status(0))
    }

    static let secretScene = #"""
    { "format": 1, "id": "a-secret", "title": "A Secret", "summary": "One hidden answer.", "minutes": 1,
      "kinds": ["emotional"], "start": "wish",
      "nodes": [
        { "id": "wish", "kind": "prompt", "text": "Your secret wish?", "secret": true, "saveAs": "wish", "label": "Wish", "next": "end" },
        { "id": "end", "kind": "end", "text": "Kept safe." }
      ] }
    """#

    @Test func aHiddenPromptShowsThatKeysRegisterButNotHowMany() throws {
        let scenes = try Couple.sceneFolder(Self.secretScene, named: "a-secret")
        defer { try? FileManager.default.removeItem(at: scenes) }
        let couple = try Couple(["play", "a-secret", "--players", "Alex,Sam", "--scenes", scenes.path], gazing: false)
        try couple.at("Alex ›", type: "a")
        _ = try couple.terminal.expectScreen("a sign of typing") { $0.contains("Alex › (typing...)") }
        couple.terminal.type("nother long wish")
        _ = try couple.terminal.expectScreen("the same sign, however long") { $0.contains("Alex › (typing...)") }
        couple.terminal.type(Key.enter)
        try couple.expect("Kept safe.")
        #expect(try couple.terminal.waitForExit() == .status(0))
        #expect(!couple.terminal.visibleText.contains("wish\n"), "nothing of the answer")
        #expect(couple.screen.contains("Alex ›"), "the sign is gone once the answer is in")
    }

    @Test func tabInThePickerListsEachSceneOnce() throws {
        let couple = try Couple(["play", "--players", "Alex,Sam"])
        // The id (quiet-gazing) and the title (Quiet Gazing) both start with "q": offered
        // both, readline could complete no further than "quiet" and would list the scene twice.
        try couple.at("Which one?", type: "q" + Key.tab)
        _ = try couple.terminal.expectScreen("the title completed") { $0.last?.hasSuffix("› Quiet Gazing") == true }
        couple.terminal.type(Key.enter)
        try couple.expect("Quiet gazing, Alex and Sam")
    }

    static let lightningScene = #"""
    { "format": 1, "id": "quick-fire", "title": "Quick Fire", "summary": "Two quick questions.", "minutes": 1,
      "kinds": ["intellectual"], "start": "round",
      "decks": { "d": { "questions": [ { "id": "q1", "text": "Tea or coffee?", "category": "c", "depth": 1 } ] } },
      "nodes": [
        { "id": "round", "kind": "deck", "deck": "d", "draw": 1, "who": "each", "seconds": 60, "next": "end" },
        { "id": "end", "kind": "end", "text": "Done." }
      ] }
    """#

    @Test func inALightningRoundTheFirstAnswerIsOffTheScreenBeforeThePartnerAnswers() throws {
        let scenes = try Couple.sceneFolder(Self.lightningScene, named: "quick-fire")
        defer { try? FileManager.default.removeItem(at: scenes) }
        let couple = try Couple(["play", "quick-fire", "--players", "Alex,Sam", "--scenes", scenes.path], gazing: false)
        try couple.at("Alex ›", type: "coffee, strong and black" + Key.enter)
        let screen = try couple.terminal.expectScreen("Sam's turn") { $0.contains { $0.hasSuffix("Sam ›") } }
        #expect(!screen.contains { $0.contains("strong and black") }, "first thought wins: Sam cannot read Alex's")
        #expect(screen.contains { $0.hasSuffix("Alex › (answered)") })
        couple.terminal.type("tea" + Key.enter)
        try couple.expect("Done.")
        #expect(try couple.terminal.waitForExit() == .status(0))
    }
}
