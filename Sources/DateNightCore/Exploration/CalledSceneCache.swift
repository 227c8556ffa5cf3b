import Synchronization

/// What exploring a called scene found, kept for every explorer of one run: date night and the
/// closeness check both call love mapping, and meet it the same way (on a first visit, entered
/// by a given player), so it is explored for the first of them and looked up by the other.
///
/// Only for a called scene that calls no other: what such a scene's exploration finds depends
/// on nothing but the scene, the library, the state limit and the player who enters it, so the
/// explorers sharing one must agree on the library and the limit. Explorers running side by
/// side may share one; the second to ask for a scene waits for the first to finish it
/// rather than explore it again.
public final class CalledSceneCache: Sendable {
    struct Key: Hashable, Sendable {
        var sceneID: String
        var enteredBy: PlayerSlot
    }

    /// Everything the exploration of a called scene adds to its caller's.
    struct Outcome: Sendable {
        var exits: Set<PlayerSlot> = []
        var problems: Set<ExplorationReport.Problem> = []
        var entered: Set<String> = []
        var statesExplored = 0
        var transitions = 0
        var truncated = false
    }

    /// One scene and player's outcome, worked out under its own lock.
    private final class Slot: Sendable {
        let outcome = Mutex<Outcome?>(nil)
    }

    private let slots = Mutex<[Key: Slot]>([:])

    public init() {}

    /// The outcome for `key`, from `explore` the first time it is asked for.
    func outcome(for key: Key, explore: () -> Outcome) -> Outcome {
        let slot = slots.withLock { slots in
            if let slot = slots[key] { return slot }
            let slot = Slot()
            slots[key] = slot
            return slot
        }
        return slot.outcome.withLock { known in
            if let known { return known }
            let found = explore()
            known = found
            return found
        }
    }
}
