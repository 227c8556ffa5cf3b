/// The kinds of closeness a scene can serve; the progress tracker counts them.
public enum Closeness: String, CaseIterable, Codable, Sendable, Comparable {
    case emotional, intellectual, physical, experiential, spiritual

    public static func < (lhs: Closeness, rhs: Closeness) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
