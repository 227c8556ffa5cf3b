/// What exploring a scene found. Empty `problems` means every path the players can take
/// reaches an end, shows no hole where an answer should be, and every node is used.
public struct ExplorationReport: Sendable {
    public struct Problem: Hashable, Sendable, Comparable {
        public enum Kind: String, Sendable, Comparable {
            case neverReached = "never reached"
            case noWayOut = "no way out"
            case unfilledPlaceholder = "unfilled placeholder"
            case stuck = "loops without asking"

            public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
        }

        public var kind: Kind
        public var sceneID: String
        public var nodeID: String
        public var detail: String

        public static func < (lhs: Problem, rhs: Problem) -> Bool {
            (lhs.sceneID, lhs.nodeID, lhs.kind, lhs.detail) < (rhs.sceneID, rhs.nodeID, rhs.kind, rhs.detail)
        }
    }

    public var sceneID: String
    /// Distinct situations explored (position, call stack, variables, turn, answered flags).
    public var statesExplored = 0
    /// Inputs tried across all explored situations.
    public var transitions = 0
    /// Distinct ways the scene ended.
    public var endingsReached = 0
    public var randomWalks = 0
    /// How many histories of earlier sessions were explored (1 when the scenes recall none).
    public var earlierSessionsTried = 1
    /// True when the state limit cut exploration short: the findings are then incomplete.
    public var truncated = false
    public var problems: [Problem] = []

    public var passed: Bool { problems.isEmpty && !truncated }
}
