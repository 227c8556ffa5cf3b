import Foundation
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
    private static let format = "datenight scene listing 1"
    let file: String
    let key: String

    private struct Stored: Codable {
        var key: String
        var listing: SceneListing
    }

    /// Nil when there is no cache folder to use (no `HOME`).
    init?(fingerprint: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let folder = Self.folder(environment: environment), let binary = Self.binaryIdentity() else { return nil }
        file = folder + "/scene-listing.json"
        key = Self.format + "\n" + binary + "\n" + fingerprint
    }

    static func folder(environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return cache + "/datenight"
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return home + "/.cache/datenight"
    }

    /// The running binary as a file: a rebuilt or upgraded datenight may check scenes differently.
    private static func binaryIdentity() -> String? {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return nil }
        return "\(status.st_dev):\(status.st_ino):\(status.st_size):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }

    func load() -> SceneListing? {
        guard let bytes = try? FileReading.bytes(at: file),
              let stored = try? JSONDecoder().decode(Stored.self, from: Data(bytes)),
              stored.key == key else { return nil }
        return stored.listing
    }

    /// Written to a temporary file and renamed over the old one, so a reader never sees half a file.
    func store(_ listing: SceneListing) {
        guard let data = try? JSONEncoder().encode(Stored(key: key, listing: listing)) else { return }
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
