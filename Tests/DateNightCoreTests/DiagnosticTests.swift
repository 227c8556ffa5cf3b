import DateNightCore
import Testing

/// Each mistake an author can make is reported with a message that says what is wrong and a
/// position that points at the offending value.
@Suite("Diagnostics point at the mistake")
struct DiagnosticTests {
    private func messages(_ json: String, knownScenes: Set<String>? = nil) -> [String] {
        load(json, knownScenes: knownScenes).diagnostics.map(\.formatted)
    }

    @Test func jsonSyntaxErrorIsReportedAtItsPosition() {
        let json = "{\n  \"format\": 1,\n  \"id\": \"x\",,\n}"
        let result = load(json)
        #expect(result.scene == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.line == 3)
        #expect(result.diagnostics.first?.column == 13)
        #expect(result.diagnostics.first?.severity == .error)
    }

    @Test func emptyFileIsRefused() {
        let result = load("")
        #expect(result.scene == nil)
        #expect(result.diagnostics.map(\.formatted).first?.hasPrefix("test.json:1:1: error:") == true)
    }

    @Test func topLevelMustBeAnObject() {
        #expect(messages("[1, 2]") == ["test.json:1:1: error: a scene must be a JSON object, found an array"])
    }

    @Test func unknownStartNode() {
        let json = sceneJSON(start: "zz", nodes: #"{ "id": "a", "kind": "end" }"#)
        #expect(messages(json).contains(diagnostic(at: "\"zz\"", in: json, "start node 'zz' does not exist")))
    }

    @Test func missingStartNode() {
        let json = #"{ "format": 1, "id": "t", "title": "T", "summary": "S", "minutes": 5, "kinds": ["emotional"], "nodes": [ { "id": "a", "kind": "end" } ] }"#
        #expect(messages(json).contains("test.json:1:1: error: missing 'start' (the id of the first node)"))
    }

    @Test func danglingReference() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "narration", "text": "Hi", "next": "nowhere" }
        """#)
        #expect(messages(json).contains(diagnostic(at: "\"nowhere\"", in: json, "node 'a': 'nowhere' does not exist (no node has that id)")))
    }

    @Test func duplicateNodeIDs() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "narration", "text": "Hi", "next": "b" },
        { "id": "b", "kind": "end" },
        { "id": "a", "kind": "end" }
        """#)
        let (firstLine, _) = position(of: "{ \"id\": \"a\"", in: json)
        let duplicate = position(of: "{ \"id\": \"a\", \"kind\": \"end\" }", in: json)
        #expect(messages(json).contains("test.json:\(duplicate.line):\(duplicate.column): error: duplicate node id 'a' (first defined at line \(firstLine))"))
    }

    @Test func unknownNodeKindSuggestsTheNearestOne() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "naration", "text": "Hi", "next": "b" },
        { "id": "b", "kind": "end" }
        """#)
        let found = messages(json)
        #expect(found.contains { $0.hasPrefix(diagnostic(at: "\"naration\"", in: json, "node 'a': unknown kind 'naration' (did you mean 'narration'?)")) })
    }

    @Test func missingAndMistypedFields() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "prompt", "text": 42 },
        { "id": "b", "kind": "end" }
        """#)
        let found = messages(json)
        #expect(found.contains(diagnostic(at: "42", in: json, "node 'a': 'text' must be a string or an array of strings, found a number")))
        #expect(found.contains(diagnostic(at: "{ \"id\": \"a\"", in: json, "node 'a': missing 'next' (the id of the node that follows)")))
    }

    @Test func unknownFieldSuggestsTheNearestOne() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "narration", "text": "Hi", "nxet": "b", "next": "b", "_comment": "ignored" },
        { "id": "b", "kind": "end" }
        """#)
        #expect(messages(json) == [diagnostic(at: "\"nxet\"", in: json, "node 'a': unknown field 'nxet' (did you mean 'next'?)")])
    }

    @Test func unknownPlaceholder() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "narration", "text": "Hi {nmae}", "next": "b" },
        { "id": "b", "kind": "end" }
        """#)
        #expect(messages(json) == [diagnostic(at: "\"Hi {nmae}\"", in: json, "node 'a': unknown placeholder {nmae} in 'text'")])
    }

    @Test func placeholderNamingAnUndeclaredVariableOrUnsavedAnswer() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "narration", "text": "Round {var.round}", "next": "b" },
        { "id": "b", "kind": "end", "text": "You said {answer.wish.player1}" }
        """#)
        let found = messages(json)
        #expect(found.contains(diagnostic(at: "\"Round", in: json, "node 'a': placeholder {var.round} names a variable that is not declared in 'variables'")))
        #expect(found.contains(diagnostic(at: "\"You said", in: json, "node 'b': placeholder {answer.wish.player1} names an answer no prompt saves ('saveAs': \"wish\")")))
    }

    @Test func answerQuotedBeforeSomePathGivesIt() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "choice", "text": "Ask?", "options": [ { "label": "Yes", "next": "ask" }, { "label": "No", "next": "quote" } ] },
        { "id": "ask", "kind": "prompt", "text": "A wish?", "saveAs": "wish", "next": "quote" },
        { "id": "quote", "kind": "end", "text": "You wished for {answer.wish.active}" }
        """#)
        #expect(messages(json) == [diagnostic(at: "\"You wished", in: json, "node 'quote': {answer.wish...} may be shown before anyone has answered 'wish' on some path here")])
    }

    @Test func answerQuotedAfterEveryPathGivesItIsFine() throws {
        _ = try scene(sceneJSON(nodes: #"""
        { "id": "a", "kind": "choice", "text": "Ask?", "options": [ { "label": "Yes", "next": "ask" }, { "label": "No", "next": "ask" } ] },
        { "id": "ask", "kind": "prompt", "text": "A wish?", "saveAs": "wish", "next": "quote" },
        { "id": "quote", "kind": "end", "text": "You wished for {answer.wish.active}" }
        """#))
    }

    @Test func anAnswerSavedOnEachBranchIsCertainWhereTheyMeet() throws {
        _ = try scene(sceneJSON(nodes: #"""
        { "id": "a", "kind": "choice", "text": "Which?", "options": [ { "label": "One", "next": "one" }, { "label": "Two", "next": "two" } ] },
        { "id": "one", "kind": "prompt", "text": "A wish?", "saveAs": "wish", "next": "quote" },
        { "id": "two", "kind": "prompt", "text": "Another wish?", "saveAs": "wish", "next": "quote" },
        { "id": "quote", "kind": "end", "text": "You wished for {answer.wish.active}" }
        """#))
    }

    @Test func anAnswerSavedOnOneBranchOfTwoMayBeMissingWhereTheyMeet() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "choice", "text": "Which?", "options": [ { "label": "One", "next": "one" }, { "label": "Two", "next": "two" }, { "label": "Three", "next": "quote" } ] },
        { "id": "one", "kind": "prompt", "text": "A wish?", "saveAs": "wish", "next": "quote" },
        { "id": "two", "kind": "prompt", "text": "Another wish?", "saveAs": "wish", "next": "quote" },
        { "id": "quote", "kind": "end", "text": "You wished for {answer.wish.active}" }
        """#)
        #expect(messages(json) == [diagnostic(at: "\"You wished", in: json, "node 'quote': {answer.wish...} may be shown before anyone has answered 'wish' on some path here")])
    }

    /// A loop back to a prompt's own text: the first time round nothing has been answered yet.
    @Test func aPromptQuotingItsOwnAnswerIsReportedEvenInALoop() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "prompt", "text": "Again? Last time: {answer.again.active}", "saveAs": "again", "next": "b" },
        { "id": "b", "kind": "choice", "text": "More?", "options": [ { "label": "Yes", "next": "a" }, { "label": "No", "next": "c" } ] },
        { "id": "c", "kind": "end", "text": "You said {answer.again.active}" }
        """#)
        #expect(messages(json) == [diagnostic(at: "\"Again?", in: json, "node 'a': {answer.again...} may be shown before anyone has answered 'again' on some path here")])
    }

    @Test func durationsOutOfRange() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "timer", "label": "Gaze", "seconds": 0, "next": "b" },
        { "id": "b", "kind": "breathing", "pattern": { "inhale": 99, "exhale": 6 }, "cycles": 3, "next": "c" },
        { "id": "c", "kind": "prompt", "text": "Quick!", "seconds": 2, "next": "d" },
        { "id": "d", "kind": "end" }
        """#)
        let found = messages(json)
        #expect(found.contains(diagnostic(at: "0,", in: json, "node 'a': 'seconds' must be a whole number between 1 and 3600, found 0")))
        #expect(found.contains(diagnostic(at: "99", in: json, "node 'b': 'inhale' must be a whole number between 1 and 20, found 99")))
        #expect(found.contains(diagnostic(at: "2,", in: json, "node 'c': 'seconds' must be a whole number between 5 and 3600, found 2")))
    }

    @Test func hugeNumbersAreRangeErrorsNotCrashes() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "timer", "label": "Gaze", "seconds": 1e999999, "next": "b" },
        { "id": "b", "kind": "end" }
        """#)
        #expect(messages(json).contains(diagnostic(at: "1e999999", in: json, "node 'a': 'seconds' must be a whole number between 1 and 3600, found 1e999999")))
    }

    @Test func emptyDeck() {
        let json = sceneJSON(decks: #"{ "d": { "questions": [] } }"#, nodes: #"""
        { "id": "a", "kind": "deck", "deck": "d", "draw": 2, "next": "b" },
        { "id": "b", "kind": "end" }
        """#)
        #expect(messages(json).contains(diagnostic(at: "[]", in: json, "deck 'd' has no questions")))
    }

    @Test func loopWithNoWayOut() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "narration", "text": "Round and round", "next": "b" },
        { "id": "b", "kind": "prompt", "text": "Again?", "next": "a" },
        { "id": "c", "kind": "end" }
        """#)
        let found = messages(json)
        #expect(found.contains(diagnostic(at: "{ \"id\": \"a\"", in: json, "node 'a': no end can be reached from here (a loop with no way out, or a path that stops)")))
        #expect(found.contains(diagnostic(at: "{ \"id\": \"b\"", in: json, "node 'b': no end can be reached from here (a loop with no way out, or a path that stops)")))
    }

    @Test func unreachableNodeIsOnlyAWarning() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "end" },
        { "id": "spare", "kind": "end" }
        """#)
        let result = load(json)
        #expect(result.scene != nil)
        #expect(result.diagnostics.map(\.formatted) == [diagnostic("warning", at: "{ \"id\": \"spare\"", in: json, "node 'spare': never reached from the start node 'a'")])
    }

    @Test func newerFormatIsRefusedWithAClearMessage() {
        let json = #"{ "format": 2, "id": "t" }"#
        #expect(messages(json) == [diagnostic(at: "2", in: json, "format 2 is newer than this datenight understands (1); update datenight to play this scene")])
    }

    @Test func callToAnUnknownScene() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "call", "scene": "nope", "next": "b" },
        { "id": "b", "kind": "end" }
        """#)
        #expect(messages(json, knownScenes: ["t", "other"]) == [diagnostic(at: "\"nope\"", in: json, "node 'a': scene 'nope' does not exist among the scenes found")])
    }

    @Test func questionPlaceholderOutsideADeckBody() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "narration", "text": "Q: {question}", "next": "b" },
        { "id": "b", "kind": "end" }
        """#)
        #expect(messages(json) == [diagnostic(at: "\"Q:", in: json, "node 'a': {question} is only filled inside a deck's 'body'")])
    }

    @Test func variableTypesAreChecked() {
        let json = sceneJSON(variables: #"{ "mood": "calm" }"#, nodes: #"""
        { "id": "a", "kind": "set", "set": { "mood": { "add": 1 }, "ghost": 3 }, "next": "b" },
        { "id": "b", "kind": "end" }
        """#)
        let found = messages(json)
        #expect(found.contains(diagnostic(at: "\"mood\": {", in: json, "node 'a': cannot add to 'mood', which is a string")))
        #expect(found.contains(diagnostic(at: "\"ghost\"", in: json, "node 'a': variable 'ghost' is not declared in 'variables'")))
    }

    @Test func everyProblemIsReportedAtOnceInFileOrder() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "narration", "text": 1, "next": "b" },
        { "id": "b", "kind": "timer", "label": "x", "seconds": -5, "next": "c" },
        { "id": "c", "kind": "bogus" }
        """#)
        let found = load(json).diagnostics
        #expect(found.count >= 3)
        #expect(found.map(\.line) == found.map(\.line).sorted())
        #expect(Set(found.compactMap(\.nodeID)).isSuperset(of: ["a", "b", "c"]))
    }
}
