@testable import DateNightCLI
import Testing

@Suite("Reading the command line as people type it")
struct CommandLineRoutingTests {
    func route(_ line: String) -> CommandLineRouting.Route {
        CommandLineRouting.route(line.split(separator: " ").map(String.init))
    }

    @Test func globalOptionsMayComeBeforeTheCommand() {
        #expect(route("--data-dir X sessions") == .parse(["sessions", "--data-dir", "X"], command: "sessions"))
        #expect(route("--no-color --scenes=D play sampler") == .parse(["play", "--no-color", "--scenes=D", "sampler"], command: "play"))
        #expect(route("sessions --data-dir X") == .parse(["sessions", "--data-dir", "X"], command: "sessions"))
    }

    @Test func helpBeforeACommandIsThatCommandsHelp() {
        #expect(route("--help play") == .parse(["play", "--help"], command: "play"))
        #expect(route("-h resume") == .parse(["resume", "--help"], command: "resume"))
        #expect(route("--help") == .parse(["--help"], command: nil))
    }

    @Test func anUnknownCommandGetsADidYouMean() {
        #expect(route("sesions") == .unknownCommand("sesions", suggestion: "sessions", afterHelp: false))
        #expect(route("plya x") == .unknownCommand("plya", suggestion: "play", afterHelp: false))
        #expect(route("nosuchcmd") == .unknownCommand("nosuchcmd", suggestion: nil, afterHelp: false))
        #expect(route("help nosuch") == .unknownCommand("nosuch", suggestion: nil, afterHelp: true))
        #expect(route("help play") == .parse(["help", "play"], command: nil))
    }

    @Test func theHiddenMenuIsNeverSuggested() {
        #expect(!CommandLineRouting.Vocabulary.datenight.commands.contains("menu"))
        #expect(route("mneu") != .unknownCommand("mneu", suggestion: "menu", afterHelp: false))
    }

    @Test func aNegativeNumberIsAValueNotAnOption() {
        #expect(route("play sampler --time-scale -1") == .parse(["play", "sampler", "--time-scale=-1"], command: "play"))
        #expect(route("--time-scale -0.5") == .parse(["--time-scale=-0.5"], command: nil))
        #expect(route("play sampler --players -Al,Sam") == .parse(["play", "sampler", "--players", "-Al,Sam"], command: "play"))
    }

    @Test func anUnknownOptionIsLeftForTheParserToName() {
        #expect(route("--plyers x") == .parse(["--plyers", "x"], command: nil))
    }

    @Test func theParsersOwnRequestsAreUntouched() {
        #expect(route("---completion play -- scene") == .parse(["---completion", "play", "--", "scene"], command: nil))
        #expect(route("--generate-completion-script bash") == .parse(["--generate-completion-script", "bash"], command: nil))
    }

    /// The start-up shortcut for a line already in the parser's order routes it exactly as
    /// reading every command's options would.
    @Test(arguments: ["scenes", "scenes --format json", "play sampler --players Alex,Sam --seed 3", "menu",
                      "validate a.json b.json", "resume 2 --time-scale 0", "play sampler --time-scale -1",
                      "sessions --data-dir X", "graph sampler --format dot --no-color", ""])
    func theShortcutAgreesWithTheFullRouting(line: String) {
        let arguments = line.split(separator: " ").map(String.init)
        #expect(CommandLineRouting.route(arguments) == CommandLineRouting.route(arguments, vocabulary: .datenight))
    }
}
