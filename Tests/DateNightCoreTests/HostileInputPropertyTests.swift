import DateNightCore
import Foundation
import Testing

/// No input crashes the engine: at every request of seeded walks, every `Input` case with
/// extreme values (Int.min, 0, Int.max, a megabyte of text, NUL, controls, what invalid UTF-8
/// decodes to) is either refused without changing anything or taken, and play goes on.
@Suite("Hostile inputs to the engine")
struct HostileInputPropertyTests {
    static let cases = 240

    /// Every request kind in one scene, so each is met however a walk goes.
    static let everyKind = sceneJSON(start: "plain", nodes: """
        { "id": "plain", "kind": "prompt", "who": "active", "text": "Say?", "saveAs": "said", "next": "secret" },
        { "id": "secret", "kind": "prompt", "who": "each", "secret": true, "text": "Whisper?", "next": "aloud" },
        { "id": "aloud", "kind": "prompt", "who": "both", "aloud": true, "text": "Out loud?", "next": "timed" },
        { "id": "timed", "kind": "prompt", "who": "partner", "seconds": 30, "text": "Quick?", "next": "pick" },
        { "id": "pick", "kind": "choice", "who": "active", "text": "Which?", "options": [
            { "label": "One", "next": "clock" }, { "label": "Two", "default": true, "next": "breathe" } ] },
        { "id": "clock", "kind": "timer", "label": "Gaze", "seconds": 60, "next": "breathe" },
        { "id": "breathe", "kind": "breathing", "pattern": { "inhale": 4, "holdFull": 4, "exhale": 4, "holdEmpty": 4 }, "cycles": 2, "next": "again" },
        { "id": "again", "kind": "choice", "who": "both", "text": "Again?", "options": [
            { "label": "Yes", "next": "plain" }, { "label": "No", "next": "done" } ] },
        { "id": "done", "kind": "end", "text": "Bye." }
        """)

    enum Kind: String, CaseIterable {
        case prompt, secret, aloud, timed, choice, timer, breathing
    }

    static func kind(of request: Request) -> Kind {
        switch request {
        case .prompt(let prompt): prompt.secret ? .secret : prompt.aloud ? .aloud : prompt.seconds != nil ? .timed : .prompt
        case .choice: .choice
        case .timer: .timer
        case .breathing: .breathing
        }
    }

    /// Text no keyboard should send but a pipe can: NUL, escapes, C1, bidi, what invalid UTF-8
    /// and an unpaired surrogate decode to, slash commands with junk, nothing at all.
    static let hostileTexts: [String] = [
        "", " ", "\u{0}", "a\u{0}b", "\u{1b}[2J\u{1b}]0;evil\u{7}", "\u{9b}31m", "\u{7f}\u{8}\u{8}", "\u{202e}\u{2066}x\u{2069}",
        String(decoding: [0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, 0x80], as: UTF8.self), "\\ud800", "/pass junk", "/\u{0}", "//",
        "-9223372036854775808", "9223372036854775807", "99999999999999999999999", "\r\n", "\t\t",
    ]

    static let megabyte = String(repeating: "é\u{1b}", count: 512 * 1024 / 3)

    static func hostileInputs(using generator: inout SeededGenerator, optionCount: Int) -> [Input] {
        let text = hostileTexts.randomElement(using: &generator)!
        let number = [Int.min, Int.min + 1, -1, 0, optionCount + 1, Int.max, Int.max - 1,
                      Int(truncatingIfNeeded: generator.next())].randomElement(using: &generator)!
        return [.choose(Int.min), .choose(0), .choose(Int.max), .choose(number), .answer(text), .spoken(note: text),
                .timeUp(partial: text), .pass, .timerFinished].shuffled(using: &generator)
    }

    static func library() throws -> [Scene] {
        let samples = try Repository.sceneFiles(in: Repository.scenes.appendingPathComponent("samples"))
        let loaded = SceneLoader.loadAll(try samples.map { ($0.path, [UInt8](try Data(contentsOf: $0))) })
        return loaded.compactMap(\.scene) + [try scene(everyKind)]
    }

    @Test func everyInputAtEveryRequestIsRefusedCleanlyOrTaken() throws {
        let library = try Self.library()
        #expect(library.count == 3, "the two samples and the scene with every kind")
        var generator = SeededGenerator(seed: 0x5eed)
        var met: [Kind: Int] = [:]
        var refused = 0, taken = 0, casesRun = 0
        var sentMegabyte: Set<Kind> = []
        for number in 0..<Self.cases {
            let scene = library[number % library.count]
            var (game, step) = session(scene, library: library, seed: generator.next())
            var sent = 0
            while let request = step.request, sent < 60 {
                let kind = Self.kind(of: request)
                met[kind, default: 0] += 1
                let optionCount = if case .choice(let choice) = request { choice.options.count } else { 0 }
                var inputs = Self.hostileInputs(using: &generator, optionCount: optionCount)
                if sentMegabyte.insert(kind).inserted {
                    inputs.insert(contentsOf: [.answer(Self.megabyte), .spoken(note: Self.megabyte), .timeUp(partial: Self.megabyte)], at: 0)
                }
                // A hostile input is either refused, leaving everything as it was, or taken
                // (a pass, or an answer that fits), and the walk carries on from there.
                var moved = false
                for input in inputs {
                    let before = game.state
                    do {
                        step = try game.send(input)
                        taken += 1
                        moved = true
                        break
                    } catch {
                        #expect(game.state == before, "\(scene.id) \(kind): a refused \(input) changed the state")
                        refused += 1
                    }
                }
                if !moved { step = try game.send(randomInput(for: request, using: &generator)) }
                sent += 1
            }
            casesRun += 1
        }
        #expect(casesRun == Self.cases)
        #expect(refused > 1000 && taken > 100, "refused \(refused), taken \(taken)")
        for kind in Kind.allCases {
            #expect(met[kind, default: 0] > 0, "no \(kind.rawValue) request was met")
        }
    }

    @Test(arguments: [Int.min, Int.min + 1, -1, 0, 3, Int.max])
    func aChoiceNumberOutsideTheOptionsIsRefusedWithTheCount(_ number: Int) throws {
        let library = try Self.library()
        let scene = try #require(library.first { $0.id == "t" })
        var (game, step) = session(scene, library: library)
        for input in [Input.answer("a"), .pass, .spoken(note: ""), .answer("b"), .timeUp(partial: "c")] { step = try game.send(input) }
        #expect(step.choice?.options == ["One", "Two"])
        #expect(throws: InputError.optionOutOfRange(number, optionCount: 2)) { try game.send(.choose(number)) }
        #expect(try game.send(.choose(2)).request.map(Self.kind) == .breathing)
    }
}
