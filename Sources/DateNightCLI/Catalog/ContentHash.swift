/// A short fingerprint of a scene file's bytes, saved with a session so a resume can tell
/// whether the scene was edited since.
///
/// FNV-1a 64 rather than a cryptographic hash: it only has to notice accidental edits, not
/// withstand someone forging a collision (whoever can edit the scene file can simply edit the
/// scene), it is a dozen lines with no dependency, and it is the same on every platform.
/// See http://www.isthe.com/chongo/tech/comp/fnv/
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
