import LocatedJSON

/// A test on the scene's variables and answers that decides whether an option is offered or a
/// branch is taken.
public indirect enum Condition: Hashable, Sendable {
    case equals(VariableName, Value)
    case notEquals(VariableName, Value)
    case atLeast(VariableName, Int)
    case below(VariableName, Int)
    case answered(AnswerKey)
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

    public var variables: [VariableName] {
        switch self {
        case .equals(let v, _), .notEquals(let v, _), .atLeast(let v, _), .below(let v, _): [v]
        case .answered: []
        case .all(let parts), .any(let parts): parts.flatMap(\.variables)
        case .not(let inner): inner.variables
        }
    }

    public var answerKeys: [AnswerKey] {
        switch self {
        case .answered(let key): [key]
        case .equals, .notEquals, .atLeast, .below: []
        case .all(let parts), .any(let parts): parts.flatMap(\.answerKeys)
        case .not(let inner): inner.answerKeys
        }
    }
}
