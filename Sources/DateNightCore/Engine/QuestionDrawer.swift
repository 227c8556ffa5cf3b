/// Chooses which questions a deck node asks.
///
/// Never a question already drawn this session: when a pool runs dry, the round is shorter.
/// Within what is left, questions the couple has not explored in earlier sessions come before
/// explored ones, the node's own categories before `alsoFrom`, random within each group. A
/// plain round is ordered lightest first; a shaped one follows `shape` (light, personal,
/// deep), spaces out the `gentle` categories' deep questions and ends on a `landing`.
///
/// Works on positions in the deck rather than copies of its questions, and sorts each category
/// into its roles once per draw: the explorer draws a round for every path it tries.
enum QuestionDrawer {
    /// What a category is to one deck node.
    private struct Roles {
        var wildcard = false
        var landing = false
        var own = false
        var spare = false
    }

    static func draw(
        _ draw: Node.DeckDraw, from deck: Deck, sceneID: String,
        drawnThisSession: [String], explored: Set<String>,
        using generator: inout SeededGenerator
    ) -> [Deck.Question] {
        let questions = deck.questions
        let shaping = draw.shaping
        var roles: [String: Roles] = [:]
        if let category = shaping.wildcards { roles[category, default: .init()].wildcard = true }
        for category in shaping.landing ?? [] { roles[category, default: .init()].landing = true }
        for category in draw.categories ?? [] { roles[category, default: .init()].own = true }
        for category in shaping.alsoFrom { roles[category, default: .init()].spare = true }
        let everyCategoryIsOwn = draw.categories == nil
        // Most sessions have explored nothing yet: no "scene/question" string built per question then.
        let isExplored = { (index: Int) in !explored.isEmpty && explored.contains("\(sceneID)/\(questions[index].id)") }

        let wasDrawn = drawnPositions(drawnThisSession, in: deck)

        // Tiers in the order they are used; a question sits in the first tier it fits.
        var tiers: [[Int]] = [[], [], [], []]
        var wildcards: [[Int]] = [[], []]
        var landings: [[Int]] = [[], []]
        // Questions come grouped by category: the role is looked up once per group, not per question.
        var lastCategory: String?
        var lastRole = Roles()
        for index in questions.indices where !wasDrawn(index) {
            if questions[index].category != lastCategory {
                lastCategory = questions[index].category
                lastRole = roles[questions[index].category] ?? .init()
            }
            let role = lastRole
            if role.wildcard {
                wildcards[isExplored(index) ? 1 : 0].append(index)
                continue
            }
            let depth = questions[index].depth
            if role.landing, depth == 1 {
                landings[isExplored(index) ? 1 : 0].append(index)
            }
            guard draw.depths?.contains(depth) ?? true else { continue }
            let mine = everyCategoryIsOwn || role.own
            guard mine || role.spare else { continue }
            tiers[(isExplored(index) ? 2 : 0) + (mine ? 0 : 1)].append(index)
        }
        for index in tiers.indices { generator.shuffle(&tiers[index]) }
        for index in wildcards.indices { generator.shuffle(&wildcards[index]) }
        for index in landings.indices { generator.shuffle(&landings[index]) }
        let ordered = tiers.flatMap { $0 }

        guard let counts = shaping.depthCounts else {
            return Array(ordered.prefix(draw.draw)).enumerated()
                .sorted { (questions[$0.element].depth, $0.offset) < (questions[$1.element].depth, $1.offset) }
                .map { questions[$0.element] }
        }
        return shaped(counts: counts, fresh: tiers[0] + tiers[1], stale: tiers[2] + tiers[3], landings: landings,
                      wildcards: wildcards.flatMap { $0 }, in: questions, shaping: shaping, using: &generator)
            .map { questions[$0] }
    }

    /// Positions in `questions`, in the order asked.
    /// - Parameters:
    ///   - fresh: questions the couple has not explored, the node's own categories first.
    ///   - stale: questions explored in earlier sessions, asked only when nothing fresh is left.
    ///   - landings: fresh, then explored light questions from the landing categories.
    private static func shaped(counts: [Int], fresh: [Int], stale: [Int], landings: [[Int]],
                               wildcards: [Int], in questions: [Deck.Question], shaping: Node.DeckDraw.Shaping,
                               using generator: inout SeededGenerator) -> [Int] {
        var fresh = fresh, stale = stale
        var used: Set<String> = []
        func take(from pool: inout [Int], _ fits: (Deck.Question) -> Bool) -> Int? {
            guard let index = pool.firstIndex(where: { fits(questions[$0]) && !used.contains(questions[$0].id) }) else { return nil }
            let question = pool.remove(at: index)
            used.insert(questions[question].id)
            return question
        }

        var need = counts
        // The landing comes from its own categories, wherever the rest is drawn from; once those
        // are all explored, any fresh light (or else personal) question lands the round rather
        // than a repeat.
        var landing: Int?
        if need[0] > 0, shaping.landing != nil {
            var freshLandings = landings[0], staleLandings = landings[1]
            landing = take(from: &freshLandings) { _ in true } ?? take(from: &fresh) { $0.depth == 1 }
                ?? take(from: &fresh) { $0.depth == 2 } ?? take(from: &staleLandings) { _ in true }
            if landing != nil { need[0] -= 1 }
        }
        // About every other round, a small thing to do takes a personal question's place.
        var wildcard: Int?
        if !wildcards.isEmpty, need[1] > 0, generator.next() % 2 == 0 {
            wildcard = wildcards.first
            need[1] -= 1
        }

        // Each depth from fresh questions; a depth that ran dry borrows fresh ones from the
        // others, the lighter first; only then do explored questions come back.
        var byDepth: [[Int]] = [[], [], []]
        var shortfall = 0
        for depth in 1...3 {
            for _ in 0..<need[depth - 1] {
                if let question = take(from: &fresh, { $0.depth == depth }) { byDepth[depth - 1].append(question) } else { shortfall += 1 }
            }
        }
        fresh = lightestFirst(fresh, in: questions)
        while shortfall > 0, let question = take(from: &fresh, { _ in true }) ?? take(from: &stale, { _ in true }) {
            byDepth[max(0, min(2, questions[question].depth - 1))].append(question)
            shortfall -= 1
        }

        let gentle = Set(shaping.gentle)
        let isHeavy = { (index: Int) in questions[index].depth == 3 && gentle.contains(questions[index].category) }
        var deep = spacedOut(byDepth[2], isHeavy: isHeavy)
        var personal = byDepth[1]
        var light = byDepth[0]
        // Where two heavy deep questions still meet, a lighter one goes between them.
        var index = 1
        while index < deep.count {
            if isHeavy(deep[index - 1]), isHeavy(deep[index]), let breather = personal.popLast() ?? light.popLast() {
                deep.insert(breather, at: index)
                index += 1
            }
            index += 1
        }
        var round = light
        if let wildcard { round.append(wildcard) }
        round += personal + deep
        if let landing { round.append(landing) }
        return round
    }

    /// Whether the question at a position was drawn earlier this session, by id. Most decks'
    /// ids are unique, and then a mark per position answers without hashing every question's id.
    private static func drawnPositions(_ drawn: [String], in deck: Deck) -> (Int) -> Bool {
        guard !drawn.isEmpty else { return { _ in false } }
        guard deck.questionIDsAreUnique else {
            let ids = Set(drawn)
            return { ids.contains(deck.questions[$0].id) }
        }
        var marked = [Bool](repeating: false, count: deck.questions.count)
        for id in drawn {
            if let position = deck.position(ofQuestionWithID: id) { marked[position] = true }
        }
        return { marked[$0] }
    }

    /// The positions ordered by their questions' depth, keeping the order within a depth: a
    /// stable sort, done as one pass per depth since a deck has only a few.
    private static func lightestFirst(_ positions: [Int], in questions: [Deck.Question]) -> [Int] {
        let depths = Set(positions.map { questions[$0].depth }).sorted()
        guard depths.count > 1 else { return positions }
        return depths.flatMap { depth in positions.filter { questions[$0].depth == depth } }
    }

    /// Orders deep questions so heavy and other ones alternate while both last.
    private static func spacedOut(_ questions: [Int], isHeavy: (Int) -> Bool) -> [Int] {
        var heavy = questions.filter(isHeavy)
        var others = questions.filter { !isHeavy($0) }
        var result: [Int] = []
        var lastWasHeavy = false
        while !heavy.isEmpty || !others.isEmpty {
            if !lastWasHeavy, !heavy.isEmpty {
                result.append(heavy.removeFirst())
                lastWasHeavy = true
            } else if !others.isEmpty {
                result.append(others.removeFirst())
                lastWasHeavy = false
            } else {
                result.append(heavy.removeFirst())
                lastWasHeavy = true
            }
        }
        return result
    }
}
