import Foundation

/// Finds the scenes that ship with datenight, wherever the binary is started from: next to a
/// build inside the repository (`.build/debug/datenight` → `Scenes/`) or an installed layout
/// (`bin/datenight` → `share/datenight/scenes`).
enum BundledScenes {
    static func locate() -> String? {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<8 {
            // `make install` and the Debian package put them in PREFIX/share/datenight/scenes.
            for candidate in ["Scenes", "share/datenight/scenes", "share/datenight/Scenes"] {
                let path = folder.appendingPathComponent(candidate).path
                if FileReading.isDirectory(path), !FileReading.sceneFiles(in: path).isEmpty { return path }
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return nil
    }
}
