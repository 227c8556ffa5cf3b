import TerminalKit

/// A very small terminal emulator: enough of VT100 to replay what readline and the runners
/// write (printing, CR, LF, BS, cursor moves, erase) and look at the resulting screen.
/// Tests compare screens, not byte streams, because readline may draw the same result in
/// different ways (reprinting characters or moving the cursor).
public struct ScreenModel {
    public var rows: [[Character]]
    public var row = 0
    public var column = 0
    public private(set) var width: Int

    public init(width: Int = 80, height: Int = 24) {
        self.width = width
        rows = Array(repeating: [], count: height)
    }

    /// The window changed width, as after a resize: what is drawn stays (as in xterm, cut
    /// where it no longer fits), and later text wraps at the new width.
    public mutating func resize(width newWidth: Int) {
        width = max(1, newWidth)
        rows = rows.map { Array($0.prefix(width)) }
        column = min(column, width - 1)
    }

    public var lines: [String] {
        var result = rows.map { String($0).trimmingSuffixSpaces() }
        while result.last == "" { result.removeLast() }
        return result
    }

    public mutating func feed(_ text: String) {
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            switch scalar {
            case "\r": column = 0
            case "\n": lineFeed()
            case "\u{08}": column = max(0, column - 1)
            case "\u{07}", "\u{01}", "\u{02}": break
            case "\u{1B}":
                guard let next = scalars.first else { return }
                scalars = scalars.dropFirst()
                if next == "[" {
                    var parameters = ""
                    while let p = scalars.first, !(0x40...0x7E).contains(p.value) {
                        parameters.unicodeScalars.append(p)
                        scalars = scalars.dropFirst()
                    }
                    guard let final = scalars.first else { return }
                    scalars = scalars.dropFirst()
                    csi(parameters, final)
                }
            default:
                put(Character(scalar))
            }
        }
    }

    private mutating func csi(_ parameters: String, _ final: Unicode.Scalar) {
        if parameters.hasPrefix("?") { return }
        let n = max(1, Int(parameters.split(separator: ";").first ?? "") ?? 1)
        switch final {
        case "A": row = max(0, row - n)
        case "B": row = min(rows.count - 1, row + n)
        case "C": column = min(width - 1, column + n)
        case "D": column = max(0, column - n)
        case "G": column = min(width - 1, n - 1)
        case "H", "f":
            let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 1 }
            row = min(rows.count - 1, max(1, numbers.first ?? 1) - 1)
            column = min(width - 1, max(1, numbers.count > 1 ? numbers[1] : 1) - 1)
        case "P":
            if rows[row].count > column { rows[row].removeSubrange(column..<min(rows[row].count, column + n)) }
        case "@":
            while rows[row].count < column { rows[row].append(" ") }
            rows[row].insert(contentsOf: Array(repeating: " ", count: n), at: column)
        case "K":
            if rows[row].count > column { rows[row].removeSubrange(column...) }
        case "J":
            if parameters == "2" || parameters == "3" {
                rows = Array(repeating: [], count: rows.count)
                break
            }
            if rows[row].count > column { rows[row].removeSubrange(column...) }
            for r in (row + 1)..<rows.count { rows[r] = [] }
        default: break
        }
    }

    private mutating func lineFeed() {
        if row == rows.count - 1 {
            rows.removeFirst()
            rows.append([])
        } else {
            row += 1
        }
    }

    private mutating func put(_ character: Character) {
        let w = max(1, DisplayWidth.of(character))
        if column + w > width {
            column = 0
            lineFeed()
        }
        while rows[row].count < column { rows[row].append(" ") }
        if rows[row].count == column {
            rows[row].append(character)
        } else {
            rows[row][column] = character
        }
        if w == 2 {
            if rows[row].count == column + 1 { rows[row].append("\u{0}") } else { rows[row][column + 1] = "\u{0}" }
        }
        column += w
    }
}

extension String {
    public func trimmingSuffixSpaces() -> String {
        var copy = self.filter { $0 != "\u{0}" }
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
