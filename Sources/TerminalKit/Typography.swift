/// Plain ASCII stand-ins for the typographic characters the game prints (`·`, `›`, dashes,
/// curly quotes, an ellipsis), for a terminal whose locale is not UTF-8 (`LC_ALL=C`): there
/// the UTF-8 bytes of `›` show as `â€º` or as three replacement marks. Names and answers
/// are the couple's own text and pass unchanged.
public enum Typography {
    /// Decided once from the environment, the way the bars decide between blocks and `#`.
    public static let asciiOnly = !TextLocale.environmentIsUTF8()

    /// `text` as this terminal can show it.
    public static func forTerminal(_ text: String) -> String {
        asciiOnly ? ascii(text) : text
    }

    /// `text` with each typographic character replaced by its ASCII stand-in.
    public static func ascii(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { replacements[$0] != nil }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let replacement = replacements[scalar] {
                out.append(contentsOf: replacement.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static let replacements: [Unicode.Scalar: String] = [
        "\u{00B7}": "-", "\u{2022}": "*", "\u{203A}": ">", "\u{2039}": "<", "\u{00BB}": ">>", "\u{00AB}": "<<",
        "\u{2014}": "--", "\u{2013}": "-", "\u{2026}": "...", "\u{2018}": "'", "\u{2019}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{2192}": "->", "\u{2190}": "<-", "\u{00D7}": "x",
        "\u{2713}": "v", "\u{00A0}": " ",
    ]
}
