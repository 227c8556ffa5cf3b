/// Which kinds of closeness a step builds, so progress credits what a couple actually did
/// rather than everything the scene could offer (a lightning round is not spiritual).
extension Scene {
    /// The kinds one done step builds: the node's own `kinds` when it gives them; else, for a
    /// deck question, its category's kinds when the deck gives them; else the scene's.
    public func kinds(doneAt nodeID: String, question questionID: String? = nil) -> [Closeness] {
        if let own = nodes[nodeID]?.kinds { return own }
        if let questionID, let category = categoryKinds(ofQuestion: questionID) { return category }
        return kinds
    }

    private func categoryKinds(ofQuestion questionID: String) -> [Closeness]? {
        for deck in decks.values {
            if let question = deck.question(withID: questionID) {
                return deck.categoryKinds[question.category]
            }
        }
        return nil
    }
}
