import ArgumentParser

/// The exit statuses datenight promises, after BSD's sysexits.h so scripts can tell them apart.
/// See https://man.freebsd.org/cgi/man.cgi?query=sysexits
enum ExitStatus {
    static let usage = ExitCode(64)
    static let dataError = ExitCode(65)
    static let notFound = ExitCode(66)
    /// The save file cannot be read or written: unreadable, damaged, or a full disk.
    static let ioError = ExitCode(74)
    /// Try again later: the session is being played in another process.
    static let temporaryFailure = ExitCode(75)
}

/// A failure with a message for the person at the keyboard and the status to exit with.
struct UserFacingError: Error, CustomStringConvertible {
    var message: String
    var status: ExitCode

    var description: String { message }

    static func notFound(_ message: String) -> UserFacingError { .init(message: message, status: ExitStatus.notFound) }
    static func usage(_ message: String) -> UserFacingError { .init(message: message, status: ExitStatus.usage) }
    static func data(_ message: String) -> UserFacingError { .init(message: message, status: ExitStatus.dataError) }
}
