import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files the user names, read whole. Only regular files are read (after following links): a
/// named pipe, a terminal or another device would block the read for ever or never end, and a
/// folder is not a scene. A size cap keeps a wrong path (a disk image) from eating memory.
enum FileReading {
    /// 16 MiB: the largest bundled scene is under 100 KB, so this only stops files that are
    /// not scenes at all. docs/scene-format.md says so.
    static let maximumSceneBytes = 16 * 1024 * 1024

    enum Failure: Error {
        case missing(String)
        /// Not a regular file: `kind` says what it is instead ("a folder", "a named pipe (FIFO)").
        case notAFile(String, kind: String)
        case unreadable(String, reason: String)
        case tooLarge(String)

        /// The reason alone, for a diagnostic that already names the file.
        var reason: String {
            switch self {
            case .missing: "no such file or folder"
            case .notAFile(_, let kind): "it is \(kind), not a scene file"
            case .unreadable(_, let reason): "cannot read it: \(reason)"
            case .tooLarge: "it is larger than \(maximumSceneBytes / 1024 / 1024) MiB, so it is not a scene file"
            }
        }

        var message: String {
            switch self {
            case .missing(let path): "no such file or folder: \(path)"
            case .notAFile(let path, _), .unreadable(let path, _), .tooLarge(let path): "\(path): \(reason)"
            }
        }
    }

    static func bytes(at path: String) throws(Failure) -> [UInt8] {
        // stat first, so nothing but a regular file is ever opened (opening a device can have
        // effects of its own); fstat after opening, so a file swapped in between is caught too.
        var status = stat()
        guard stat(path, &status) == 0 else {
            let failure = errno
            if failure == ENOENT || failure == ENOTDIR { throw .missing(path) }
            throw .unreadable(path, reason: String(cString: strerror(failure)))
        }
        if let kind = kindIfNotRegular(status.st_mode) { throw .notAFile(path, kind: kind) }
        if Int(status.st_size) > maximumSceneBytes { throw .tooLarge(path) }
        // O_NONBLOCK: should a pipe be swapped in after the stat, open and read return at once.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let failure = errno
            if failure == ENOENT { throw .missing(path) }
            throw .unreadable(path, reason: String(cString: strerror(failure)))
        }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
        if let kind = kindIfNotRegular(status.st_mode) { throw .notAFile(path, kind: kind) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path, reason: String(cString: strerror(errno)))
            }
            bytes += chunk[..<count]
            if bytes.count > maximumSceneBytes { throw .tooLarge(path) }
        }
        return bytes
    }

    /// What a file is, in words, when it is anything but a regular file.
    private static func kindIfNotRegular(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR: "a terminal or other device"
        case S_IFBLK: "a disk or other device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Scene files in a folder and its subfolders, sorted; schema files are not scenes. Every
    /// `*.json` entry is listed, whatever it is, so that one that cannot be read is reported.
    static func sceneFiles(in folder: String) -> [String] {
        let base = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        var files: [String] = []
        for case let url as URL in enumerator where url.pathExtension == "json" && !url.lastPathComponent.hasSuffix(".schema.json") {
            let relative = url.path.hasPrefix(base.path + "/") ? String(url.path.dropFirst(base.path.count + 1)) : url.lastPathComponent
            files.append((folder as NSString).appendingPathComponent(relative))
        }
        return files.sorted()
    }
}
