/// SplitMix64: small, fast and the same on every platform and run. Swift's own hashing is
/// randomised per process, so every seed here is derived with FNV-1a instead.
/// See https://prng.di.unimi.it/splitmix64.c
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A generator for one purpose, e.g. the 2nd visit of a deck node, under a session seed.
    init(seed: UInt64, purpose: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in purpose.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        state = hash
    }

    /// Fisher–Yates with this generator. The standard library's `shuffled(using:)` does not
    /// promise its exact sequence across Swift versions, and "same seed, same evening" must hold
    /// on any toolchain. An index is the high half of a 128-bit product (Lemire's method without
    /// the rejection step): the bias for a deck of a thousand is below one in 10^16.
    mutating func shuffle<Element>(_ elements: inout [Element]) {
        guard elements.count > 1 else { return }
        for index in stride(from: elements.count - 1, to: 0, by: -1) {
            let other = Int(UInt64(index + 1).multipliedFullWidth(by: next()).high)
            elements.swapAt(index, other)
        }
    }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
