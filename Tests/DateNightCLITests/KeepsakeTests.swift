import Foundation
import Testing

/// The journal as a keepsake, through the real binary: what the couple said, readable as
/// CommonMark and as one safe web page, checked with real parsers (.ci/run installs them).
@Suite("Keepsake")
struct KeepsakeTests {
    typealias DataFolder = SavedSessionTests.DataFolder

    static let players = ["--players", "Maya,Jonah", "--time-scale", "0", "--seed", "7"]
    /// The guessing game, twice round, with answers that look like markup or carry control bytes.
    static let guessing = ["2", "<script>alert(1)</script>", "*not bold* and _not italic_", "1",
                           "1. not a list", "# not a heading \u{01} `tick`", "3"]
    /// Recreate an early date: a named date, six pairs of secret memories, a plan and a twist.
    static let recreating = ["the canal walk", "by the lock", "the old bridge", "chips", "- noodles", "a red coat",
                             "a green <em>scarf</em>", "books", "/pass", "shy", "funny & warm", "a hat", "her laugh",
                             "the weather", "1", "dance in the kitchen", "her patience", "his jokes"]
    /// Lines the game says to the players, never part of what they keep.
    static let directions = ["quietly now", "you can look again", "look away", "How would you like to begin",
                             "how close was that", "Where will tonight's rerun happen", "Spot on!", "A surprise"]

    func play(_ scene: String, _ script: [String], in data: DataFolder, players: [String] = Self.players) throws {
        let result = try data.run(["play", scene] + players, input: script.joined(separator: "\n") + "\n")
        try #require(result.status == 0, "\(result.stderr)")
    }

    /// Runs a Python check over a file: stdout is JSON.
    func python(_ script: String, on text: String) throws -> [String: Any] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("keepsake-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try script.write(to: folder.appendingPathComponent("check.py"), atomically: true, encoding: .utf8)
        try text.write(to: folder.appendingPathComponent("input"), atomically: true, encoding: .utf8)
        let result = try Datenight.shell("python3 check.py input", in: folder)
        try #require(result.status == 0, "python3 with markdown-it-py and html5lib is needed: \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The Markdown rendered by markdown-it-py in strict CommonMark mode: the HTML, its text,
    /// and the text of each list item.
    func commonMark(_ markdown: String) throws -> (html: String, text: String, items: [String]) {
        let rendered = try python("""
            import json, sys
            from html.parser import HTMLParser
            from markdown_it import MarkdownIt
            html = MarkdownIt("commonmark").render(open(sys.argv[1], encoding="utf-8").read())
            class Text(HTMLParser):
                def __init__(self):
                    super().__init__(convert_charrefs=True)
                    self.text, self.items, self.depth = [], [], 0
                def handle_starttag(self, tag, attrs):
                    if tag == "li": self.depth += 1; self.items.append("")
                def handle_endtag(self, tag):
                    if tag == "li": self.depth -= 1
                    if tag in ("p", "li", "h1", "h2", "h3", "h4"): self.text.append("\\n")
                def handle_data(self, data):
                    self.text.append(data)
                    if self.depth: self.items[-1] += data
            parser = Text(); parser.feed(html)
            print(json.dumps({"html": html, "text": "".join(parser.text), "items": parser.items}))
            """, on: markdown)
        return (rendered["html"] as? String ?? "", rendered["text"] as? String ?? "", rendered["items"] as? [String] ?? [])
    }

    func expectNoDirections(_ text: String) {
        for direction in Self.directions {
            #expect(!text.contains(direction), "a direction or menu pick in the keepsake: \(direction)")
        }
        #expect(!text.contains("**"), "literal ** in the rendered text")
    }

    @Test func theGuessingGameRendersAsCommonMarkWithEachGuessBesideTheAnswer() throws {
        let data = DataFolder()
        defer { data.remove() }
        try play("love-mapping", Self.guessing, in: data)
        let markdown = try data.run(["journal", "--format", "markdown"])
        try #require(markdown.status == 0, "\(markdown.stderr)")
        let rendered = try commonMark(markdown.stdout)
        expectNoDirections(rendered.text)
        #expect(!rendered.html.contains("<script"), "a typed tag stays text")
        #expect(!rendered.html.contains("<em>not bold") && !rendered.html.contains("<em>not italic"))
        #expect(!rendered.html.contains("<ol") && !rendered.html.contains("<h1>not a heading"))
        // Each guess is a list item, and the real answer to the same question is the next one.
        let items = rendered.items
        for (guess, real) in [("<script>alert(1)</script>", "*not bold* and _not italic_"),
                              ("1. not a list", "# not a heading ^A `tick`")] {
            let at = try #require(items.firstIndex { $0.contains("guessed:") && $0.hasSuffix(guess) }, "\(guess) in \(items)")
            #expect(items.indices.contains(at + 1) && items[at + 1].contains("said:") && items[at + 1].hasSuffix(real),
                    "\(real) beside \(guess): \(items)")
        }
        #expect(rendered.text.contains("Maya guessed:") && rendered.text.contains("Jonah said:"))
    }

    @Test func recreatingADateRendersAsCommonMarkWithoutThePlanOrTheMenu() throws {
        let data = DataFolder()
        defer { data.remove() }
        try play("recreate-early-date", Self.recreating, in: data)
        let markdown = try data.run(["journal", "1", "--format", "markdown"])
        let rendered = try commonMark(markdown.stdout)
        expectNoDirections(rendered.text)
        #expect(!rendered.text.contains("Staying in"), "the menu pick is left out")
        #expect(!rendered.text.contains("Tonight's date, built from"), "narration is not an answer")
        for typed in Self.recreating where typed != "1" && typed != "/pass" {
            #expect(rendered.items.contains { $0.hasSuffix(typed) }, "'\(typed)' is a list item of its own")
        }
        #expect(rendered.items.contains { $0.hasSuffix("(passed)") })
        #expect(rendered.text.contains("Where did you go? Paint the scene."))
        // The JSON keeps everything, each record saying what it is.
        let json = try #require(try SaveFixtures.jsonObject(try data.run(["journal", "1", "--format", "json"]).stdout) as? [String: Any])
        let answers = try #require(json["answers"] as? [[String: Any]])
        #expect(answers.contains { $0["entry"] as? String == "choice" && $0["text"] as? String == "Staying in" })
        #expect(answers.filter { $0["entry"] as? String == "secret" }.count == 12)
    }

    @Test func theJSONSaysWhichAnswerIsAGuessAndKeepsTheWholeText() throws {
        let data = DataFolder()
        defer { data.remove() }
        try play("love-mapping", Self.guessing, in: data)
        let json = try #require(try SaveFixtures.jsonObject(try data.run(["journal", "--format", "json"]).stdout) as? [String: Any])
        let answers = try #require(json["answers"] as? [[String: Any]])
        let guess = try #require(answers.first { $0["entry"] as? String == "guess" })
        #expect(guess["text"] as? String == "<script>alert(1)</script>")
        let real = try #require(answers.first { $0["key"] as? String == "real" })
        #expect(real["question"] as? String == guess["question"] as? String && real["entry"] as? String == "answer")
        #expect(answers.contains { $0["text"] as? String == "# not a heading \u{01} `tick`" }, "the saved text is whole")
        #expect(answers.contains { $0["entry"] as? String == "choice" })
    }

    @Test func theWebPageIsValidSelfContainedAndShowsTagsAsText() throws {
        let data = DataFolder()
        defer { data.remove() }
        try play("love-mapping", Self.guessing, in: data)
        try play("recreate-early-date", Self.recreating, in: data)
        for arguments in [["journal", "1", "--format", "html"], ["journal", "2", "--format", "html"], ["journal", "--all", "--format", "html"]] {
            let page = try data.run(arguments)
            try #require(page.status == 0, "\(page.stderr)")
            let checked = try python("""
                import json, sys, html5lib
                source = open(sys.argv[1], encoding="utf-8").read()
                parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
                tree = parser.parse(source)
                tags = [element.tag for element in tree.iter()]
                links = [value for element in tree.iter() for name, value in element.attrib.items() if name in ("src", "href")]
                print(json.dumps({"errors": [str(e) for e in parser.errors], "tags": tags, "links": links,
                                  "text": "".join(tree.find("body").itertext()),
                                  "viewport": any(e.get("name") == "viewport" for e in tree.iter("meta"))}))
                """, on: page.stdout)
            #expect((checked["errors"] as? [String])?.isEmpty == true, "HTML5 parse errors: \(checked["errors"] ?? "")")
            let tags = checked["tags"] as? [String] ?? []
            #expect(!tags.contains("script") && !tags.contains("link") && !tags.contains("img") && !tags.contains("iframe"))
            #expect((checked["links"] as? [String])?.isEmpty == true, "nothing loaded from anywhere")
            #expect(tags.contains("style") && checked["viewport"] as? Bool == true)
            #expect(page.stdout.contains("@media print") && page.stdout.contains("max-width"))
            let text = checked["text"] as? String ?? ""
            expectNoDirections(text)
            if arguments.contains("2") { #expect(text.contains("a green <em>scarf</em>"), "a typed tag shows as typed") }
            if arguments.contains("1") || arguments.contains("--all") {
                #expect(text.contains("<script>alert(1)</script>"))
                #expect(page.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            }
        }
    }

    @Test func allGathersOneCouplesSessionsNewestFirstWhateverTheOrderOrCase() throws {
        let data = DataFolder()
        defer { data.remove() }
        try play("recreate-early-date", Self.recreating, in: data)
        try play("love-mapping", Self.guessing, in: data, players: ["--players", "Alex,Sam", "--time-scale", "0"])
        try play("love-mapping", Self.guessing, in: data, players: ["--players", "jonah,MAYA", "--time-scale", "0"])
        let all = try data.run(["journal", "--all", "--players", "maya,Jonah", "--format", "json"])
        try #require(all.status == 0, "\(all.stderr)")
        let json = try #require(try SaveFixtures.jsonObject(all.stdout) as? [String: Any])
        let sessions = try #require(json["sessions"] as? [[String: Any]])
        #expect(sessions.compactMap { $0["session"] as? Int } == [3, 1], "Maya and Jonah's, newest first, not Alex and Sam's")
        let latest = try data.run(["journal", "--all", "--format", "markdown"])
        #expect(latest.stdout.hasPrefix("# jonah & MAYA: our keepsake"), "without --players, the latest session's couple")
        #expect(!latest.stdout.contains("Alex"))
        let nobody = try data.run(["journal", "--all", "--players", "Kim,Lee"])
        #expect(nobody.status == 66 && nobody.stderr.contains("Kim & Lee"))
        #expect(try data.run(["journal", "1", "--all"]).status == 64)
        #expect(try data.run(["journal", "--players", "Kim,Lee"]).status == 64)
    }
}
