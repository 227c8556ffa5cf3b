import DateNightCore
import Testing

/// FNV-1a keys every seed the engine derives and the fingerprint saved with each session, so
/// it must stay the published function: a change would redraw old evenings' questions and
/// make every saved scene look edited.
struct FNV1aTests {
    @Test("the published FNV-1a 64 test vectors")
    func publishedVectors() {
        // From the reference test suite at http://www.isthe.com/chongo/tech/comp/fnv/
        #expect(FNV1a.hash([UInt8]()) == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a.hash(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
        #expect(FNV1a.hash(Array("foobar".utf8)) == 0x8594_4171_f739_67e8)
    }

    @Test("hashing in two parts is hashing the whole")
    func continuing() {
        let whole = FNV1a.hash(Array("scene/deck".utf8))
        #expect(FNV1a.hash("deck".utf8, from: FNV1a.hash("scene/".utf8)) == whole)
    }
}
