import DateNightCore
import Foundation
import Testing

/// No line crashes the game: the real binary reads seeded mixes of hostile lines (extreme
/// integers, a megabyte, NUL, invalid UTF-8, controls, escaped lone surrogates, slash commands
/// with junk, empty lines) at every prompt of the sample scenes, the evening's menus and the
/// name prompt. Each run ends with a documented status, in time, with its output valid UTF-8
/// and free of control characters.
@Suite("Hostile lines to the line player", .serialized)
struct LinePlayerPropertyTests {
    static let playRuns = 12
    static let eveningRuns = 6

    static let extremeNumbers = ["-9223372036854775808", "9223372036854775807", "9223372036854775808",
                                 "99999999999999999999999", "-1", "0", "+0", "007", "1e9", "0x10", "١"]

    /// One hostile line as bytes (never containing a newline, which would make it two).
    static func hostileLine(_ random: inout SeededGenerator) -> [UInt8] {
        switch random.below(12) {
        case 0, 1: return Array(extremeNumbers[random.below(extremeNumbers.count)].utf8)
        case 2: return [0x61, 0x00, 0x62, 0x00]
        case 3: return [0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xe2, 0x82]
        case 4: return Array("\u{1b}[2J\u{1b}]0;evil\u{7}\u{9b}31m\u{7f}\u{8}\r\u{202e}\u{2066}x".utf8)
        case 5: return Array(#"\ud800 \udfff \u0000"#.utf8)
        case 6:
            // A slash and junk: never exactly a command that stops the run.
            let junk = ["", "\u{0}", "pass\u{1b}[2J", "quit now", "qq", "/", "progress\u{ff}", "help \u{202e}", "9223372036854775808"]
            return Array("/\(junk[random.below(junk.count)])".utf8)
        case 7: return []
        case 8: return Array("   \t  ".utf8)
        default:
            // Something that moves the scene on: a choice number, a pass, a word.
            let fitting = ["1", "2", "/pass", "yes", "a small joy", "/skip", "3"]
            return Array(fitting[random.below(fitting.count)].utf8)
        }
    }

    static func hostileInput(lines: Int, megabyte: Bool, _ random: inout SeededGenerator) -> [UInt8] {
        var bytes: [UInt8] = []
        for index in 0..<lines {
            if megabyte, index == lines / 3 {
                bytes += Array(repeating: UInt8(ascii: "x"), count: 1 << 20)
                bytes += [0x1b, 0x00]
            } else {
                bytes += hostileLine(&random)
            }
            bytes.append(0x0a)
        }
        return bytes
    }

    /// What every run must show: a status the game documents, no signal, no hang, and output
    /// that a terminal shows as text.
    static func expectWellBehaved(_ result: Datenight.Result, _ what: String, statuses: Set<Int32> = [0],
                                  sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!result.hung, "\(what) hung", sourceLocation: sourceLocation)
        #expect(!result.crashed, "\(what) died from a signal: \(result.stderr.suffix(2000))", sourceLocation: sourceLocation)
        #expect(statuses.contains(result.status), "\(what) exited \(result.status): \(result.stderr.suffix(2000))", sourceLocation: sourceLocation)
        #expect(String(validating: result.stdoutBytes, as: UTF8.self) != nil, "\(what): stdout is not UTF-8", sourceLocation: sourceLocation)
        #expect(String(validating: result.stderrBytes, as: UTF8.self) != nil, "\(what): stderr is not UTF-8", sourceLocation: sourceLocation)
        #expect(HostileInputTests.rawControls(result.stdout).isEmpty, "\(what) stdout: \(HostileInputTests.rawControls(result.stdout))",
                sourceLocation: sourceLocation)
        #expect(HostileInputTests.rawControls(result.stderr).isEmpty, "\(what) stderr: \(HostileInputTests.rawControls(result.stderr))",
                sourceLocation: sourceLocation)
    }

    @Test func hostileLinesAtEveryPromptOfTheSamples() async throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        var random = SeededGenerator(seed: 0x11e5)
        var runs = 0, answered = 0
        for run in 0..<Self.playRuns {
            let scene = run % 3 == 2 ? "sampler-hug" : "sampler"
            let input = Self.hostileInput(lines: 90, megabyte: run % 4 == 1, &random)
            let result = try await Datenight.run(["play", scene, "--players", "Alex,Sam", "--time-scale", "0", "--seed", "\(run)",
                                            "--data-dir", data.path, "--scenes", "Scenes/samples"],
                                           bytes: input, within: 60)
            Self.expectWellBehaved(result, "play \(scene) run \(run)")
            answered += result.stdout.components(separatedBy: "\n> ").count - 1
            runs += 1
        }
        #expect(runs == Self.playRuns)
        #expect(answered > Self.playRuns * 10, "the lines reached prompts (\(answered) prompts answered)")
        // What was saved from those lines is shown as safely as it was played.
        for arguments in [["sessions"], ["journal", "--all", "--players", "Alex,Sam"], ["progress"]] {
            Self.expectWellBehaved(try await Datenight.run(arguments + ["--data-dir", data.path], bytes: [], within: 60), "\(arguments)")
        }
    }

    @Test func hostileLinesAtTheEveningMenuNamesAndScenePicker() async throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        var random = SeededGenerator(seed: 0xe7e)
        var runs = 0
        for run in 0..<Self.eveningRuns {
            // The menu, the names, the time and the scene picker first, each with something
            // hostile where a person would type a name or a number, then a random mix for
            // whatever the evening asks next.
            var input = Array("1\n".utf8)
            input += run % 2 == 0 ? Self.hostileLine(&random) + [0x0a] + Array("Alex\n".utf8) : Array("Alex\n".utf8)
            input += Self.hostileLine(&random) + [0x0a] + Array("Sam\n".utf8)
            input += Array("-9223372036854775808\n\n-9223372036854775808\n9223372036854775808\n0\n".utf8)
            input += Self.hostileInput(lines: 120, megabyte: run == 3, &random)
            let result = try await Datenight.run(["--data-dir", data.path, "--time-scale", "0"], bytes: input, within: 60)
            #expect(result.stdout.contains("-9223372036854775808"), "run \(run): the numbers were read")
            Self.expectWellBehaved(result, "the evening, run \(run)")
            runs += 1
        }
        #expect(runs == Self.eveningRuns)
    }

    @Test(arguments: [["play", "--", "-9223372036854775808"], ["play", "9223372036854775808"], ["play", "0"],
                      ["play", "99999999999999999999999"], ["graph", "--", "-9223372036854775808"], ["test", "--", "-1"],
                      ["resume", "--", "-9223372036854775808"], ["resume", "99999999999999999999999"],
                      ["journal", "--", "-9223372036854775808"], ["forget", "--", "-9223372036854775808", "--yes"],
                      ["play", "sampler", "--seed", "-9223372036854775808"], ["play", "sampler", "--seed", "99999999999999999999999"],
                      ["play", "sampler", "--time-scale", "-9223372036854775808"], ["play", "sampler", "--time-scale", "nan"],
                      ["play", "sampler", "--time-scale", "1e400"], ["resume", "--time-scale", "-1e400"],
                      ["test", "sampler", "--walks", "-9223372036854775808"], ["sessions", "--format", "-9223372036854775808"]])
    func extremeNumbersOnTheCommandLine(_ arguments: [String]) async throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        // Options go before the rest, which may follow a `--`.
        let options = (arguments[0] == "play" ? ["--players", "Alex,Sam"] : []) + ["--data-dir", data.path, "--scenes", "Scenes/samples"]
        let result = try await Datenight.run([arguments[0]] + options + arguments.dropFirst(), bytes: Array("1\n/quit\n".utf8), within: 60)
        Self.expectWellBehaved(result, "\(arguments)", statuses: [0, 64, 65, 66])
        if result.status != 0 {
            #expect(!result.stderr.isEmpty, "\(arguments): a failure says why")
        }
    }
}
