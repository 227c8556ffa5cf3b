import LocatedJSON

/// A loaded scene: what the interpreter walks. Nodes are found by id, never by position.
public struct Scene: Hashable, Sendable {
    /// The newest scene format this build understands.
    public static let formatVersion = 1

    public var id: String
    public var title: String
    public var summary: String
    public var minutes: Int
    public var kinds: [Closeness]
    /// Kept out of listings and the picker (samples, test scenes); still plays by id and validates.
    public var hidden: Bool = false
    public var start: Reference
    public var variables: [String: Value]
    public var decks: [String: Deck]
    public var nodes: [String: Node]
    /// Node ids in file order, for listings and graphs that should read like the file.
    public var nodeOrder: [String]
    /// Ids of nodes whose own fields had errors. References to them are not reported again,
    /// and whole-graph checks wait until they are fixed, so one mistake gives one message.
    var brokenNodeIDs: Set<String> = []

    /// How many questions the scene's decks hold in all.
    public var questionCount: Int? {
        decks.isEmpty ? nil : decks.values.reduce(0) { $0 + $1.questions.count }
    }
}
