import DateNightCore
import Testing

/// Mistakes about a node as a whole, found even when the node has mistakes of its own.
@Suite("Node identity diagnostics")
struct NodeIdentityDiagnosticTests {
    @Test func aDuplicateOfABrokenNodeIsStillADuplicate() {
        // The second 'a' has its own mistake (no text); it must still be called a duplicate,
        // and 'b' (reached only through the first 'a') must not be called unreachable.
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "narration", "text": "Hello.", "next": "b" },
        { "id": "a", "kind": "narration", "next": "b" },
        { "id": "b", "kind": "end" }
        """#)
        let messages = load(json).diagnostics.map(\.formatted)
        #expect(messages.contains(diagnostic(at: #"{ "id": "a", "kind": "narration", "next""#, in: json,
                                             "duplicate node id 'a' (first defined at line 5)")))
        #expect(!messages.contains { $0.contains("never reached") }, "\(messages)")
    }

    @Test func swapTurnOnAnEndDoesNothingAndIsRefused() {
        let json = sceneJSON(nodes: #"""
        { "id": "a", "kind": "end", "swapTurn": true }
        """#)
        let messages = load(json).diagnostics.map(\.formatted)
        #expect(messages.contains(diagnostic(at: "true", in: json, "node 'a': 'swapTurn' does nothing on an 'end' node: put it on the node before")), "\(messages)")
    }
}
