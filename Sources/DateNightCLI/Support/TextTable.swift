import TerminalKit

/// Rows of cells laid out in aligned columns, within a width.
///
/// Each column is as wide as its widest cell (measured in terminal columns, so CJK and emoji
/// line up), up to its limit. When the whole is wider than allowed, the flexible columns give
/// up room, widest first, down to their minimum, and cells too long are cut with an
/// ellipsis. Right-aligned columns (numbers) keep their padding on the left, so 9 and 10 end
/// in the same column.
struct TextTable {
    struct Column {
        var limit = Int.max
        var minimum = 4
        var rightAligned = false
        var flexible = true
    }

    var columns: [Column]
    var gap = 2

    func lines(_ rows: [[String]], width: Int = Int.max) -> [String] {
        guard !rows.isEmpty else { return [] }
        var widths = columns.indices.map { column in
            min(columns[column].limit, rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0)
        }
        let total = { widths.reduce(0, +) + gap * max(0, widths.count - 1) }
        while total() > width {
            let shrinkable = widths.indices.filter { columns[$0].flexible && widths[$0] > columns[$0].minimum }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return rows.map { row in
            var line = ""
            for (column, text) in row.enumerated() where column < widths.count {
                let cut = DisplayWidth.truncate(text, to: widths[column])
                let padding = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(cut)))
                if column > 0 { line += String(repeating: " ", count: gap) }
                line += columns[column].rightAligned ? padding + cut : cut + padding
            }
            // Only the end is trimmed: leading spaces are a right-aligned number's padding.
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
