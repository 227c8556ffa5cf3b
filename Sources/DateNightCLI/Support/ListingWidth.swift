import Foundation
import TerminalKit

/// How wide a listing (`sessions`, `progress`) may be: `COLUMNS` when set (the shell's own
/// convention, and how a script asks for a width), else the terminal's; unlimited in a pipe
/// or a file, where cutting text short would only lose it.
enum ListingWidth {
    static func available() -> Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 { return max(20, columns) }
        return Terminal.isTerminal(Terminal.standardOutput) ? max(20, Terminal.columns) : Int.max
    }
}
