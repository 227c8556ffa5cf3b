import DateNightCore
import TerminalKit

/// Both players' answers next to each other: two columns when the window is wide enough,
/// one above the other when it is not. Pure; styling is applied by role afterwards, so the
/// widths are measured on plain text. Everything is sanitized here: answers and labels are
/// untrusted text.
enum RevealLayout {
    enum Role: Equatable {
        case plain, label, first, second
    }

    struct Segment: Equatable {
        var text: String
        var role: Role
    }

    typealias Line = [Segment]

    static let indent = "  "
    static let gutter = "    "
    /// Narrower columns than this wrap too often to read: stack instead.
    static let minimumColumn = 22
    /// Wider columns than this make the eye travel too far.
    static let maximumColumn = 40

    /// The width of one column when side by side fits, else nil.
    static func columnWidth(for width: Int) -> Int? {
        let column = (width - indent.count - gutter.count) / 2
        return column >= minimumColumn ? min(column, maximumColumn) : nil
    }

    /// A row both players passed says so once, not "(passed)  (passed)".
    static let bothPassed = "(you both let this one go)"

    private static func bothPassed(_ row: Event.Reveal.Row) -> Bool {
        row.first == .passed && row.second == .passed
    }

    static func lines(rows: [Event.Reveal.Row], names: [String], width: Int) -> [Line] {
        let names = names.map { TextSanitizer.printableLine($0) }
        guard names.count == 2, !rows.isEmpty else { return [] }
        if let column = columnWidth(for: width) {
            return sideBySide(rows, names: names, column: column)
        }
        return stacked(rows, names: names, width: width)
    }

    static func plainLines(rows: [Event.Reveal.Row], names: [String], width: Int) -> [String] {
        lines(rows: rows, names: names, width: width).map { $0.map(\.text).joined() }
    }

    private static func sideBySide(_ rows: [Event.Reveal.Row], names: [String], column: Int) -> [Line] {
        var lines: [Line] = []
        lines.append(pair(DisplayWidth.truncate(names[0], to: column), .first,
                          DisplayWidth.truncate(names[1], to: column), .second, column: column))
        for row in rows {
            lines.append([])
            for text in TextWrapper.wrap(TextSanitizer.printable(row.label), width: column * 2 + gutter.count) {
                lines.append([Segment(text: indent, role: .plain), Segment(text: text, role: .label)])
            }
            if bothPassed(row) {
                lines.append([Segment(text: indent + bothPassed, role: .plain)])
                continue
            }
            let left = TextWrapper.wrap(TextSanitizer.printable(Wording.answer(row.first)), width: column)
            let right = TextWrapper.wrap(TextSanitizer.printable(Wording.answer(row.second)), width: column)
            for index in 0..<max(left.count, right.count) {
                lines.append(pair(index < left.count ? left[index] : "", .plain,
                                  index < right.count ? right[index] : "", .plain, column: column))
            }
        }
        return lines
    }

    private static func pair(_ left: String, _ leftRole: Role, _ right: String, _ rightRole: Role, column: Int) -> Line {
        var line: Line = [Segment(text: indent, role: .plain), Segment(text: left, role: leftRole)]
        if !right.isEmpty {
            let padding = String(repeating: " ", count: max(0, column - DisplayWidth.of(left)))
            line.append(Segment(text: padding + gutter, role: .plain))
            line.append(Segment(text: right, role: rightRole))
        }
        return line.filter { !$0.text.isEmpty }
    }

    private static func stacked(_ rows: [Event.Reveal.Row], names: [String], width: Int) -> [Line] {
        let nameWidth = max(DisplayWidth.of(names[0]), DisplayWidth.of(names[1])) + 1
        var lines: [Line] = []
        for (number, row) in rows.enumerated() {
            if number > 0 { lines.append([]) }
            for text in TextWrapper.wrap(TextSanitizer.printable(row.label), width: max(1, width - indent.count)) {
                lines.append([Segment(text: indent, role: .plain), Segment(text: text, role: .label)])
            }
            if bothPassed(row) {
                lines.append([Segment(text: indent + "  " + bothPassed, role: .plain)])
                continue
            }
            for (slot, answer) in [(Role.first, row.first), (Role.second, row.second)] {
                let name = names[slot == .first ? 0 : 1]
                let lead = indent + "  "
                let pad = String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(name) - 1))
                let hang = String(repeating: " ", count: DisplayWidth.of(lead) + nameWidth + 1)
                let wrapped = TextWrapper.wrap(TextSanitizer.printable(Wording.answer(answer)), width: max(1, width),
                                               initialIndent: hang, subsequentIndent: hang)
                for (index, text) in wrapped.enumerated() {
                    let body = String(text.dropFirst(hang.count))
                    if index == 0 {
                        lines.append([Segment(text: lead, role: .plain), Segment(text: name, role: slot),
                                      Segment(text: ":" + pad + " " + body, role: .plain)])
                    } else {
                        lines.append([Segment(text: hang + body, role: .plain)])
                    }
                }
            }
        }
        return lines
    }
}
