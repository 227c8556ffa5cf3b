import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// SIGINT, SIGWINCH and SIGCONT as readable events instead of asynchronous interruptions.
///
/// A signal handler may do almost nothing safely, and certainly not redraw a readline
/// prompt. Blocking the two signals and reading them from a signalfd turns them into
/// ordinary input that the `poll` loops handle between keystrokes, on the one thread that
/// owns the terminal.
final class SignalChannel: Sendable {
    let fd: Int32

    /// SIGCONT too: after Ctrl-Z and `fg` the screen has moved on under us and the line
    /// must be drawn again. (Blocking SIGCONT does not stop it from resuming the process.)
    static let signals: [Int32] = [SIGINT, SIGWINCH, SIGCONT]

    /// Created on first use. `nil` only if the kernel refuses a signalfd, in which case the
    /// loops still work but without resize or Ctrl-C notifications.
    static let shared: SignalChannel? = {
        // If `Terminal.prepareSignalsBeforeAnyThreads` was not called (tests, tools), block
        // at least in this thread so the signalfd can see them here.
        blockInCurrentThread()
        var mask = sigset_t()
        sigemptyset(&mask)
        for signal in signals { sigaddset(&mask, signal) }
        let fd = signalfd(-1, &mask, Int32(SFD_NONBLOCK | SFD_CLOEXEC))
        return fd >= 0 ? SignalChannel(fd: fd) : nil
    }()

    private init(fd: Int32) {
        self.fd = fd
    }

    static func blockInCurrentThread() {
        var mask = sigset_t()
        sigemptyset(&mask)
        for signal in signals { sigaddset(&mask, signal) }
        pthread_sigmask(SIG_BLOCK, &mask, nil)
    }

    /// Signals that arrived since the last call, oldest first; never blocks.
    func drain() -> [Int32] {
        var received: [Int32] = []
        var info = signalfd_siginfo()
        let size = MemoryLayout<signalfd_siginfo>.size
        while read(fd, &info, size) == size {
            received.append(Int32(bitPattern: info.ssi_signo))
        }
        return received
    }
}
