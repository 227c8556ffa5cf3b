/// The shape of every id in a scene: stable, readable, and safe to use as a key in a save.
public enum Identifier {
    public static let maximumLength = 64

    /// Checked on the UTF-8 bytes: every allowed character is ASCII, one byte each.
    public static func isValid(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, bytes.count <= maximumLength, first &- UInt8(ascii: "a") < 26 else { return false }
        return bytes.allSatisfy { byte in
            byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }
}
