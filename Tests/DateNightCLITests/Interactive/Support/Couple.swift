import Foundation
import PTYTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Two people at one keyboard: the real `datenight` on a pseudo-terminal of its own, with a
/// private data folder, a fixed terminal type, and readline's bracketed paste off.
final class Couple {
    let terminal: PTYProcess
    let folder: URL

    /// - Parameter color: false sets NO_COLOR (bold and dim stay, as no-color.org asks).
    init(_ arguments: [String], columns: Int = 80, rows: Int = 30, color: Bool = true,
         environment: [String: String] = [:]) throws {
        folder = try Datenight.temporaryFolder()
        var extra = ["XDG_DATA_HOME": folder.appendingPathComponent("data").path]
        if !color { extra["NO_COLOR"] = "1" }
        for (key, value) in environment { extra[key] = value }
        terminal = try PTYProcess(Datenight.executable.path, arguments, environment: PTYProcess.environment(extra),
                                  columns: columns, rows: rows)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Waits for `text`, then types `keys`.
    func at(_ text: String, type keys: String) throws {
        try terminal.expect(text)
        terminal.type(keys)
    }

    func expect(_ text: String) throws {
        try terminal.expect(text)
    }

    var screen: [String] { terminal.screen }

    /// The number the picker shows for a scene title, read off the screen.
    func pickerNumber(of title: String) throws -> String {
        let lines = try terminal.expectScreen("the picker lists \(title)") { lines in
            lines.contains { $0.contains(". \(title) ·") }
        }
        let line = lines.first { $0.contains(". \(title) ·") } ?? ""
        return line.trimmingCharacters(in: .whitespaces).components(separatedBy: ".").first ?? ""
    }

    /// A scene file in a folder of its own, for `--scenes`; the caller removes the folder.
    static func sceneFolder(_ json: String, named name: String) throws -> URL {
        let scenes = try Datenight.temporaryFolder()
        try Data(json.utf8).write(to: scenes.appendingPathComponent("\(name).json"))
        return scenes
    }
}

/// Keys as a terminal sends them.
enum Key {
    static let enter = "\r"
    static let ctrlA = "\u{01}"
    static let ctrlC = "\u{03}"
    static let ctrlD = "\u{04}"
    static let ctrlE = "\u{05}"
    static let backspace = "\u{7F}"
    static let up = "\u{1B}[A"
    static let tab = "\t"
}
