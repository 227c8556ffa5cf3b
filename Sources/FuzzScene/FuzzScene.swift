import DateNightCLI
import DateNightCore

/// One fuzz input: any bytes must load or be refused with diagnostics; a loaded scene is then
/// played twice. Anything else (a trap, a hang) is a bug.
///
/// The input is a scene, then optionally `NUL 0xFF` and lines typed by the players. Without
/// lines, a few are made from the scene's own bytes, so every loaded scene is played.
///
/// First through the engine: each line picks one of the inputs the request accepts
/// (`Request.possibleInputs`, the line's words as the answer), except that a number of any size
/// at a choice is handed over as typed, `Int.min` included; every fourth line is also sent as an
/// input of the wrong kind, which must be refused without changing anything.
///
/// Then the same lines through the line player (`Rehearsal`), as `datenight play` reads them
/// from a pipe, whose transcript may hold no control character.
///
/// Returns how many lines were played (0 when the bytes are not a scene).
@discardableResult
func checkSceneBytes(_ bytes: [UInt8]) -> Int {
    let (sceneBytes, typed) = split(bytes)
    // Calls to other scenes are not checked, so a scene that calls one is still played (the
    // engine meets the missing scene, which must not crash it either).
    let loaded = SceneLoader.load(sceneBytes, file: "fuzz.json", knownScenes: nil)
    for diagnostic in loaded.diagnostics {
        _ = diagnostic.formatted
    }
    guard let scene = loaded.scene else { return 0 }
    let lines = typed ?? madeUpLines(from: sceneBytes)
    var game = Interpreter(scene: scene, players: ("A", "B"), seed: UInt64(bytes.count))
    var step = game.start()
    var turn = 0
    while let request = step.request, turn < 400 {
        let line = lines.isEmpty ? "" : lines[turn % lines.count]
        if turn % 4 == 3 {
            let before = game.state
            do {
                _ = try game.send(mismatched(request, line))
                fatalError("an input of the wrong kind was taken at \(request)")
            } catch {
                if game.state != before { fatalError("a refused input changed the state at \(request)") }
            }
        }
        // A number of any size goes to a choice as it was typed; anything else picks one of
        // the inputs the engine itself says answer the request (the line's words as the
        // answer), so the walk reaches deep into a scene even when its lines make little sense.
        let possible = request.possibleInputs(answer: line)
        var input = possible[line.utf8.count % possible.count]
        if case .choice = request, let number = number(line) { input = .choose(number) }
        if let next = try? game.send(input) {
            step = next
        }
        // Refused: as the line player would ask again, the next line answers instead.
        turn += 1
    }
    // The same lines through the line player itself, as `datenight play` reads them from a
    // pipe: its slash commands, choice matching and wording. Nothing it prints may hold a
    // control character a terminal would obey.
    let transcript = Rehearsal.play(scene, players: ("A", "B"), seed: UInt64(bytes.count), lines: lines, limit: 400)
    if let control = transcript.text.unicodeScalars.first(where: isTerminalControl) {
        fatalError("the line player printed U+\(String(control.value, radix: 16, uppercase: true))")
    }
    return turn + transcript.linesRead
}

/// C0 controls but tab and newline, DEL, C1 and the bidi controls.
private func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
    default: false
    }
}

private let separator: [UInt8] = [0x00, 0xFF]

private func split(_ bytes: [UInt8]) -> (scene: [UInt8], lines: [String]?) {
    guard let cut = bytes.indices.dropLast().first(where: { bytes[$0] == separator[0] && bytes[$0 + 1] == separator[1] }) else {
        return (bytes, nil)
    }
    let rest = bytes[(cut + 2)...]
    return (Array(bytes[..<cut]), rest.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) })
}

/// Lines for a scene that came without any: numbers (small and extreme), passes and words,
/// chosen by the scene's bytes so each scene is played its own way.
private func madeUpLines(from bytes: [UInt8]) -> [String] {
    let vocabulary = ["1", "2", "", "/pass", "an answer", "3", "-9223372036854775808", "0", "9223372036854775807",
                      "99999999999999999999999", "/skip", "\u{1b}[2J"]
    return bytes.prefix(64).map { vocabulary[Int($0) % vocabulary.count] } + ["1", "/pass"]
}

/// A typed number of any size as the engine's option number: beyond Int's range it saturates.
private func number(_ line: String) -> Int? {
    let trimmed = line.trimmingCharacters(in: " \t")
    var digits = Substring(trimmed)
    let negative = digits.first == "-"
    if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(trimmed) ?? (negative ? Int.min : Int.max)
}


/// An input of a kind `request` does not take (or a number no option has).
private func mismatched(_ request: Request, _ line: String) -> Input {
    switch request {
    case .choice(let choice): line.utf8.count % 2 == 0 ? .answer(line) : .choose(choice.options.count + 1)
    case .prompt: .choose(number(line) ?? Int.min)
    case .timer, .breathing: .spoken(note: line)
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        let scalars = Set(set.unicodeScalars)
        var view = Substring(self).unicodeScalars
        while let first = view.first, scalars.contains(first) { view.removeFirst() }
        while let last = view.last, scalars.contains(last) { view.removeLast() }
        return String(view)
    }
}

#if FUZZING
/// libFuzzer's entry point; see https://llvm.org/docs/LibFuzzer.html
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    checkSceneBytes(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
import Foundation

/// Without the fuzzer, replays saved inputs (a crash file, a corpus folder) through the same
/// check, so a finding can be reproduced with an ordinary build.
@main
enum FuzzSceneReplay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            print("usage: FuzzScene FILE-OR-FOLDER... (build with -DFUZZING for libFuzzer; see docs/performance.md)")
        }
        var count = 0, played = 0
        for path in paths {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: path)).map { $0.map { "\(path)/\($0)" } } ?? [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                played += checkSceneBytes([UInt8](data))
                count += 1
            }
        }
        print("replayed \(count) input\(count == 1 ? "" : "s") without a crash, \(played) lines played")
    }
}
#endif
