/// The candidate a mistyped name most likely meant, for "did you mean" hints anywhere (scene
/// fields, commands, scene ids). Words only, no English: the caller phrases the hint.
public enum NearMiss {
    /// The nearest of `candidates` within `maximumDistance` edits of `typed`, or the only one
    /// that starts with it; nil when nothing is close enough to be worth suggesting.
    public static func nearest(to typed: String, among candidates: [String], maximumDistance: Int = 2) -> String? {
        let lowered = typed.lowercased()
        guard !lowered.isEmpty else { return nil }
        let starting = candidates.filter { $0.lowercased().hasPrefix(lowered) }
        if starting.count == 1 { return starting[0] }
        let scored = candidates.map { (candidate: $0, distance: editDistance($0.lowercased(), lowered)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= maximumDistance else { return nil }
        return best.candidate
    }
}
