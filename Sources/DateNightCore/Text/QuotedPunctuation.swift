/// Joins a couple's quoted answer to the scene text after it, so a sentence never gets two
/// full stops: a scene writes `"{answer.plan.both}". How did it go?` not knowing whether
/// the answer was typed as a sentence ("Leave the phones at home.") or a phrase.
///
/// Punctuation only, no words: the same holds for any language written with these marks.
public enum QuotedPunctuation {
    /// `text` (which ends with the quoted answer) followed by `literal` (the scene's text
    /// after it). Where the answer already ends a sentence (`.`, `!`, `?`, `…`), the scene's
    /// full stop after it (past any closing quotes or brackets) is left out; where the answer
    /// ends with one full stop and the scene goes on with `,` `;` or `:` (past closing quotes
    /// too), the answer's stop is left out. Anything else is joined as it is.
    public static func join(_ text: String, _ literal: String) -> String {
        guard let last = text.last, !literal.isEmpty else { return text + literal }
        let closers = literal.prefix(while: { closingMarks.contains($0) })
        let rest = literal.dropFirst(closers.count)
        if sentenceEnds.contains(last), rest.first == ".", !rest.hasPrefix("..") {
            return text + closers + rest.dropFirst()
        }
        if last == ".", !text.hasSuffix(".."), let next = rest.first, clauseMarks.contains(next) {
            return String(text.dropLast()) + literal
        }
        return text + literal
    }

    private static let sentenceEnds: Set<Character> = [".", "!", "?", "…", "\u{3002}", "\u{FF01}", "\u{FF1F}"]
    private static let clauseMarks: Set<Character> = [",", ";", ":"]
    private static let closingMarks: Set<Character> = ["\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", ")", "]"]
}
