import DateNightCore
import TerminalKit

/// Everything the interactive front end prints goes through here: untrusted text is made
/// harmless, wrapped to the window as it is now (so a resize takes effect on the next line),
/// and styled last.
final class ScreenWriter {
    let style: Style
    /// No in-place redraws (`--plain`, `TERM=dumb`): no bars, nothing drawn over.
    let plain: Bool
    let glyphs: ProgressBar.Glyphs
    private let output: any TextOutput

    /// Lines longer than this are hard to follow; a wide window keeps a comfortable measure.
    static let comfortableWidth = 88

    init(style: Style, plain: Bool, glyphs: ProgressBar.Glyphs, output: any TextOutput = StandardOutput()) {
        self.style = style
        self.plain = plain
        self.glyphs = glyphs
        self.output = output
    }

    /// The width text is wrapped to: the window's, less the last column (writing there makes
    /// some terminals wrap early), and no more than a comfortable reading width.
    var measure: Int { max(20, min(output.columns - 1, Self.comfortableWidth)) }

    /// The whole window's width, for layouts that may use it (the reveal's two columns).
    var fullWidth: Int { max(20, output.columns - 1) }

    /// Text already safe (built from `Style` calls and sanitized parts).
    func raw(_ text: String) {
        output.write(text)
    }

    func blank() {
        output.write("\n")
    }

    /// One untrusted paragraph (or several, split by newlines), wrapped and styled line by line.
    func say(_ text: String, _ attributes: Style.Attributes = [], indent: String = "") {
        let safe = TextSanitizer.printable(text)
        let lines = TextWrapper.wrap(safe, width: measure, initialIndent: indent, subsequentIndent: indent)
        output.write(lines.map { style.apply(attributes, $0) }.joined(separator: "\n") + "\n")
    }

    /// `text` made safe and wrapped as `say` would print it, unstyled, for redrawing.
    func wrapped(_ text: String) -> String {
        TextWrapper.wrap(TextSanitizer.printable(text), width: measure, initialIndent: "", subsequentIndent: "").joined(separator: "\n")
    }

    /// A dim aside: hints, confirmations, a pass noted.
    func note(_ text: String) {
        say(text, .dim)
    }

    /// `text` with a hanging indent after `lead` (a numbered option, a scene in the list).
    func hanging(_ text: String, lead: String, _ attributes: Style.Attributes = []) {
        let lines = TextWrapper.hanging(TextSanitizer.printable(text), lead: TextSanitizer.printableLine(lead), width: measure)
        output.write(lines.map { style.apply(attributes, $0) }.joined(separator: "\n") + "\n")
    }

    /// A player's name in their colour; both names when the two act together.
    func name(_ slot: PlayerSlot?, players: [String]) -> String {
        guard players.count == 2 else { return "" }
        guard let slot else {
            return style.player(.one, players[0]) + " & " + style.player(.two, players[1])
        }
        return style.player(slot == .first ? .one : .two, players[slot.rawValue])
    }

    /// The reveal's lines, coloured by role.
    func reveal(_ lines: [RevealLayout.Line]) {
        for line in lines {
            let text = line.map { segment -> String in
                switch segment.role {
                case .plain: style.apply([], segment.text)
                case .label: style.bold(segment.text)
                case .first: style.player(.one, segment.text)
                case .second: style.player(.two, segment.text)
                }
            }.joined()
            output.write(text + "\n")
        }
    }
}
