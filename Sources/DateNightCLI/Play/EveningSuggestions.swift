import DateNightCore

/// Two or three scenes for "What next?", each with a few warm words on why, from what the
/// couple has: what the closeness check found tonight, the kinds of closeness they have had
/// least of lately, scenes they have not tried, and the time they said they have. Pure, so
/// every case can be tested; never a judgement, only an offer.
struct EveningSuggestions {
    struct Scene: Equatable {
        var id: String
        var title: String
        var minutes: Int
        var kinds: [Closeness]
    }

    struct Suggestion: Equatable {
        var id: String
        var why: String
    }

    var scenes: [Scene]
    /// Scene ids ever played together.
    var playedBefore: Set<String>
    /// Scene ids played this evening: not offered again.
    var playedTonight: Set<String>
    /// Sessions per kind of closeness in the last 30 days.
    var recentKinds: [Closeness: Int]
    /// Minutes left of the time they said they have; nil for no rush (or not said).
    var minutesLeft: Int?
    /// What the closeness check found tonight, when it was played.
    var focus: Closeness?

    static let limit = 3

    func suggestions() -> [Suggestion] {
        let open = scenes.filter { !playedTonight.contains($0.id) }
        let fitting = minutesLeft.map { left in open.filter { $0.minutes <= max(left, 5) } } ?? open
        let pool = fitting.isEmpty ? open.sorted { $0.minutes < $1.minutes }.prefix(1).map { $0 } : fitting
        var picked: [Suggestion] = []
        func offer(_ scene: Scene?, _ why: String) {
            guard let scene, picked.count < Self.limit, !picked.contains(where: { $0.id == scene.id }) else { return }
            picked.append(Suggestion(id: scene.id, why: why))
        }
        func candidates(_ kind: Closeness) -> [Scene] {
            pool.filter { $0.kinds.contains(kind) }.sorted { lhs, rhs in
                let (newL, newR) = (!playedBefore.contains(lhs.id), !playedBefore.contains(rhs.id))
                return newL != newR ? newL : lhs.kinds.count < rhs.kinds.count
            }
        }
        if let focus {
            offer(candidates(focus).first, "you said you'd like more \(focus.rawValue) closeness")
        }
        let leastHad = Closeness.allCases.sorted { (recentKinds[$0] ?? 0, $0) < (recentKinds[$1] ?? 0, $1) }
        for kind in leastHad.prefix(2) where kind != focus {
            offer(candidates(kind).first { c in !picked.contains { $0.id == c.id } }, "for a little \(kind.rawValue) closeness")
        }
        offer(pool.first { !playedBefore.contains($0.id) && !picked.map(\.id).contains($0.id) }, "one you haven't tried yet")
        if let minutesLeft {
            offer(pool.first { s in !picked.contains { $0.id == s.id } && s.minutes <= minutesLeft },
                  "fits the time you have")
        }
        for scene in pool where picked.count < 2 {
            offer(scene, "always a good one")
        }
        // Near the end of the time they have: the shortest of the rest, said as a bonus.
        for scene in open.sorted(by: { $0.minutes < $1.minutes }) where picked.count < 2 {
            offer(scene, "a little over your time, if you're enjoying yourselves")
        }
        return picked
    }
}
