import TerminalKit

/// The keepsake as one printable web page: no scripts, no links out, the style inline, readable
/// on a phone and on paper. Every word from a scene or a player is escaped, so nothing typed can
/// become markup.
extension Journal {
    /// One session's page.
    var html: String { Self.page(title: session.sceneTitle, heading: nil, journals: [self]) }

    /// `journal --all`: the couple's sessions on one page, newest first.
    static func html(of journals: [Journal], players: [String]) -> String {
        let couple = players.joined(separator: " & ")
        return page(title: "\(couple): our keepsake", heading: "\(couple): our keepsake", journals: journals)
    }

    private static func page(title: String, heading: String?, journals: [Journal]) -> String {
        var body: [String] = []
        if let heading { body.append("<header><h1>\(escaped(heading))</h1></header>") }
        if journals.isEmpty { body.append("<p class=\"note\">Nothing kept yet.</p>") }
        body += journals.map { $0.section(titleTag: heading == nil ? "h1" : "h2") }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escaped(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <main>
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    private func section(titleTag: String) -> String {
        var html = ["<section class=\"session\">", "<\(titleTag)>\(Self.escaped(session.sceneTitle))</\(titleTag)>",
                    "<p class=\"status\">\(Self.escaped(statusLine))</p>"]
        if let missingNote { html.append("<p class=\"note\">\(Self.escaped(missingNote))</p>") }
        for entry in entries {
            switch entry {
            case .exercise(let exercise):
                html.append("<p class=\"exercise\">\(Self.escaped(Self.exerciseLine(exercise)))</p>")
            case .question(let question):
                html.append("<article class=\"question\">")
                html.append("<h3>\(Self.escaped(question.text))</h3>")
                if question.sideBySide {
                    let note = question.said.contains { $0.role == .guess } ? "A guess and the real answer" : "Secret answers, side by side"
                    html.append("<p class=\"aside\">\(note)</p>")
                }
                html.append("<dl class=\"\(question.sideBySide ? "pair" : "said")\">")
                for said in question.said {
                    html.append("<div class=\"\(said.role.rawValue)\"><dt>\(Self.escaped(said.heading))</dt>"
                        + "<dd class=\"\(said.response.kind.rawValue)\">\(Self.escaped(Self.words(said.response), breaks: true))</dd></div>")
                }
                html += ["</dl>", "</article>"]
            }
        }
        html.append("</section>")
        return html.joined(separator: "\n")
    }

    /// Text made inert: `&`, `<`, `>` and quotes as character references, and every control
    /// character (NUL included, which HTML forbids) spelled visibly as the terminal output does.
    static func escaped(_ text: String, breaks: Bool = false) -> String {
        var out = ""
        for character in TextSanitizer.printable(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += breaks ? "<br>\n" : " "
            default: out.append(character)
            }
        }
        return out
    }

    private static let style = """
        :root { color-scheme: light; --ink: #2b2430; --soft: #6d6273; --line: #e7dfe9; --warm: #fdf8f4; --accent: #b0466b; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--warm); color: var(--ink);
               font: 17px/1.55 Georgia, "Iowan Old Style", "Palatino Linotype", serif; }
        main { max-width: 40rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        h1, h2 { font-weight: normal; color: var(--accent); line-height: 1.2; margin: 0 0 .25rem; }
        h1 { font-size: 1.9rem; }
        h2 { font-size: 1.5rem; margin-top: 2.5rem; }
        header h1 { text-align: center; margin-bottom: 1.5rem; }
        .status, .aside, .note { color: var(--soft); font-style: italic; margin: 0 0 1.25rem; font-size: .95rem; }
        .session + .session { border-top: 1px solid var(--line); }
        .question { margin: 0 0 1.4rem; break-inside: avoid; page-break-inside: avoid; }
        h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
        dl { margin: 0; }
        dl.said > div { margin: 0 0 .35rem; }
        dl.pair { display: grid; grid-template-columns: 1fr 1fr; gap: .75rem; }
        dl.pair > div { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .7rem; }
        dt { font-weight: bold; font-size: .9rem; color: var(--soft); }
        dl.said dt { display: inline; }
        dl.said dt::after { content: ": "; }
        dd { margin: 0; overflow-wrap: anywhere; }
        dl.said dd { display: inline; }
        dd.passed, dd.spoken { font-style: italic; color: var(--soft); }
        .exercise { font-style: italic; color: var(--soft); margin: 0 0 1.4rem; }
        @media print {
          body { background: #fff; font-size: 12pt; }
          main { max-width: none; padding: 0; }
          h1, h2 { color: #000; }
          dl.pair > div { border-color: #999; }
          .session { break-before: page; }
          .session:first-of-type { break-before: auto; }
        }
        """
}
