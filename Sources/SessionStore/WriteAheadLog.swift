import Foundation

/// What the write-ahead log (`sessions.sqlite-wal`) and its index (`-shm`) hold, read from
/// their bytes without SQLite, so that a damaged log is noticed before SQLite replays it or,
/// finding its header unreadable, quietly discards every change in it.
///
/// SQLite itself trusts a log only up to its first bad frame and forgets the rest, which is
/// right after a crash (the torn frame was never acknowledged) but silently drops committed
/// answers when the bytes were damaged later. Two things tell them apart: a header that does
/// not check out (SQLite writes it in one piece before any frame), and the index, which
/// records how many frames were committed; with synchronous = FULL those frames reached the
/// disk before the index said so. The formats are at https://www.sqlite.org/fileformat2.html#walformat
/// and https://www.sqlite.org/walformat.html
struct WriteAheadLog {
    /// Frames up to and including the last valid commit frame: what SQLite would replay.
    var committedFrames: Int
    /// The newest committed copy of the database's first page, which holds the application
    /// id and user version, when the log has one.
    var firstPage: [UInt8]?
    /// The page size the log's header gives.
    var pageSize: Int

    static let headerSize = 32
    static let frameHeaderSize = 24

    /// Reads the log and its index; nil when there is no log or it is empty (nothing pending).
    /// Throws a reason in words when the log is damaged.
    static func read(log logPath: String, index indexPath: String) throws(Damage) -> WriteAheadLog? {
        // The index first: a writer adds frames to the log before it counts them in the index,
        // so frames the index counts are always in the log read after it.
        let index = WALIndex(bytes: FileManager.default.contents(atPath: indexPath).map { [UInt8]($0) })
        let bytes = FileManager.default.contents(atPath: logPath).map { [UInt8]($0) } ?? []
        if bytes.isEmpty {
            if let index, index.maxFrame > index.backfilled {
                throw Damage("the write-ahead log is missing or empty, yet \(index.maxFrame - index.backfilled) of its changes were never copied into the file")
            }
            return nil
        }
        guard bytes.count >= headerSize else { throw Damage("the write-ahead log is cut short (\(bytes.count) bytes)") }
        let magic = bytes.bigEndianWord(at: 0)
        guard magic == 0x377F_0682 || magic == 0x377F_0683 else { throw Damage("the write-ahead log's header is not a write-ahead log header") }
        let bigEndian = magic & 1 == 1
        let pageSize = Int(bytes.bigEndianWord(at: 8))
        guard bytes.bigEndianWord(at: 4) == 3_007_000, pageSize >= 512, pageSize <= 65536, pageSize & (pageSize - 1) == 0 else {
            throw Damage("the write-ahead log's header is damaged")
        }
        var checksum = Checksum(bigEndian: bigEndian)
        checksum.add(bytes[0..<24])
        guard checksum.first == bytes.bigEndianWord(at: 24), checksum.second == bytes.bigEndianWord(at: 28) else {
            throw Damage("the write-ahead log's header is damaged (its checksum does not match)")
        }
        let salt = bytes[16..<24]

        var committed = 0
        var firstPage: [UInt8]?
        var pendingFirstPage: [UInt8]?
        var frame = 0
        var brokenFrame: Int?
        let frameSize = frameHeaderSize + pageSize
        while headerSize + (frame + 1) * frameSize <= bytes.count {
            let start = headerSize + frame * frameSize
            // Another salt: a frame left from before the log was last restarted, not part of it.
            guard bytes[(start + 8)..<(start + 16)].elementsEqual(salt) else { break }
            checksum.add(bytes[start..<(start + 8)])
            checksum.add(bytes[(start + frameHeaderSize)..<(start + frameSize)])
            guard checksum.first == bytes.bigEndianWord(at: start + 16), checksum.second == bytes.bigEndianWord(at: start + 20) else {
                brokenFrame = frame
                break
            }
            frame += 1
            if bytes.bigEndianWord(at: start) == 1 {
                pendingFirstPage = Array(bytes[(start + frameHeaderSize)..<(start + frameSize)])
            }
            if bytes.bigEndianWord(at: start + 4) != 0 {
                committed = frame
                if let pendingFirstPage { firstPage = pendingFirstPage }
            }
        }
        if let index, index.salt.elementsEqual(salt), index.maxFrame > committed {
            let which = brokenFrame.map { "frame \($0 + 1) is damaged" } ?? "it ends early"
            throw Damage("the write-ahead log is damaged: \(which), so \(index.maxFrame - committed) committed changes cannot be read")
        }
        return WriteAheadLog(committedFrames: committed, firstPage: firstPage, pageSize: pageSize)
    }

    struct Damage: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// SQLite's log checksum: two running sums over 32-bit words, in the byte order the
    /// log's magic number gives. Wrapping arithmetic, as in C.
    struct Checksum {
        var bigEndian: Bool
        var first: UInt32 = 0
        var second: UInt32 = 0

        mutating func add(_ bytes: ArraySlice<UInt8>) {
            var index = bytes.startIndex
            while index + 8 <= bytes.endIndex {
                let a = word(bytes, index), b = word(bytes, index + 4)
                first = first &+ a &+ second
                second = second &+ b &+ first
                index += 8
            }
        }

        private func word(_ bytes: ArraySlice<UInt8>, _ at: Int) -> UInt32 {
            let b0 = UInt32(bytes[at]), b1 = UInt32(bytes[at + 1]), b2 = UInt32(bytes[at + 2]), b3 = UInt32(bytes[at + 3])
            return bigEndian ? (b0 << 24 | b1 << 16 | b2 << 8 | b3) : (b3 << 24 | b2 << 16 | b1 << 8 | b0)
        }
    }
}

/// The header of the log's index (`-shm`), in the machine's own byte order: how many frames
/// were committed, how many of them were already copied into the database file, and the salt
/// of the log they belong to. Nil when missing or not valid (two equal copies, a good
/// checksum), as after a reboot; then only the log's own checks apply.
struct WALIndex {
    var maxFrame: Int
    var backfilled: Int
    var salt: ArraySlice<UInt8>

    init?(bytes: [UInt8]?) {
        guard let bytes, bytes.count >= 136 else { return nil }
        let header = bytes[0..<48]
        guard header.elementsEqual(bytes[48..<96]), bytes.nativeWord(at: 0) == 3_007_000, bytes[12] == 1 else { return nil }
        var checksum = WriteAheadLog.Checksum(bigEndian: UInt32(1).bigEndian == 1)
        checksum.add(bytes[0..<40])
        guard checksum.first == bytes.nativeWord(at: 40), checksum.second == bytes.nativeWord(at: 44) else { return nil }
        maxFrame = Int(bytes.nativeWord(at: 16))
        salt = bytes[32..<40]
        backfilled = Int(bytes.nativeWord(at: 96))
    }
}

extension [UInt8] {
    func bigEndianWord(at offset: Int) -> UInt32 {
        UInt32(self[offset]) << 24 | UInt32(self[offset + 1]) << 16 | UInt32(self[offset + 2]) << 8 | UInt32(self[offset + 3])
    }

    func nativeWord(at offset: Int) -> UInt32 {
        var value: UInt32 = 0
        Swift.withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: self[offset..<(offset + 4)]) }
        return value
    }
}
