import TerminalKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The last scene listing, kept in `$XDG_CACHE_HOME/datenight` (else `~/.cache/datenight`)
/// with everything it was made from: each scene file's path, origin and content hash, and the
/// binary that checked them. It is used only when all of that is unchanged, so it can never
/// show a scene that was edited since, or one that this datenight would refuse. Anything
/// wrong with the file (missing, damaged, another version's) only means loading afresh;
/// failing to write it is not an error either.
/// See https://specifications.freedesktop.org/basedir-spec/latest/
struct ListingCache {
    private static let format = "datenight scene listing 2"
    let file: String
    let key: String

    /// Nil when there is no cache folder to use (no `HOME`).
    init?(fingerprint: String, environment: (String) -> String? = Environment.value) {
        guard let folder = Self.folder(environment: environment), let binary = Self.binaryIdentity() else { return nil }
        file = folder + "/scene-listing"
        key = Self.format + "\n" + binary + "\n" + fingerprint
    }

    static func folder(environment: (String) -> String?) -> String? {
        if let cache = environment("XDG_CACHE_HOME"), cache.hasPrefix("/") {
            return cache + "/datenight"
        }
        guard let home = environment("HOME"), home.hasPrefix("/") else { return nil }
        return home + "/.cache/datenight"
    }

    /// The running binary as a file: a rebuilt or upgraded datenight may check scenes differently.
    private static func binaryIdentity() -> String? {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return nil }
        return "\(status.st_dev):\(status.st_ino):\(status.st_size):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }

    /// A digest of a scene file's bytes for the cache's key, in four lanes of eight bytes.
    /// Sessions keep `ContentHash` (FNV-1a, a byte a step), which this must not replace; here,
    /// where every scene file is hashed on every listing, it costs a fifth as much. Each step
    /// maps a lane's state one to one for any input word, so an edit to one word always changes
    /// the digest; like FNV-1a it is meant for accidental edits, not forged ones.
    static func digest(of bytes: [UInt8]) -> String {
        let multiplier: UInt64 = 0xff51_afd7_ed55_8ccd
        var a: UInt64 = 0x9e37_79b9_7f4a_7c15, b: UInt64 = 0xc2b2_ae3d_27d4_eb4f
        var c: UInt64 = 0x1656_67b1_9e37_79f9, d = UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset + 32 <= raw.count {
                a = (a ^ base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
                b = (b ^ base.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* multiplier
                c = (c ^ base.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)) &* multiplier
                d = (d ^ base.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)) &* multiplier
                offset += 32
            }
            while offset < raw.count {
                var word: UInt64 = 0
                for index in offset..<min(offset + 8, raw.count) { word = word << 8 | UInt64(raw[index]) }
                d = (d ^ word) &* multiplier
                offset += 8
            }
        }
        let mixed = [a, b, c, d].enumerated().reduce(UInt64(0)) { digest, lane in
            let value = lane.element ^ (lane.element >> 29)
            return digest ^ (value << (16 * lane.offset) | value >> ((64 - 16 * lane.offset) % 64))
        }
        return String(mixed, radix: 16)
    }

    func load() -> SceneListing? {
        guard let bytes = try? FileReading.bytes(at: file) else { return nil }
        var reader = ListingRecord.Reader(bytes)
        guard reader.string() == key, let listing = SceneListing(reading: &reader), reader.isAtEnd else { return nil }
        return listing
    }

    /// Written to a temporary file and renamed over the old one, so a reader never sees half a file.
    func store(_ listing: SceneListing) {
        var writer = ListingRecord.Writer()
        writer.string(key)
        listing.write(to: &writer)
        let data = writer.bytes
        let folder = String(file[..<file.lastIndex(of: "/")!])
        var path = ""
        for part in folder.split(separator: "/") {
            path += "/" + part
            mkdir(path, 0o700)
        }
        let temporary = file + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return }
        let complete = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                if written <= 0 { return false }
                offset += written
            }
            return true
        }
        close(descriptor)
        if !complete || rename(temporary, file) != 0 { unlink(temporary) }
    }
}
