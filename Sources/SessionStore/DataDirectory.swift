import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder that holds the saves: `--data-dir DIR`, else `$DATENIGHT_HOME`, else
/// `$XDG_DATA_HOME/datenight`, else `~/.local/share/datenight` (the XDG base directory spec:
/// https://specifications.freedesktop.org/basedir-spec/latest/). The folder is private: made
/// with mode 0700, and every file datenight puts in it is 0600, because the answers in it are
/// intimate.
public struct DataDirectory: Sendable, Hashable {
    public let path: String

    public static let databaseName = "sessions.sqlite"
    static let locksFolderName = "locks"

    public init(path: String) {
        self.path = path
    }

    /// Where saves go, or nil when nothing says (no `$HOME` either).
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> DataDirectory? {
        if let option, !option.isEmpty { return DataDirectory(path: absolute(option)) }
        if let home = environment["DATENIGHT_HOME"], !home.isEmpty { return DataDirectory(path: absolute(home)) }
        // The spec says a relative XDG_DATA_HOME is invalid and is to be ignored.
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return DataDirectory(path: data + "/datenight") }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return DataDirectory(path: home + "/.local/share/datenight")
    }

    public var databasePath: String { path + "/" + Self.databaseName }
    var locksPath: String { path + "/" + Self.locksFolderName }

    func lockPath(for session: Int64) -> String { locksPath + "/session-\(session).lock" }

    /// Makes the folder (and the locks folder in it) when missing, mode 0700. A folder that
    /// already exists keeps the permissions its owner gave it; the files in it are 0600 anyway.
    func prepare() throws(SessionStoreError) {
        try Self.makePrivateFolder(path)
        try Self.makePrivateFolder(locksPath)
    }

    private static func makePrivateFolder(_ path: String) throws(SessionStoreError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .folderUnusable(path: path, reason: "a file is in the way") }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        do {
            // Parents such as ~/.local/share are ordinary folders: the usual permissions.
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw .folderUnusable(path: path, reason: (error as NSError).localizedFailureReason ?? "\(error)")
        }
        // mkdir applies the umask, which can only take bits away from 0700; chmod makes it
        // exactly 0700 whatever the umask. Another process making it at the same moment is fine.
        if mkdir(path, 0o700) != 0, errno != EEXIST {
            throw .folderUnusable(path: path, reason: String(cString: strerror(errno)))
        }
        _ = chmod(path, 0o700)
    }

    /// Creates an empty file with mode 0600 if it does not exist, and takes group and other
    /// permissions away from one that does (if it is ours). SQLite gives its journal files the
    /// database file's mode (https://www.sqlite.org/tempfiles.html), so they are 0600 too.
    static func makePrivateFile(_ path: String) throws(SessionStoreError) {
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .unreadable(file: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_uid == geteuid(), status.st_mode & 0o077 != 0 {
            _ = fchmod(descriptor, 0o600)
        }
    }

    /// Whether the disk holding `file` has (nearly) no room left for this user: SQLite's own
    /// error for a full disk is often a plain "disk I/O error".
    static func hasNoSpaceLeft(for file: String) -> Bool {
        var status = statvfs()
        let folder = (file as NSString).deletingLastPathComponent
        guard statvfs(folder.isEmpty ? "." : folder, &status) == 0 else { return false }
        return UInt64(status.f_bavail) * UInt64(status.f_frsize) < 64 * 1024
    }

    /// `path` as seen from anywhere: a save folder, a scene file or a resume hint must still
    /// mean the same place when datenight next runs from another folder.
    public static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            return home + path.dropFirst()
        }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return URL(fileURLWithPath: path, relativeTo: here).standardizedFileURL.path
    }
}
