import ArgumentParser
import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// Commands that may read keys at a live terminal (readline prompts, timers). While one of
/// them runs at a terminal, Ctrl-C is read as a key ("clear the line"), not left to kill.
protocol InteractiveCommand {}

extension PlayCommand: InteractiveCommand {}
extension ResumeCommand: InteractiveCommand {}
extension MenuCommand: InteractiveCommand {}

extension DateNight {
    /// The program's entry point: `datenight` with the process's arguments.
    ///
    /// Signal masks are inherited by every thread, so SIGINT, SIGWINCH and SIGCONT are
    /// blocked (and the terminal state saved, with the handlers that restore it on SIGTERM,
    /// SIGHUP and exit) before anything can start a thread. A command that never reads keys
    /// at a terminal then gets the ordinary Ctrl-C back, so a long `datenight test` or a
    /// scripted `play` still stops when asked.
    public static func launch() {
        Terminal.prepareSignalsBeforeAnyThreads()
        do {
            var command = try parseAsRoot()
            if !(command is InteractiveCommand && TerminalFrontEnd.isAvailable) {
                allowInterruptToStop()
            }
            try command.run()
        } catch {
            exitSanitizing(error)
        }
    }

    /// Unblocks SIGINT in this (the main) thread: the kernel delivers a process-wide signal to
    /// a thread that does not block it, and its default action ends the process.
    static func allowInterruptToStop() {
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
    }
}
