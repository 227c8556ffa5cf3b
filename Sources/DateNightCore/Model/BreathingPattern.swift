/// Seconds for each phase of one breath; holds of zero are left out.
public struct BreathingPattern: Hashable, Sendable, Codable {
    public var inhale: Int
    public var holdFull: Int
    public var exhale: Int
    public var holdEmpty: Int

    public init(inhale: Int, holdFull: Int, exhale: Int, holdEmpty: Int) {
        self.inhale = inhale
        self.holdFull = holdFull
        self.exhale = exhale
        self.holdEmpty = holdEmpty
    }

    public var secondsPerCycle: Int { inhale + holdFull + exhale + holdEmpty }
}
