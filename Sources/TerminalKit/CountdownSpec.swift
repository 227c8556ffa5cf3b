/// A time limit on a prompt, shown as a live `mm:ss` before it.
public struct CountdownSpec: Sendable, Equatable {
    /// In the prompt's own time, before scaling.
    public var totalSeconds: Double
    /// Shown before the time ("Your turn"); sanitized, kept to one line.
    public var label: String
    /// Real seconds per countdown second: 1 normal, 0.01 a hundred times faster, 0 at once.
    public var timeScale: Double

    public init(totalSeconds: Double, label: String = "", timeScale: Double = 1) {
        self.totalSeconds = totalSeconds
        self.label = label
        self.timeScale = timeScale
    }
}
