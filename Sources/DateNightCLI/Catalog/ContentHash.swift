import DateNightCore

/// A short fingerprint of a scene file's bytes, saved with a session so a resume can tell
/// whether the scene was edited since: FNV-1a 64 rather than a cryptographic hash, because it
/// only has to notice accidental edits (whoever can edit the scene file can simply edit the
/// scene).
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> String {
        let hex = String(FNV1a.hash(bytes), radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
