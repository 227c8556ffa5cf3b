import ArgumentParser
import SessionStore

/// An error a person is meant to read: what went wrong, in words, and the exit status it
/// ends with. Thrown as it is from wherever it happens and worded once, at the top
/// (`DateNight.exitSanitizing`), the way swift-argument-parser turns every error into its
/// message in one place (`MessageInfo`): no call site prints, so none can print twice or
/// forget to clean what it quotes.
protocol ReportableError: Error {
    var message: String { get }
    var status: ExitCode { get }
}

extension UserFacingError: ReportableError {}
extension SessionStoreError: ReportableError {}

extension ReportableError {
    /// The line every datenight error reads as: cleaned by `StandardError`.
    var reportLine: String { "datenight: " + message }
}
