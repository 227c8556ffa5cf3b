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

extension Assignment {
    /// The change as an author would write it down, for graphs: `rounds += 1`.
    public var summary: String {
        switch operation {
        case .assign(let value): "\(variable) = \(value.displayText)"
        case .add(let amount): "\(variable) \(amount < 0 ? "-" : "+")= \(amount.magnitude)"
        }
    }
}
