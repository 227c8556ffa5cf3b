import ArgumentParser
import TerminalKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard error, unbuffered, for diagnostics and messages that are not the
/// command's output.
///
/// Everything written here is sanitized: messages quote file names, command-line values and
/// scene text, any of which may hold ESC, OSC 52, C1 or bidi controls meant for the terminal.
/// Cleaning once, here, means no caller can forget to.
enum StandardError {
    static func write(_ text: String) {
        var line = TextSanitizer.printable(text)
        if !line.hasSuffix("\n") { line += "\n" }
        writeControl(line)
    }

    /// Bytes as they are, for a caller that draws on the terminal itself (a progress line
    /// redrawn in place) and has already made any untrusted part of `text` printable.
    static func writeControl(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }
}

extension ParsableCommand {
    /// The one place an error becomes words: ours (`ReportableError`) as `datenight: …` with
    /// their own status, the parser's as ArgumentParser's `exit(withError:)` would word them,
    /// written through `StandardError`:
    /// a parsing error quotes the value it could not use ("The value '…' is invalid for
    /// '--seed'"), raw. Help and version requests go to standard output, as cleaned.
    public static func exitSanitizing(_ error: any Error) -> Never {
        if let reportable = error as? any ReportableError {
            StandardError.write(reportable.reportLine)
            Glibc.exit(reportable.status.rawValue)
        }
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if !message.isEmpty {
            if code == .success {
                CommandOutput.document(message)
            } else {
                StandardError.write(message)
            }
        }
        Glibc.exit(code.rawValue)
    }
}
