import DateNightCore

/// One fuzz input: any bytes must load or be refused with diagnostics; a loaded scene must
/// survive a short walk through the interpreter. Anything else (a trap, a hang) is a bug.
func checkSceneBytes(_ bytes: [UInt8]) {
    let loaded = SceneLoader.load(bytes, file: "fuzz.json", knownScenes: [])
    for diagnostic in loaded.diagnostics {
        _ = diagnostic.formatted
    }
    guard let scene = loaded.scene else { return }
    var game = Interpreter(scene: scene, players: ("A", "B"), seed: UInt64(bytes.count))
    var step = game.start()
    var turns = 0
    while let request = step.request, turns < 200 {
        let inputs = request.possibleInputs(answer: "x")
        let input = inputs[turns % inputs.count]
        guard let next = try? game.send(input) else { return }
        step = next
        turns += 1
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
        var count = 0
        for path in paths {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: path)).map { $0.map { "\(path)/\($0)" } } ?? [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                checkSceneBytes([UInt8](data))
                count += 1
            }
        }
        print("replayed \(count) input\(count == 1 ? "" : "s") without a crash")
    }
}
#endif
