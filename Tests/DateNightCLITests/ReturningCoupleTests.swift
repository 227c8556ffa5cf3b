@testable import DateNightCLI
import Foundation
import Testing

/// The greeting a returning couple sees: what they did last, and when, in everyday words.
@Suite("Greeting a returning couple")
struct ReturningCoupleTests {
    private let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
    private let now = Date(timeIntervalSince1970: 1_796_000_000) // a Thursday evening

    private func ago(days: Double) -> String {
        ReturningCouple.when(now.addingTimeInterval(-days * 86_400), now: now, calendar: calendar)
    }

    @Test func saysWhatTheyPlayedAndWhen() {
        let line = ReturningCouple.greeting(sceneTitle: "Breath Syncing", playedAt: now.addingTimeInterval(-15 * 86_400), now: now, calendar: calendar)
        #expect(line == "Last time: Breath Syncing, two weeks ago.")
    }

    @Test func countsCalendarDaysAsPeopleDo() {
        #expect(ago(days: 0.01) == "earlier today")
        #expect(ago(days: 1) == "yesterday")
        #expect(ago(days: 3) == "three days ago")
        #expect(ago(days: 7) == "a week ago")
        #expect(ago(days: 21) == "three weeks ago")
        #expect(ago(days: 40) == "about a month ago")
        #expect(ago(days: 150) == "five months ago")
        #expect(ago(days: 400) == "over a year ago")
    }

    @Test func greetsOnlyTheCoupleWhoPlayed() throws {
        let data = SavedSessionTests.DataFolder()
        defer { data.remove() }
        let played = try data.run(["play", "breath-syncing", "--players", "Maya,Jonah", "--time-scale", "0"], input: "")
        #expect(played.status == 0, "\(played.stderr)")
        let same = try #require(Players(first: "jonah", second: "MAYA"))
        let others = try #require(Players(first: "Alex", second: "Sam"))
        let greeting = ReturningCouple.greeting(for: same, dataDirectory: data.path)
        #expect(greeting?.hasPrefix("Last time: Breath Syncing, ") == true, "\(greeting ?? "no greeting")")
        #expect(ReturningCouple.greeting(for: others, dataDirectory: data.path) == nil)
    }
}
