/// Why the saves could not be used. Every case names the file or session concerned and says
/// what to do; none of them ever leads datenight to change or delete the file.
public enum SessionStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Neither `--data-dir`, `$DATENIGHT_HOME`, `$XDG_DATA_HOME` nor `$HOME` says where saves go.
    case noDataFolder
    /// The data folder could not be made or is not a folder.
    case folderUnusable(path: String, reason: String)
    /// The file exists but could not be opened or read (permissions, a folder in its place).
    case unreadable(file: String, reason: String)
    /// The file is not an SQLite database, or its insides are damaged.
    case damaged(file: String, reason: String)
    /// An SQLite file of another program, or another kind of file altogether.
    case notASave(file: String, reason: String)
    /// Written by a newer datenight whose layout this one does not know.
    case newerVersion(file: String)
    /// Something else went wrong with the file; it was left as it was.
    case failed(file: String, reason: String)
    /// Writing failed (a full disk, say); nothing before it was lost.
    case writeFailed(file: String, reason: String)
    /// Another datenight is writing and did not finish in time.
    case busy(file: String)
    /// Another program (a backup, an sqlite3 shell, a datenight reading) is in the middle of
    /// reading the file, so old copies of answers cannot be wiped from it. Almost always
    /// found before anything was forgotten; `forgottenButNotWiped` when it began reading in
    /// the moment between.
    case heldOpen(file: String, forgottenButNotWiped: Bool)
    /// The session is being played by another datenight process right now.
    case inUse(session: Int64)
    case noSuchSession(Int64)

    public var message: String {
        switch self {
        case .noDataFolder:
            return "cannot tell where to keep saves: set HOME, DATENIGHT_HOME or XDG_DATA_HOME, or pass --data-dir DIR"
        case .folderUnusable(let path, let reason):
            return "cannot use the data folder \(path): \(reason). Pass --data-dir DIR to keep saves somewhere else."
        case .unreadable(let file, let reason):
            return "cannot open the save file \(file): \(reason). Check that it is a file you own and can read "
                + "(chmod 600 '\(file)'). datenight has not changed it."
        case .damaged(let file, let reason):
            return "the save file \(file) is damaged (\(reason)). datenight has not changed it. Move it aside "
                + "together with its -wal and -shm files, e.g. mkdir -p ~/damaged-saves && mv '\(file)'* ~/damaged-saves/, "
                + "and datenight will start a fresh one; or pass --data-dir DIR to use another folder."
        case .notASave(let file, let reason):
            return "the file \(file) is not a datenight save (\(reason)). datenight has not changed it. "
                + "If it is yours, move it somewhere else; or pass --data-dir DIR to keep saves in another folder."
        case .newerVersion(let file):
            return "the save file \(file) was written by a newer version of datenight. datenight has not changed it. "
                + "Update datenight to use it, or pass --data-dir DIR to use another folder."
        case .failed(let file, let reason):
            return "something went wrong with the save file \(file): \(reason). datenight has not deleted it."
        case .writeFailed(let file, let reason):
            return "could not write to \(file): \(reason). Everything saved before this is safe."
        case .busy(let file):
            return "\(file) is busy: another datenight kept it locked for too long. Try again in a moment."
        case .heldOpen(let file, false):
            return "another program has the save file open: close it and try again. Nothing was forgotten. "
                + "(\(file) is being read, by a backup, an sqlite3 shell or a datenight listing, so old copies of the answers could not be wiped.)"
        case .heldOpen(let file, true):
            return "the answers are forgotten, but another program opened the save file in the same moment and still holds old copies "
                + "of them in \(file)-wal: close it and run the same forget again to wipe them."
        case .inUse(let session):
            return "session \(session) is being played in another datenight right now. Finish or quit it there first "
                + "(a game that was killed lets go by itself)."
        case .noSuchSession(let session):
            return "there is no session \(session); 'datenight sessions' lists them"
        }
    }

    public var description: String { message }
}
