import ArgumentParser
import Foundation
import SessionStore
import TerminalKit

extension GlobalOptions {
    /// Where saves go for this run, or a usage error when nothing says.
    func savesFolder() throws -> DataDirectory {
        guard let folder = DataDirectory.resolve(option: dataDirectory) else {
            throw SessionStoreError.noDataFolder
        }
        return folder
    }

    /// Opens the saves, making the folder and file when missing (play, resume, forget).
    func openSaves() throws -> SessionStore {
        let folder = try savesFolder()
        return try reportingStoreErrors { () throws(SessionStoreError) in try SessionStore.open(folder) }
    }

    /// Opens the saves read-only, creating nothing: nil when nothing was ever saved here
    /// (sessions, journal, progress).
    func existingSaves() throws -> SessionStore? {
        let folder = try savesFolder()
        return try reportingStoreErrors { () throws(SessionStoreError) in try SessionStore.openExisting(folder) }
    }

    /// Opens the saves to change them, creating nothing: nil when nothing was ever saved
    /// here (resume, forget).
    func existingSavesToChange() throws -> SessionStore? {
        let folder = try savesFolder()
        return try reportingStoreErrors { () throws(SessionStoreError) in try SessionStore.openExisting(folder, writing: true) }
    }

    /// The options a printed command needs to find the same saves and scenes again, with
    /// absolute paths: the hint is for another evening, typed from another folder.
    var savesArguments: String {
        var arguments = ""
        if let dataDirectory { arguments += " --data-dir " + ShellWord.quoted(DataDirectory.absolute(dataDirectory)) }
        for folder in sceneFolders { arguments += " --scenes " + ShellWord.quoted(DataDirectory.absolute(folder)) }
        return arguments
    }

}

extension SessionStoreError {
    /// The exit status for each failure, after sysexits.h like the rest.
    var status: ExitCode {
        switch self {
        case .noDataFolder: ExitStatus.usage
        case .folderUnusable, .unreadable, .damaged, .notASave, .writeFailed, .failed: ExitStatus.ioError
        case .newerVersion: ExitStatus.dataError
        case .busy, .inUse, .heldOpen: ExitStatus.temporaryFailure
        case .noSuchSession: ExitStatus.notFound
        }
    }

}

/// Runs a store call whose failures are typed (`throws(SessionStoreError)`) where an untyped
/// throw is wanted; the top reports them with their exit status.
func reportingStoreErrors<T>(_ body: () throws(SessionStoreError) -> T) throws -> T {
    return try body()
}

/// Words for a command line a person can paste back into a shell.
enum ShellWord {
    static func quoted(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_./,:=@+%".unicodeScalars.contains(scalar)
        }
        if safe, !word.isEmpty { return word }
        return "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
