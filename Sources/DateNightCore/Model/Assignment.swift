import LocatedJSON

/// One change to a variable, from a `set` node or a choice option.
public struct Assignment: Hashable, Sendable {
    public enum Operation: Hashable, Sendable {
        case assign(Value)
        case add(Int)
    }

    public var variable: String
    public var operation: Operation
    public var position: SourcePosition
}
