import Foundation
import Synchronization
import TerminalKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `datenight test` shows on standard error while it works.
///
/// On a terminal, after the first second, one line redrawn in place (the scenes being
/// explored, situations so far, scenes done) and cleared at the end. With `--plain` or
/// `TERM=dumb`, the "testing SCENE…" line of each scene and, every few seconds, a line with the
/// count so far. When standard error is not a terminal, only the "testing SCENE…" lines, exactly
/// as before progress existed: scripts and tests read that output.
final class ExplorationProgress: Sendable {
    enum Style: Sendable {
        case redrawn, lines, quiet
    }

    private struct Shown {
        var situations = 0
        var scenesDone = 0
        var running: [String] = []
        var lastShown: ContinuousClock.Instant?
        var lineOnScreen = false
    }

    let style: Style
    private let sceneCount: Int
    private let started = ContinuousClock.now
    private let shown = Mutex(Shown())

    /// Nothing is shown before this, so that a quick run looks as it always did.
    private static let delay = Duration.seconds(1)
    private static let redrawInterval = Duration.milliseconds(100)
    private static let lineInterval = Duration.seconds(5)

    init(sceneCount: Int, plainRequested: Bool) {
        self.sceneCount = sceneCount
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if !Terminal.isTerminal(2) {
            style = .quiet
        } else if plainRequested || term == "dumb" || term.isEmpty {
            style = .lines
        } else {
            style = .redrawn
        }
    }

    func started(_ sceneID: String) {
        shown.withLock { shown in
            shown.running.append(sceneID)
            if style == .lines { StandardError.write("testing \(sceneID)…") }
        }
    }

    func explored(_ situations: Int) {
        shown.withLock { shown in
            shown.situations += situations
            show(&shown)
        }
    }

    func completed(_ sceneID: String) {
        shown.withLock { shown in
            shown.running.removeAll { $0 == sceneID }
            shown.scenesDone += 1
        }
    }

    /// Called in the order results are printed; `body` prints the scene's result on standard
    /// output, with the progress line out of its way.
    func finished(_ sceneID: String, printing body: () -> Void) {
        shown.withLock { shown in
            if style == .quiet { StandardError.write("testing \(sceneID)…") }
            clear(&shown)
            body()
            // Piped, standard output stays buffered as it always was, so that the two streams
            // interleave as before when they share a pipe.
            guard style != .quiet else { return }
            fflush(nil)
            show(&shown)
        }
    }

    /// Takes the progress line off the screen for good.
    func end() {
        shown.withLock { clear(&$0) }
    }

    private func show(_ shown: inout Shown) {
        let now = ContinuousClock.now
        guard style != .quiet, now - started >= Self.delay else { return }
        let interval = style == .redrawn ? Self.redrawInterval : Self.lineInterval
        if let last = shown.lastShown, now - last < interval { return }
        shown.lastShown = now
        let count = Self.grouped(shown.situations)
        let running = shown.running.isEmpty ? "" : "testing \(shown.running.joined(separator: ", ")): "
        let line = "\(running)\(count) situations explored, \(shown.scenesDone) of \(sceneCount) scenes done"
        switch style {
        case .redrawn:
            let width = max(10, Terminal.size(of: 2).columns - 1)
            let fitted = String(TextSanitizer.printableLine(line).prefix(width))
            StandardError.writeControl("\r\u{1B}[K" + fitted)
            shown.lineOnScreen = true
        case .lines:
            StandardError.write(line)
        case .quiet:
            break
        }
    }

    /// 1234567 as "1,234,567".
    static func grouped(_ number: Int) -> String {
        var digits = String(number)
        var index = digits.count - 3
        while index > (number < 0 ? 1 : 0) {
            digits.insert(",", at: digits.index(digits.startIndex, offsetBy: index))
            index -= 3
        }
        return digits
    }

    private func clear(_ shown: inout Shown) {
        guard shown.lineOnScreen else { return }
        StandardError.writeControl("\r\u{1B}[K")
        shown.lineOnScreen = false
    }
}
