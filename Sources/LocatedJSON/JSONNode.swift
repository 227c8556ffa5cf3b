/// A JSON value and where it starts in the source.
public struct JSONNode: Sendable, Equatable {
    public var value: JSONValue
    /// The first character of the value: the quote of a string, the bracket of an array.
    public var position: SourcePosition

    public init(value: JSONValue, position: SourcePosition) {
        self.value = value
        self.position = position
    }
}
