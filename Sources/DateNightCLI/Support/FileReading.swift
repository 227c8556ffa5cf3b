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
        // Read straight into an array of the size fstat gave (one byte more, to see the end):
        // a large scene is then never copied, nor held twice while an array grows.
        let expected = min(Int(status.st_size), maximumSceneBytes) + 1
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            while count < buffer.count {
                let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got == 0 { break }
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                count += got
            }
        }
        if failure != 0 { throw .unreadable(path, reason: String(cString: strerror(failure))) }
        guard bytes.count == expected else { return bytes }
        // The file grew after fstat: read the rest in chunks, still within the cap.
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
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Scene files in a folder and its subfolders, sorted; schema files are not scenes. Every
    /// `*.json` entry is listed, whatever it is, so that one that cannot be read is reported.
    /// Linked folders are not followed (a link to a file is listed like the file). Plain
    /// `readdir`: a listing at start-up needs nothing else about the entries.
    static func sceneFiles(in folder: String) -> [String] {
        var files: [String] = []
        collectSceneFiles(in: folder, prefix: folder.hasSuffix("/") ? folder : folder + "/", into: &files, depth: 0)
        return files.sorted()
    }

    private static func collectSceneFiles(in path: String, prefix: String, into files: inout [String], depth: Int) {
        // Deep enough for any real layout; a loop of bind mounts cannot recurse for ever.
        guard depth < 32, let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let full = prefix + name
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var status = stat()
                isFolder = lstat(full, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            }
            if name.hasSuffix(".json"), name.utf8.count > 5, !name.hasSuffix(".schema.json") {
                files.append(full)
            }
            if isFolder {
                collectSceneFiles(in: full, prefix: full + "/", into: &files, depth: depth + 1)
            }
        }
    }
}
