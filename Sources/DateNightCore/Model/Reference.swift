import LocatedJSON

/// A node id named somewhere in a scene file, with where it was written, so a dangling
/// reference can be reported at the reference rather than at the node that holds it.
public struct Reference: Hashable, Sendable {
    public var target: String
    public var position: SourcePosition

    public init(_ target: String, at position: SourcePosition) {
        self.target = target
        self.position = position
    }
}
