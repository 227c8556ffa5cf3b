import LocatedJSON

/// A pool of questions a `deck` node draws from.
public struct Deck: Hashable, Sendable {
    public var id: String
    public var title: String?
    public var questions: [Question]
    /// The kinds of closeness a question of each category builds, for categories that say.
    public var categoryKinds: [String: [Closeness]] = [:]
    public var position: SourcePosition

    public struct Question: Hashable, Sendable {
        public var id: String
        public var text: Template
        public var category: String
        /// 1 light, 2 personal, 3 deep.
        public var depth: Int
    }
}
