#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the scenes that ship with datenight, wherever the binary is started from: next to a
/// build inside the repository (`.build/debug/datenight` → `Scenes/`) or an installed layout
/// (`bin/datenight` → `share/datenight/scenes`).
enum BundledScenes {
    /// The folder and the scene files in it, listed once: the catalog loads the same list.
    static func locate() -> (folder: String, files: [String])? {
        guard var folder = executableFolder() else { return nil }
        for _ in 0..<8 {
            // `make install` and the Debian package put them in PREFIX/share/datenight/scenes.
            for candidate in ["Scenes", "share/datenight/scenes", "share/datenight/Scenes"] {
                let path = (folder == "/" ? "" : folder) + "/" + candidate
                guard FileReading.isDirectory(path) else { continue }
                let files = FileReading.sceneFiles(in: path)
                if !files.isEmpty { return (path, files) }
            }
            guard folder != "/", let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) else { break }
            folder = slash == folder.utf8.startIndex ? "/" : String(folder[..<slash])
        }
        return nil
    }

    /// The folder of the running binary, links resolved (a `bin/datenight` linked from
    /// elsewhere finds the scenes of its own install).
    private static func executableFolder() -> String? {
        let executable = realpath("/proc/self/exe", nil) ?? CommandLine.arguments.first.flatMap { realpath($0, nil) }
        guard let executable else { return nil }
        defer { free(executable) }
        let path = String(cString: executable)
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
    }
}
