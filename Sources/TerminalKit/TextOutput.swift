import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// Where the runners print. The real one is standard output; tests capture into a string.
public protocol TextOutput: AnyObject {
    func write(_ text: String)
    /// Width to render for; asked at every redraw so a resize takes effect at once.
    var columns: Int { get }
}

/// Standard output through C stdio, flushed at once, so it interleaves correctly with
/// readline (which writes to the same `FILE`) and with Swift's `print`.
public final class StandardOutput: TextOutput {
    public init() {}

    public func write(_ text: String) {
        var copy = Typography.forTerminal(text)
        copy.withUTF8 { bytes in
            if let base = bytes.baseAddress {
                _ = fwrite(base, 1, bytes.count, dn_stdout())
            }
        }
        fflush(dn_stdout())
    }

    public var columns: Int { Terminal.size().columns }
}

/// Collects output in memory; for tests of the runners.
public final class CapturedOutput: TextOutput {
    public private(set) var text = ""
    public var columns: Int

    public init(columns: Int = 80) {
        self.columns = columns
    }

    public func write(_ text: String) {
        self.text += text
    }
}
