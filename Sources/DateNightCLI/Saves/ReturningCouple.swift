import Foundation
import SessionStore

/// The line that greets a couple who have played before: what they did last, and when
/// ("Last time: Breath Syncing, two weeks ago."). Their own sessions only: another pair of
/// names on this computer is a different couple.
enum ReturningCouple {
    /// The greeting for these players from the saves in `dataDirectory`; nil for a first
    /// evening, or when the saves cannot be read (a greeting is never worth an error).
    static func greeting(for players: Players, dataDirectory: String?, now: Date = Date()) -> String? {
        guard let folder = DataDirectory.resolve(option: dataDirectory),
              let store = (try? SessionStore.openExisting(folder)) ?? nil,
              let sessions = try? store.sessions(ofCouple: Couple(players.first, players.second))
        else { return nil }
        return sessions.first.map { greeting(sceneTitle: $0.sceneTitle, playedAt: $0.updatedAt, now: now) }
    }

    /// The greeting for the couple's most recently played session.
    static func greeting(sceneTitle: String, playedAt: Date, now: Date, calendar: Calendar = .current) -> String {
        "Last time: \(sceneTitle), \(when(playedAt, now: now, calendar: calendar))."
    }

    /// How long ago, in calendar days as a person counts them: "earlier today", "yesterday",
    /// "three days ago", "two weeks ago", "about a month ago", "five months ago", "over a year ago".
    static func when(_ date: Date, now: Date, calendar: Calendar = .current) -> String {
        let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: date), to: calendar.startOfDay(for: now)).day ?? 0
        switch days {
        case ..<1: return "earlier today"
        case 1: return "yesterday"
        case 2...6: return "\(word(days)) days ago"
        case 7...13: return "a week ago"
        case 14...27: return "\(word(days / 7)) weeks ago"
        case 28...59: return "about a month ago"
        case 60...364: return "\(word(days / 30)) months ago"
        default: return "over a year ago"
        }
    }

    private static func word(_ number: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        return words.indices.contains(number) ? words[number] : String(number)
    }
}
