#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Says "this session is being played here": an exclusive `flock` on the session's own lock
/// file. The kernel lets go of it when the process ends in any way, a SIGKILL or a power cut
/// included, so a game that died never leaves a stale lock behind.
/// See https://man7.org/linux/man-pages/man2/flock.2.html
///
/// Not Sendable: `release` changes the descriptor, and a lock belongs to the one game (or
/// `forget`) that took it, so the compiler keeps it from being shared between threads rather
/// than a promise that it is never released from two at once.
public final class SessionLock {
    public let session: Int64
    private var descriptor: Int32

    /// Takes the lock without waiting, or throws `.inUse` when another process holds it.
    init(session: Int64, path: String) throws(SessionStoreError) {
        self.session = session
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let failure = errno
            if failure == EINTR { continue }
            close(descriptor)
            descriptor = -1
            if failure == EWOULDBLOCK { throw .inUse(session: session) }
            throw .unreadable(file: path, reason: String(cString: strerror(failure)))
        }
    }

    /// Lets go now rather than at the end of the process.
    public func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
