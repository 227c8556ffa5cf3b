/// SplitMix64: small, fast and the same on every platform and run, so a seed gives the same
/// evening anywhere. The one generator of the project: the engine draws with it, and tests
/// repeat their random walks and moments from a seed with it. Swift's own hashing is
/// randomised per process, so every seed here is derived with FNV-1a instead.
/// See https://prng.di.unimi.it/splitmix64.c
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one purpose, e.g. the 2nd visit of a deck node, under a session seed.
    init(seed: UInt64, purpose: String) {
        state = FNV1a.hash(purpose.utf8, from: FNV1a.offsetBasis ^ seed)
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

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
