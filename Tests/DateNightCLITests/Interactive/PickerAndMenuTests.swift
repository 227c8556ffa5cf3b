import DateNightCore
@testable import DateNightCLI
import Testing

@Suite("Picker, menu and in-game commands")
struct PickerAndMenuTests {
    @Test func theMenuOffersResumeOnlyWhenThereIsSomethingToCarryOn() {
        #expect(MainMenu.entries(resumeNote: nil).map(\.0) == [.start, .progress, .quit])
        let withResume = MainMenu.entries(resumeNote: "Eye Gazing, Alex & Sam")
        #expect(withResume.map(\.0) == [.start, .resume, .progress, .quit])
        #expect(withResume[1].1.contains("Eye Gazing, Alex & Sam"))
    }

    @Test func commandsAreRecognisedAndAnswersAreLeftAlone() {
        #expect(InGameCommand("/pass") == .pass)
        #expect(InGameCommand(" /SKIP ") == .skip)
        #expect(InGameCommand("/pause") == .pause)
        #expect(InGameCommand("/progress") == .progress)
        #expect(InGameCommand("/?") == .help)
        #expect(InGameCommand("/q") == .quit)
        #expect(InGameCommand("/dance") == .unknown("dance"))
        #expect(InGameCommand("//not a command") == nil)
        #expect(InGameCommand("/ and/or") == nil)
        #expect(InGameCommand("a / b") == nil)
        #expect(InGameCommand.all.allSatisfy { InGameCommand($0) != nil && InGameCommand($0) != .unknown(String($0.dropFirst())) })
    }

    @Test func theHelpIsKindAboutHeavyMoments() {
        #expect(InGameCommand.careLine.contains("not therapy"))
        #expect(InGameCommand.careLine.contains("counsellor"))
        for command in InGameCommand.all {
            #expect(InGameCommand.explained.contains { $0.command == command }, "\(command) is explained")
        }
    }

    @Test func aPickerEntryIsTwoLinesThatFitTheWindow() throws {
        let scene = try #require(SceneCatalog.load().entries.first { $0.scene.id == "eye-gazing" }?.scene)
        let wide = ScenePicker.listing(for: scene, number: 4, numberWidth: 2, width: 119, glyphs: .ascii)
        #expect(wide.title == "   4. Eye Gazing")
        #expect(wide.details == " · about 8 min · physical, emotional")
        #expect(wide.summary == "      " + scene.summary)
        let narrow = ScenePicker.listing(for: scene, number: 4, numberWidth: 2, width: 40, glyphs: .ascii, finished: true)
        #expect((narrow.title + narrow.details).count <= 40)
        #expect(narrow.summary.count <= 40)
        #expect(narrow.summary.hasSuffix("..."))
        let played = ScenePicker.listing(for: scene, number: 4, numberWidth: 2, width: 119, glyphs: .ascii, finished: true)
        #expect(played.details.hasSuffix("played before"))
    }

    @Test func aCountdownKeepsWhatIsLeftAcrossReasks() {
        var countdown = Keyboard.Countdown(seconds: 60, timeScale: 0.5)
        countdown.spend(realSeconds: 10)
        #expect(countdown.secondsLeft == 40)
        countdown.spend(realSeconds: 100)
        #expect(countdown.secondsLeft == 0)
        var instant = Keyboard.Countdown(seconds: 60, timeScale: 0)
        instant.spend(realSeconds: 0)
        #expect(instant.secondsLeft == 0)
    }
}
