import DateNightCore
import Foundation
import SessionStore
import TerminalKit

/// `datenight` alone: one evening, from the first hello to goodnight. Names once, the time
/// they have once, then scene after scene with "What next?" in between, until "That's us for
/// tonight" (or Ctrl-D, or the end of the input) brings a short recap and a kind goodbye.
/// Scenes are played by calling the play functions directly, through one front end (so one
/// line reader and its history) for the whole evening.
final class Evening {
    struct Played {
        var title: String
        var finished: Bool
        var sessionID: Int64?
    }

    let frontEnd: any FrontEnd
    let global: GlobalOptions
    let options: PlayOptions
    private var players: Players?
    private var minutesLeft: Int?
    private var played: [Played] = []
    private var playedIDs: Set<String> = []
    private var focus: Closeness?
    private var startedAt: Date?
    /// Plain lines ran out: nothing more can be asked, only said.
    private var inputEnded = false
    private var stoppedInScene = false

    init(frontEnd: any FrontEnd, global: GlobalOptions, options: PlayOptions) {
        self.frontEnd = frontEnd
        self.global = global
        self.options = options
        players = options.players
    }

    private var screen: ScreenWriter { frontEnd.screen }
    private var keyboard: Keyboard { frontEnd.keyboard }

    func run() throws {
        let menu = MainMenu(screen: screen, keyboard: keyboard)
        var greet = true
        while true {
            let unfinished = SavesLookup(dataDirectory: global.dataDirectory).unfinished()
            let note = unfinished.first.map { "\($0.sceneTitle), \($0.players.joined(separator: " & "))" }
                .map { unfinished.count > 1 ? "\($0), or another" : $0 }
            switch menu.choose(resumeNote: note, greet: greet) {
            case .start:
                guard ensureNames() else { return goodbye() }
                askTime()
                return try evening(startingWith: nil)
            case .resume:
                guard let saved = pickUnfinished(unfinished) else { greet = false; continue }
                if players == nil, saved.players.count == 2 { players = Players(first: saved.players[0], second: saved.players[1]) }
                askTime()
                return try evening(startingWith: saved)
            case .progress:
                screen.blank()
                let catalog = try global.catalog()
                let saved = try global.existingSaves().map { store in
                    try reportingStoreErrors { () throws(SessionStoreError) in
                        (try store.sessions(), try store.exercises(), try store.exploredQuestions())
                    }
                } ?? ([], [], [])
                ProgressReport(sessions: saved.0, exercises: saved.1, explored: saved.2, catalog: catalog)
                    .lines(glyphs: screen.glyphs).forEach { screen.say($0) }
                greet = false
            case .quit:
                return goodbye()
            }
        }
    }

    // MARK: - The loop

    private func evening(startingWith saved: SavedSession?) throws {
        let catalog = try global.catalog()
        startedAt = Date()
        if let saved {
            let outcome = try SessionResumer(global: global, frontEnd: frontEnd).resume(saved.id)
            if let outcome {
                note(saved.sceneID, title: saved.sceneTitle, outcome: outcome, sessionID: saved.id, minutes: catalog.entries.first { $0.scene.id == saved.sceneID }?.scene.minutes ?? 0)
                guard try carryOn(after: outcome) else { return recap() }
            }
        }
        while true {
            guard let entry = whatNext(catalog) else { return recap() }
            guard let players else { return recap() }
            let (session, recorder) = try PlayCommand.newSession(entry, library: catalog.scenes, players: players,
                                                                 seed: options.seed, record: true, global: global)
            let outcome = try frontEnd.play(session, recorder: recorder, resuming: false, notes: [], global: global)
            if entry.scene.id == "closeness-check", case .string(let found)? = session.interpreter.state.variables[entry.scene.id]?["focus"] {
                focus = Closeness(rawValue: found)
            }
            note(entry.scene.id, title: entry.scene.title, outcome: outcome, sessionID: recorder.sessionID, minutes: entry.scene.minutes)
            guard try carryOn(after: outcome) else { return recap() }
        }
    }

    private func note(_ id: String, title: String, outcome: PlayOutcome, sessionID: Int64?, minutes: Int) {
        played.append(Played(title: title, finished: outcome == .finished, sessionID: sessionID))
        playedIDs.insert(id)
        if let left = minutesLeft { minutesLeft = left - minutes }
    }

    /// Back to "What next?" after a scene that ended; the evening ends when they stopped.
    private func carryOn(after outcome: PlayOutcome) throws -> Bool {
        switch outcome {
        case .finished: return true
        case .stopped:
            // They stopped for tonight in the middle of a scene: a recap, no more questions.
            stoppedInScene = true
            return false
        case .endOfInput:
            inputEnded = true
            return false
        case .recordingFailed: throw ExitStatus.ioError
        }
    }

    // MARK: - Asking

    private func ensureNames() -> Bool {
        guard players == nil else { return true }
        players = frontEnd.askNames(global: global)
        // A returning couple is greeted by what they did last, from their own sessions only.
        if let players, let line = ReturningCouple.greeting(for: players, dataDirectory: global.dataDirectory) {
            screen.note(line)
        }
        return players != nil
    }

    static let timeOptions: [(label: String, minutes: Int?)] = [("About 20 minutes", 20), ("An hour", 60), ("No rush", nil)]

    /// Once an evening, and only if they like: it shapes the suggestions, nothing else.
    private func askTime() {
        screen.blank()
        screen.say("How much time do you have tonight?", .bold)
        for (index, option) in Self.timeOptions.enumerated() { screen.hanging(option.label, lead: "  \(index + 1). ") }
        screen.note("Enter skips; it only helps the game suggest things.")
        screen.blank()
        while true {
            guard case .line(let text) = keyboard.ask("Time tonight › ", completions: Self.timeOptions.map(\.label)) else { return }
            let typed = text.trimmingWhitespace()
            if typed.isEmpty { return }
            if let number = ChoiceMatcher.match(typed, options: Self.timeOptions.map(\.label)) {
                minutesLeft = Self.timeOptions[number - 1].minutes
                return
            }
            screen.note("Type 1, 2 or 3, or just press Enter.")
        }
    }

    static let doneLabel = "That's us for tonight"

    /// The scene to play next; nil for "That's us for tonight", Ctrl-D or the end of the input.
    private func whatNext(_ catalog: SceneCatalog) -> SceneCatalog.Entry? {
        let entries = catalog.listed
        guard !entries.isEmpty else {
            screen.say("There are no scenes to play. 'datenight validate' can tell what is wrong with your scene files.")
            return nil
        }
        let history = SavesLookup(dataDirectory: global.dataDirectory).playedScenes()
        screen.blank()
        screen.say(played.isEmpty ? "What shall we start with?" : "What next?", .bold)
        if let left = minutesLeft, !played.isEmpty {
            screen.note(left > 0 ? "About \(left) minutes left of the time you set aside." : "That's about the time you set aside; anything more is a bonus.")
        }
        let suggestions = EveningSuggestions(
            scenes: entries.map { .init(id: $0.scene.id, title: $0.scene.title, minutes: $0.scene.minutes, kinds: $0.scene.kinds) },
            playedBefore: history.played, playedTonight: playedIDs,
            recentKinds: SavesLookup(dataDirectory: global.dataDirectory).recentKinds(), minutesLeft: minutesLeft, focus: focus
        ).suggestions()
        if !suggestions.isEmpty {
            screen.blank()
            screen.say("A few ideas:")
            for suggestion in suggestions {
                guard let index = entries.firstIndex(where: { $0.scene.id == suggestion.id }) else { continue }
                let scene = entries[index].scene
                screen.hanging("\(scene.title) (about \(scene.minutes) min): \(suggestion.why)", lead: "  \(index + 1). ")
            }
        }
        screen.blank()
        screen.say(suggestions.isEmpty ? "Everything:" : "Or anything else:")
        for (index, entry) in entries.enumerated() {
            var details = " · about \(entry.scene.minutes) min"
            if playedIDs.contains(entry.scene.id) { details += " · played tonight" } else if history.finished.contains(entry.scene.id) { details += " · played before" }
            let line = "  \(String(index + 1).leftPadded(to: String(entries.count + 1).count)). " + TextSanitizer.printableLine(entry.scene.title)
            screen.raw(screen.style.bold(DisplayWidth.truncate(line, to: screen.fullWidth)) + screen.style.dim(StepHeader.shortened(details, to: max(0, screen.fullWidth - DisplayWidth.of(line)), ellipsis: "...")) + "\n")
        }
        let doneNumber = entries.count + 1
        screen.hanging(Self.doneLabel, lead: "  \(doneNumber). ")
        screen.blank()
        let completions = entries.map(\.scene.title) + [Self.doneLabel, "/quit"]
        while true {
            guard case .line(let text) = keyboard.ask("Which one? " + screen.style.dim("number or name") + " › ", completions: completions)
            else {
                inputEnded = !frontEnd.isInteractive
                return nil
            }
            let typed = text.trimmingWhitespace()
            if let command = InGameCommand(typed) {
                if command == .quit { return nil }
                screen.note("Type the number of a scene, or the first letters of its name. \(doneNumber) ends the evening.")
                continue
            }
            if typed.isEmpty {
                screen.note("Type a number from 1 to \(doneNumber), or the first letters of a name.")
                continue
            }
            if typed == String(doneNumber) || ["that's us", "thats us", "done", "bye", "q", "quit"].contains(where: { typed.lowercased().hasPrefix($0) }) {
                return nil
            }
            do {
                return try catalog.resolve(typed)
            } catch {
                screen.note("(" + ScenePicker.gentle(error, typed: typed, count: doneNumber) + ")")
            }
        }
    }

    /// Any unfinished session, not only the latest; nil when they change their mind.
    private func pickUnfinished(_ sessions: [SavedSession]) -> SavedSession? {
        guard sessions.count > 1 else { return sessions.first }
        screen.blank()
        screen.say("Which one shall we carry on?", .bold)
        let labels = sessions.map { "\($0.sceneTitle), \($0.players.joined(separator: " & ")) (session \($0.id))" }
        for (index, label) in labels.enumerated() { screen.hanging(label, lead: "  \(index + 1). ") }
        screen.blank()
        while true {
            guard case .line(let text) = keyboard.ask("Carry on › ", completions: labels + ["/quit"]) else { return nil }
            let typed = text.trimmingWhitespace()
            if typed.isEmpty || InGameCommand(typed) == .quit { return nil }
            if let number = ChoiceMatcher.match(typed, options: labels) { return sessions[number - 1] }
            screen.note("Type a number from 1 to \(sessions.count); Enter goes back.")
        }
    }

    // MARK: - Goodnight

    private func recap() {
        screen.blank()
        screen.say("That's us for tonight.", .bold)
        guard !played.isEmpty else { return goodbye() }
        screen.blank()
        screen.say("Tonight you played:")
        for scene in played {
            var line = scene.title
            if !scene.finished, let id = scene.sessionID {
                line += " (stopped partway; 'datenight resume \(id)\(global.savesArguments)' carries on)"
            }
            screen.hanging(line, lead: "  - ")
        }
        let minutes = Int((Date().timeIntervalSince(startedAt ?? Date()) / 60).rounded())
        screen.say(minutes < 1 ? "A few minutes together." : "About \(minutes) minute\(minutes == 1 ? "" : "s") together.")
        if let players, !inputEnded, !stoppedInScene {
            screen.blank()
            screen.note("One line each about tonight, if you like (Enter skips).")
            var lines: [(String, String)] = []
            for name in [players.first, players.second] {
                guard case .line(let text) = keyboard.ask(name + " › ") else { break }
                let said = text.trimmingWhitespace()
                if !said.isEmpty { lines.append((name, said)) }
            }
            if !lines.isEmpty {
                screen.blank()
                for (name, said) in lines { screen.hanging("\u{201C}\(said)\u{201D}", lead: "  \(name): ") }
            }
        }
        goodbye()
    }

    private func goodbye() {
        screen.blank()
        if let players {
            screen.say("Goodnight, \(players.first) and \(players.second). Thank you for making time for each other.")
        } else {
            screen.say("Goodbye for now. Take good care of each other.")
        }
        screen.blank()
    }
}
