#if canImport(Glibc)
import Glibc
#endif

/// Lines from a descriptor that is not a terminal (a pipe, a file, a test harness).
///
/// No editing and no echo: the other end already has the whole line. Reads with `poll` so a
/// countdown still ends the prompt on time, and keeps bytes after a newline for the next call.
final class PlainLineInput {
    private let fd: Int32
    private let clock: any MonotonicClock
    private var buffer: [UInt8] = []
    private var ended = false

    init(fd: Int32, clock: any MonotonicClock) {
        self.fd = fd
        self.clock = clock
    }

    func readLine(countdown: CountdownSpec?, reader: LineReader) -> LineEvent {
        let start = clock.now()
        let deadline = countdown.map { start.adding(seconds: $0.totalSeconds * $0.timeScale) }
        let signals = SignalChannel.shared
        while true {
            if let line = takeLine() {
                return .line(line)
            }
            if ended {
                if buffer.isEmpty { return .endOfInput }
                let last = decode(buffer)
                buffer.removeAll()
                return .line(last)
            }
            let timeout = TerminalInput.pollTimeout(until: deadline, now: clock.now())
            if deadline != nil, timeout == 0 {
                reader.writeOut("\n")
                let partial = decode(buffer)
                buffer.removeAll()
                return .timeUp(partial: partial)
            }
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0)]
            if let signals { fds.append(pollfd(fd: signals.fd, events: Int16(POLLIN), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), timeout)
            if ready < 0 {
                if errno == EINTR { continue }
                ended = true
                continue
            }
            if ready == 0 { continue }
            if fds.count > 1, fds[1].revents != 0, let signals, signals.drain().contains(SIGINT) {
                buffer.removeAll()
                reader.writeOut("\n")
                return .interrupted
            }
            if fds[0].revents != 0 {
                var chunk = [UInt8](repeating: 0, count: 4096)
                let count = read(fd, &chunk, chunk.count)
                if count > 0 {
                    buffer.append(contentsOf: chunk[0..<count])
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    ended = true
                }
            }
        }
    }

    /// The first complete line in the buffer, without its `\n` (or `\r\n`).
    private func takeLine() -> String? {
        guard let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        var end = newline
        if end > 0, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = decode(Array(buffer[0..<end]))
        buffer.removeFirst(newline + 1)
        return line
    }

    /// Invalid UTF-8 is repaired (U+FFFD), never trusted or dropped silently.
    private func decode(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
