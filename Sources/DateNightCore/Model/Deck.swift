import LocatedJSON

/// A pool of questions a `deck` node draws from.
public struct Deck: Hashable, Sendable {
    public var id: String
    public var title: String?
    public var questions: [Question] {
        didSet { positions = Self.positions(of: questions) }
    }
    /// The kinds of closeness a question of each category builds, for categories that say.
    public var categoryKinds: [String: [Closeness]] = [:]
    public var position: SourcePosition
    /// Where each question id first appears in `questions`: a round names its questions by id,
    /// and play looks one up at every question asked.
    private var positions: [String: Int]

    public init(id: String, title: String?, questions: [Question], categoryKinds: [String: [Closeness]] = [:],
                position: SourcePosition) {
        self.id = id
        self.title = title
        self.questions = questions
        self.categoryKinds = categoryKinds
        self.position = position
        self.positions = Self.positions(of: questions)
    }

    /// The question with this id (the first, should two share it).
    public func question(withID id: String) -> Question? {
        positions[id].map { questions[$0] }
    }

    /// Where the question with this id first appears in `questions`.
    public func position(ofQuestionWithID id: String) -> Int? {
        positions[id]
    }

    /// Whether no two questions share an id (the loader refuses a deck where two do).
    public var questionIDsAreUnique: Bool { positions.count == questions.count }

    private static func positions(of questions: [Question]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(questions.count)
        for (index, question) in questions.enumerated() where positions[question.id] == nil {
            positions[question.id] = index
        }
        return positions
    }

    public struct Question: Hashable, Sendable {
        public var id: String
        public var text: Template
        public var category: String
        /// 1 light, 2 personal, 3 deep.
        public var depth: Int
    }
}
