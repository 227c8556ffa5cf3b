import DateNightCore
import Foundation

/// Scenes and scripts for the save tests, written to a test's own folder.
enum SaveFixtures {
    /// Ten rounds of: a joy from each, a secret word from each, a choice together, two deck
    /// questions, a hug timer; then a breathing exercise. Seven lines a round, seventy in all,
    /// and every line fits whatever is asked at that point, whichever path the seed draws.
    static let longEvening = #"""
    { "format": 1, "id": "long-evening", "title": "A Long Evening", "summary": "Ten rounds of two questions from a deck of twenty (a deck never repeats in a session), for the save tests.",
      "minutes": 40, "kinds": ["emotional", "physical"], "start": "hello",
      "variables": { "round": 0 },
      "decks": { "d": { "title": "Evening questions", "questions": [
        { "id": "q01", "text": "What made you laugh today?", "category": "now", "depth": 1 },
        { "id": "q02", "text": "What song is stuck in your head?", "category": "now", "depth": 1 },
        { "id": "q03", "text": "What would you cook for me?", "category": "us", "depth": 1 },
        { "id": "q04", "text": "Where would you take me tomorrow?", "category": "us", "depth": 1 },
        { "id": "q05", "text": "What are you proud of this month?", "category": "you", "depth": 2 },
        { "id": "q06", "text": "What do you wish I asked you more?", "category": "us", "depth": 2 },
        { "id": "q07", "text": "What is a small fear you carry?", "category": "you", "depth": 2 },
        { "id": "q08", "text": "When did you feel closest to me?", "category": "us", "depth": 2 },
        { "id": "q09", "text": "What do you hope we never lose?", "category": "us", "depth": 3 },
        { "id": "q10", "text": "What did your family teach you about love?", "category": "you", "depth": 3 },
        { "id": "q11", "text": "What would you like to forgive?", "category": "you", "depth": 3 },
        { "id": "q12", "text": "What do you dream of for us?", "category": "us", "depth": 3 },
        { "id": "q13", "text": "What smell means home to you?", "category": "now", "depth": 1 },
        { "id": "q14", "text": "What was the best bit of your weekend?", "category": "now", "depth": 1 },
        { "id": "q15", "text": "Which trip of ours would you repeat?", "category": "us", "depth": 1 },
        { "id": "q16", "text": "What are you looking forward to?", "category": "you", "depth": 2 },
        { "id": "q17", "text": "What helps you unwind after a long day?", "category": "you", "depth": 2 },
        { "id": "q18", "text": "What tradition would you like us to start?", "category": "us", "depth": 2 },
        { "id": "q19", "text": "What has changed in you this year?", "category": "you", "depth": 3 },
        { "id": "q20", "text": "What do you most want to be remembered for?", "category": "you", "depth": 3 } ] } },
      "nodes": [
        { "id": "hello", "kind": "narration", "pause": true, "text": "Hello {player1} and {player2}.", "next": "joy" },
        { "id": "joy", "kind": "prompt", "who": "each", "saveAs": "joy", "label": "A joy", "text": "Round {var.round}: one small joy of today?", "next": "word" },
        { "id": "word", "kind": "prompt", "who": "each", "secret": true, "saveAs": "word", "label": "A word", "text": "One secret word for tonight?", "next": "pick" },
        { "id": "pick", "kind": "choice", "who": "both", "saveAs": "place", "text": "Where shall we sit, {partner}?",
          "options": [ { "label": "Sofa", "next": "ask" }, { "label": "Kitchen", "next": "ask" }, { "label": "Garden", "next": "ask" } ] },
        { "id": "ask", "kind": "deck", "deck": "d", "draw": 2, "who": "partner", "swapTurn": true, "next": "hug" },
        { "id": "hug", "kind": "timer", "label": "Hug", "seconds": 20, "next": "count" },
        { "id": "count", "kind": "set", "set": { "round": { "add": 1 } }, "next": "again" },
        { "id": "again", "kind": "branch", "cases": [ { "if": { "var": "round", "below": 10 }, "next": "joy" } ], "else": "breathe" },
        { "id": "breathe", "kind": "breathing", "pattern": { "inhale": 4, "holdFull": 0, "exhale": 6, "holdEmpty": 0 }, "cycles": 2, "next": "bye" },
        { "id": "bye", "kind": "end", "text": "Good night, {player1} and {player2}." } ] }
    """#

    /// The seventy lines for `longEvening`, with a pass typed and an empty line among them.
    static let longEveningScript: [String] = (0..<10).flatMap { round -> [String] in
        ["joy \(round) of the first: the kettle singing",
         round == 3 ? "/pass" : "joy \(round) of the second: a letter",
         "secret word \(round)a",
         round == 6 ? "" : "secret word \(round)b",
         String(round % 3 + 1),
         "answer \(round)-1: about the sea",
         "answer \(round)-2: about a song"]
    }

    /// Writes `longEvening` into a new folder and returns the folder.
    static func sceneFolder(_ json: String = longEvening, name: String = "long-evening.json") throws -> URL {
        let folder = try Datenight.temporaryFolder()
        try Data(json.utf8).write(to: folder.appendingPathComponent(name))
        return folder
    }

    /// A journal as JSON with the clock left out: what two runs with the same seed and input
    /// must agree on exactly.
    static func timeless(_ journal: String) throws -> String {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { !$0.key.hasSuffix("At") }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        let object = try JSONSerialization.jsonObject(with: Data(journal.utf8))
        let data = try JSONSerialization.data(withJSONObject: strip(object), options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    static func jsonObject(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8))
    }
}

extension SeededGenerator {
    /// A number from 0 up to `bound`, so a test's random moments repeat from its seed.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
}
