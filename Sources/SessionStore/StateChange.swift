import DateNightCore

/// What one accepted input changed in the engine's state, saved instead of the whole state so
/// an answer costs the same at step 20,000 as at step 20 (issue 14).
///
/// It is the difference itself rather than only the input to replay: a scene edited between
/// playing and resuming would replay differently, while applying what each step produced
/// restores exactly the state that was played. The few small fields are kept whole; the
/// growing collections keep only the entries that changed (and a list only what it gained).
/// Fields fixed at the start of a session (scene, players, seed, explored questions, and any
/// value a later format adds at the start) come from the snapshot the changes are applied to.
struct StateChange: Codable, Equatable {
    var active: PlayerSlot
    var position: EngineState.Position?
    var stack: [EngineState.Frame]
    var stepsDone: Int
    var variables: NestedChange<Value>?
    var answers: NestedChange<EngineState.Answers>?
    var drawn: DrawnChange?
    var visits: KeyedChange<Int>?
    var explored: Set<String>?

    init(from old: EngineState, to new: EngineState) {
        active = new.active
        position = new.position
        stack = new.stack
        stepsDone = new.stepsDone
        variables = NestedChange(from: old.variables, to: new.variables)
        answers = NestedChange(from: old.answers, to: new.answers)
        drawn = DrawnChange(from: old.drawn, to: new.drawn)
        visits = KeyedChange(from: old.visits, to: new.visits)
        explored = old.explored == new.explored ? nil : new.explored
    }

    func apply(to state: inout EngineState) {
        state.active = active
        state.position = position
        state.stack = stack
        state.stepsDone = stepsDone
        variables?.apply(to: &state.variables)
        answers?.apply(to: &state.answers)
        drawn?.apply(to: &state.drawn)
        visits?.apply(to: &state.visits)
        if let explored { state.explored = explored }
    }
}

/// The entries of a dictionary that were set or removed; nil from `init` when none were.
struct KeyedChange<Element: Codable & Equatable>: Codable, Equatable {
    var set: [String: Element] = [:]
    var removed: [String] = []

    init?(from old: [String: Element], to new: [String: Element]) {
        // Equal dictionaries that share storage compare in constant time: most steps leave
        // most of the state untouched.
        guard old != new else { return nil }
        for (key, value) in new where old[key] != value { set[key] = value }
        removed = old.keys.filter { new[$0] == nil }
    }

    func apply(to dictionary: inout [String: Element]) {
        for key in removed { dictionary[key] = nil }
        for (key, value) in set { dictionary[key] = value }
    }
}

/// A dictionary of dictionaries (by scene id, then by name): only the inner entries changed.
struct NestedChange<Element: Codable & Equatable>: Codable, Equatable {
    var changed: [String: KeyedChange<Element>] = [:]
    var removed: [String] = []

    init?(from old: [String: [String: Element]], to new: [String: [String: Element]]) {
        guard old != new else { return nil }
        for (key, inner) in new {
            if let change = KeyedChange(from: old[key] ?? [:], to: inner) { changed[key] = change }
            // A scene's entries that appeared empty still have to appear.
            else if old[key] == nil { changed[key] = KeyedChange(setting: inner) }
        }
        removed = old.keys.filter { new[$0] == nil }
    }

    func apply(to dictionary: inout [String: [String: Element]]) {
        for key in removed { dictionary[key] = nil }
        for (key, change) in changed { change.apply(to: &dictionary[key, default: [:]]) }
    }
}

extension KeyedChange {
    /// Every entry set, for a dictionary that is new (possibly empty).
    init(setting dictionary: [String: Element]) {
        set = dictionary
    }
}

/// The questions drawn, by scene then deck: a deck's list normally only grows, so only what
/// it gained is kept; a list that changed otherwise is kept whole.
struct DrawnChange: Codable, Equatable {
    var changed: [String: [String: ListChange]] = [:]
    var removedScenes: [String] = []
    var removedDecks: [String: [String]] = [:]

    init?(from old: [String: [String: [String]]], to new: [String: [String: [String]]]) {
        guard old != new else { return nil }
        for (scene, decks) in new {
            let before = old[scene] ?? [:]
            if before == decks, old[scene] != nil { continue }
            var lists: [String: ListChange] = [:]
            for (deck, list) in decks where before[deck] != list || before[deck] == nil {
                lists[deck] = ListChange(from: before[deck] ?? [], to: list)
            }
            changed[scene] = lists
            let gone = before.keys.filter { decks[$0] == nil }
            if !gone.isEmpty { removedDecks[scene] = gone }
        }
        removedScenes = old.keys.filter { new[$0] == nil }
    }

    func apply(to drawn: inout [String: [String: [String]]]) {
        for scene in removedScenes { drawn[scene] = nil }
        for (scene, decks) in removedDecks { for deck in decks { drawn[scene]?[deck] = nil } }
        for (scene, lists) in changed {
            var decks = drawn[scene] ?? [:]
            for (deck, change) in lists { change.apply(to: &decks[deck, default: []]) }
            drawn[scene] = decks
        }
    }
}

/// A list as the first `kept` elements of the old one followed by `added`.
struct ListChange: Codable, Equatable {
    var kept: Int
    var added: [String]

    init(from old: [String], to new: [String]) {
        kept = zip(old, new).prefix(while: { $0 == $1 }).count
        added = Array(new[kept...])
    }

    func apply(to list: inout [String]) {
        list = Array(list.prefix(kept)) + added
    }
}
