/// Chooses which questions a deck node asks.
enum QuestionDrawer {
    /// Draws up to `count` questions: never one already drawn this session while others remain,
    /// questions unexplored in earlier sessions before explored ones, random within each group,
    /// then ordered by depth so the sitting starts light and goes deeper.
    static func draw(
        _ draw: Node.DeckDraw, from deck: Deck, sceneID: String,
        drawnThisSession: Set<String>, explored: Set<String>,
        using generator: inout SeededGenerator
    ) -> [Deck.Question] {
        let pool = deck.questions.filter { question in
            (draw.categories?.contains(question.category) ?? true) && (draw.depths?.contains(question.depth) ?? true)
        }
        var fresh: [Deck.Question] = []
        var exploredBefore: [Deck.Question] = []
        var repeats: [Deck.Question] = []
        for question in pool {
            if drawnThisSession.contains(question.id) {
                repeats.append(question)
            } else if explored.contains("\(sceneID)/\(question.id)") {
                exploredBefore.append(question)
            } else {
                fresh.append(question)
            }
        }
        let ordered = fresh.shuffled(using: &generator) + exploredBefore.shuffled(using: &generator)
            + repeats.shuffled(using: &generator)
        let chosen = Array(ordered.prefix(draw.draw))
        return chosen.enumerated()
            .sorted { ($0.element.depth, $0.offset) < ($1.element.depth, $1.offset) }
            .map(\.element)
    }
}
