import Foundation
import Testing

/// The conventions people expect of any command-line program, tried on the real binary.
@Suite("Command-line conventions")
struct CommandLineConventionTests {
    @Test func anUnknownCommandGetsADidYouMeanAndNoHiddenMenu() throws {
        let typo = try Datenight.run(["sesions"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("Did you mean 'sessions'?"))
        let unknown = try Datenight.run(["nosuchcmd"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("Unknown command 'nosuchcmd'"))
        for result in [typo, unknown, try Datenight.run(["--bogus"]), try Datenight.run(["--plyers", "x"])] {
            #expect(!result.stderr.contains("menu"), "the hidden menu shows in: \(result.stderr)")
            #expect(result.stderr.contains("Usage: datenight"))
        }
    }

    @Test func anUnknownOptionGetsADidYouMean() throws {
        let result = try Datenight.run(["play", "sampler", "--plyers", "A,B"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Did you mean '--players'?"))
        #expect(try Datenight.run(["--plyers", "x"]).stderr.contains("Did you mean '--players'?"))
    }

    @Test func globalOptionsWorkBeforeOrAfterTheCommand() throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        _ = try Datenight.run(["play", "sampler", "--players", "Alex,Sam", "--time-scale", "0", "--data-dir", data.path], input: "1\nhi\n")
        let before = try Datenight.run(["--data-dir", data.path, "sessions"])
        let after = try Datenight.run(["sessions", "--data-dir", data.path])
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout.contains("Alex & Sam"))
        #expect(before.stdout == after.stdout)
    }

    @Test func helpBeforeACommandShowsThatCommandsHelp() throws {
        let result = try Datenight.run(["--help", "play"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("OVERVIEW: Play a scene."))
        #expect(result.stdout == (try Datenight.run(["play", "--help"])).stdout)
        #expect(try Datenight.run(["help", "play"]).stdout.contains("OVERVIEW: Play a scene."))
    }

    @Test func helpForAMissingCommandExits64() throws {
        let result = try Datenight.run(["help", "nosuch"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("There is no command 'nosuch'"))
        #expect(try Datenight.run(["help", "sesions"]).stderr.contains("Did you mean 'sessions'?"))
    }

    @Test func aNegativeTimeScaleIsOutOfRangeNotMissing() throws {
        let result = try Datenight.run(["play", "sampler", "--players", "A,B", "--time-scale", "-1"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("out of range"))
        #expect(!result.stderr.contains("Missing value"))
    }

    @Test func anUnknownSceneGetsADidYouMean() throws {
        let result = try Datenight.run(["play", "samplr", "--players", "A,B"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("did you mean 'sampler'?"))
    }

    @Test func hugeNumbersNeverCrash() throws {
        for number in ["-9223372036854775808", "9223372036854775807", "99999999999999999999"] {
            let scene = try Datenight.run(["play", "--players", "A,B", "--", number])
            #expect(!scene.crashed && scene.status == 66, "scene \(number): \(scene.stderr)")
            let choice = try Datenight.run(["play", "sampler", "--players", "A,B", "--time-scale", "0"], input: "\(number)\n1\n")
            #expect(!choice.crashed && choice.status == 0, "choice \(number): \(choice.stderr)")
            #expect(choice.stdout.contains("Pick a number from 1 to"))
        }
    }

    @Test func namesFollowOneRuleOnTheCommandLine() throws {
        let same = try Datenight.run(["play", "sampler", "--players", "Alex,alex", "--time-scale", "0"])
        #expect(same.status == 64)
        #expect(same.stderr.contains("the two names need to differ"))
        let joined = try Datenight.run(["play", "sampler", "--players", "👩‍❤️‍👨,ශ්‍රී", "--time-scale", "0", "--no-record"], input: "1\n")
        #expect(joined.status == 0, "\(joined.stderr)")
        let comma = try Datenight.run(["play", "sampler", "--player", "Jo, the Brave", "--player", "Sam", "--time-scale", "0", "--no-record"],
                                      input: "1\n")
        #expect(comma.status == 0, "\(comma.stderr)")
        #expect(comma.stdout.contains("Jo, the Brave"))
        let control = try Datenight.run(["play", "sampler", "--players", "Ev\u{202E}il,Sam", "--time-scale", "0"])
        #expect(control.status == 64)
        #expect(control.stderr.contains("text-direction overrides"))
    }

    @Test func sessionsAlignAtAnyCountFitTheWidthAndLeaveOutEmptyPlays() throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let play = ["play", "sampler", "--time-scale", "0", "--data-dir", data.path]
        for number in 1...10 {
            _ = try Datenight.run(play + ["--players", "Maya,Jonah \(number)"], input: "1\nhello\n")
        }
        _ = try Datenight.run(play + ["--players", "Not,Recorded", "--no-record"], input: "1\nhello\n")
        _ = try Datenight.run(play + ["--players", "Empty,Input"], input: "")
        let listing = try Datenight.run(["sessions", "--data-dir", data.path], environment: ["COLUMNS": "72"])
        let lines = listing.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 11, "a header and ten sessions:\n\(listing.stdout)")
        #expect(!listing.stdout.contains("Recorded") && !listing.stdout.contains("Empty"))
        #expect(lines.allSatisfy { $0.count <= 72 }, "\(listing.stdout)")
        let sceneColumns = Set(lines.dropFirst().compactMap { $0.range(of: "Sampler")?.lowerBound.utf16Offset(in: $0) })
        #expect(sceneColumns.count == 1, "the scene column starts at the same place on every row:\n\(listing.stdout)")
        #expect(lines.contains { $0.hasPrefix("10  ") } && lines.contains { $0.hasPrefix(" 9  ") })
        let json = try Datenight.run(["sessions", "--format", "json", "--data-dir", data.path])
        #expect(json.stdout.contains("Recorded"), "scripts still see every session")
    }

    @Test func progressFitsTheWidthAndFallsBackToASCII() throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        _ = try Datenight.run(["play", "sampler", "--players", "Alex,Sam", "--time-scale", "0", "--data-dir", data.path], input: "1\nhi\n")
        let narrow = try Datenight.run(["progress", "--data-dir", data.path], environment: ["COLUMNS": "50", "LC_ALL": "C.UTF-8"])
        let tables = narrow.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") }
        #expect(!tables.isEmpty)
        #expect(tables.allSatisfy { $0.count <= 50 }, "\(narrow.stdout)")
        let ascii = try Datenight.run(["progress", "--data-dir", data.path], environment: ["LC_ALL": "C"])
        #expect(ascii.stdout.allSatisfy { $0.isASCII }, "\(ascii.stdout)")
        #expect(ascii.stdout.contains("[#"))
    }

    @Test func underACLocaleThePlainTranscriptIsASCII() throws {
        let result = try Datenight.run(["play", "sampler", "--players", "Alex,Sam", "--time-scale", "0", "--no-record"],
                                       input: "1\n", environment: ["LC_ALL": "C"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("·") && !result.stdout.contains("›") && !result.stdout.contains("—"))
    }
}

@Suite("Hints, colour and completions")
struct HintsAndCompletionTests {
    @Test func theResumeHintGivesARelativeScenesFolderAsAbsolute() throws {
        let folder = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("mine"), withIntermediateDirectories: true)
        let result = try Datenight.run(["play", "sampler", "--players", "Alex,Sam", "--time-scale", "0",
                                        "--scenes", "mine", "--data-dir", "saves"], input: "1\n", in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let real = folder.resolvingSymlinksInPath().path
        #expect(result.stdout.contains("--scenes \(folder.path)/mine") || result.stdout.contains("--scenes \(real)/mine"), "\(result.stdout)")
        #expect(result.stdout.contains("--data-dir \(folder.path)/saves") || result.stdout.contains("--data-dir \(real)/saves"))
    }

    /// The generated bash script, sourced in a real bash, asked as Tab would ask.
    @Test func bashCompletesSceneIdsAndSessionNumbers() throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        _ = try Datenight.run(["play", "sampler", "--players", "Alex,Sam", "--time-scale", "0", "--data-dir", data.path], input: "1\nhi\n")
        let script = data.appendingPathComponent("datenight.bash")
        try Datenight.run(["--generate-completion-script", "bash"]).stdout.write(to: script, atomically: true, encoding: .utf8)
        func complete(_ line: String) throws -> [String] {
            let probe = """
                PATH="$(dirname "$DATENIGHT"):$PATH"; source '\(script.path)'
                COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<< "$COMP_LINE"
                [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
                COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
                _datenight datenight "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            let result = try Datenight.shell("bash -c \(ShellQuote.single(probe))")
            return result.stdout.split(separator: "\n").map(String.init)
        }
        #expect(try complete("datenight play l") == ["love-mapping"])
        #expect(try complete("datenight graph samp").contains("sampler"))
        #expect(try complete("datenight test eye").contains("eye-gazing"))
        #expect(try complete("datenight resume --data-dir \(data.path) ") == ["1"])
        #expect(try complete("datenight forget --data-dir \(data.path) ") == ["1"])
        #expect(try complete("datenight ses") == ["sessions"])
        #expect(!(try complete("datenight ")).contains("menu"))
    }

    @Test func zshAndFishSeeTheSessionsSceneAndNames() throws {
        let data = try Datenight.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        _ = try Datenight.run(["play", "sampler", "--players", "Alex,Sam", "--time-scale", "0", "--data-dir", data.path], input: "1\nhi\n")
        for (shell, expected) in [("zsh", "1:Sampler: a little of everything, Alex & Sam"), ("fish", "1\tSampler: a little of everything, Alex & Sam")] {
            let result = try Datenight.run(["---completion", "resume", "--", "positional@0", "4", "0",
                                            "datenight", "resume", "--data-dir", data.path, ""],
                                           environment: ["SAP_SHELL": shell])
            #expect(result.stdout.split(separator: "\n").map(String.init).contains(expected), "\(shell): \(result.stdout)")
        }
    }
}

enum ShellQuote {
    static func single(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

@Suite("Errors that name the real problem")
struct RealProblemTests {
    @Test func aFolderIsNotASceneFile() throws {
        let result = try Datenight.run(["play", "/etc", "--players", "A,B"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/etc is a folder, not a scene file"))
        #expect(try Datenight.run(["play", "no/such.json", "--players", "A,B"]).stderr.contains("no such scene file: no/such.json"))
    }
}
