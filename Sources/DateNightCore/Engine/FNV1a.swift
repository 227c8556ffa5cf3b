/// FNV-1a, 64 bits: a dozen lines with no dependency, the same on every platform and in every
/// run (Swift's own `Hasher` is seeded per process). It derives the seeds of the engine's
/// random draws, and fingerprints scene files so a resume notices an edit; it is not meant to
/// withstand anyone forging a collision. See http://www.isthe.com/chongo/tech/comp/fnv/
public enum FNV1a {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of `bytes`, continuing from `hash` (the offset basis for a hash of its own).
    @inlinable
    public static func hash(_ bytes: some Sequence<UInt8>, from hash: UInt64 = offsetBasis) -> UInt64 {
        var hash = hash
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= prime
        }
        return hash
    }
}
