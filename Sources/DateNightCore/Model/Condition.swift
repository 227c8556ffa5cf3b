import LocatedJSON

/// A test on the scene's variables and answers that decides whether an option is offered or a
/// branch is taken.
public indirect enum Condition: Hashable, Sendable {
    case equals(VariableName, Value)
    case notEquals(VariableName, Value)
    case atLeast(VariableName, Int)
    case below(VariableName, Int)
    case answered(AnswerKey)
    /// The couple answered this key in an earlier session (see `Memory`).
    case remembered(RememberedKey)
    /// The couple has finished the named scene at least this many times before.
    case finishedAtLeast(SceneName, Int)
    /// The couple has finished the named scene fewer times than this before.
    case finishedBelow(SceneName, Int)
    case all([Condition])
    case any([Condition])
    case not(Condition)

    /// A variable named in a condition, with where it was written for diagnostics.
    public struct VariableName: Hashable, Sendable {
        public var name: String
        public var position: SourcePosition
    }

    /// An answer key named in a condition.
    public struct AnswerKey: Hashable, Sendable {
        public var key: String
        public var position: SourcePosition
    }

    /// An earlier session's answer key named in a condition.
    public struct RememberedKey: Hashable, Sendable {
        public var key: Memory.Key
        public var position: SourcePosition
    }

    /// A scene named in a condition.
    public struct SceneName: Hashable, Sendable {
        public var id: String
        public var position: SourcePosition
    }

    public var variables: [VariableName] {
        switch self {
        case .equals(let v, _), .notEquals(let v, _), .atLeast(let v, _), .below(let v, _): [v]
        case .answered, .remembered, .finishedAtLeast, .finishedBelow: []
        case .all(let parts), .any(let parts): parts.flatMap(\.variables)
        case .not(let inner): inner.variables
        }
    }

    public var answerKeys: [AnswerKey] {
        switch self {
        case .answered(let key): [key]
        case .equals, .notEquals, .atLeast, .below, .remembered, .finishedAtLeast, .finishedBelow: []
        case .all(let parts), .any(let parts): parts.flatMap(\.answerKeys)
        case .not(let inner): inner.answerKeys
        }
    }

    public var rememberedKeys: [RememberedKey] {
        switch self {
        case .remembered(let key): [key]
        case .equals, .notEquals, .atLeast, .below, .answered, .finishedAtLeast, .finishedBelow: []
        case .all(let parts), .any(let parts): parts.flatMap(\.rememberedKeys)
        case .not(let inner): inner.rememberedKeys
        }
    }

    /// Scenes whose finished count the condition tests, with the bounds it compares against.
    public var finishedCounts: [(scene: SceneName, bound: Int)] {
        switch self {
        case .finishedAtLeast(let scene, let bound), .finishedBelow(let scene, let bound): [(scene, bound)]
        case .equals, .notEquals, .atLeast, .below, .answered, .remembered: []
        case .all(let parts), .any(let parts): parts.flatMap(\.finishedCounts)
        case .not(let inner): inner.finishedCounts
        }
    }

    /// Earlier answers certain to exist whenever the condition holds: what it guards.
    var guaranteedMemories: [Memory.Key] {
        switch self {
        case .remembered(let key): [key.key]
        case .all(let parts): parts.flatMap(\.guaranteedMemories)
        case .any(let parts):
            parts.dropFirst().reduce(Set(parts.first?.guaranteedMemories ?? [])) { $0.intersection($1.guaranteedMemories) }
                .sorted { $0.written < $1.written }
        case .not(let inner): inner.excludedMemories
        case .equals, .notEquals, .atLeast, .below, .answered, .finishedAtLeast, .finishedBelow: []
        }
    }

    /// Earlier answers certain to exist whenever the condition fails (`not remembered`).
    var excludedMemories: [Memory.Key] {
        switch self {
        case .not(let inner): inner.guaranteedMemories
        case .any(let parts): parts.flatMap(\.excludedMemories)
        case .all(let parts):
            parts.dropFirst().reduce(Set(parts.first?.excludedMemories ?? [])) { $0.intersection($1.excludedMemories) }
                .sorted { $0.written < $1.written }
        case .equals, .notEquals, .atLeast, .below, .answered, .remembered, .finishedAtLeast, .finishedBelow: []
        }
    }
}
