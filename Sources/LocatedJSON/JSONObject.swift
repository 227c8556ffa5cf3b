/// One `"key": value` pair of an object.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    /// The opening quote of the key.
    public var keyPosition: SourcePosition
    public var value: JSONNode

    public init(key: String, keyPosition: SourcePosition, value: JSONNode) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}

/// An object's members in source order. Duplicate keys are kept so a reader can report them.
public struct JSONObject: Sendable, Equatable {
    public var members: [JSONMember]

    public init(members: [JSONMember] = []) {
        self.members = members
    }

    /// The value of the first member with that key.
    public subscript(key: String) -> JSONNode? {
        member(key)?.value
    }

    /// The first member with that key.
    public func member(_ key: String) -> JSONMember? {
        index(of: key).map { members[$0] }
    }

    /// Where the first member with that key is. Lengths are compared first: telling two
    /// different strings apart with `==` costs a call into the standard library, and readers
    /// look up every field of every object by name.
    public func index(of key: String) -> Int? {
        let length = key.utf8.count
        return members.firstIndex { $0.key.utf8.count == length && $0.key == key }
    }
}
