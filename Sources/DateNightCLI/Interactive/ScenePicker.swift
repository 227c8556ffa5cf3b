import DateNightCore
import TerminalKit

/// The list of scenes to choose from: number, title, about how long, the kinds of closeness
/// and a one-line summary. A scene is picked by number, id or a unique start of its id or title.
struct ScenePicker {
    let screen: ScreenWriter
    let keyboard: Keyboard
    /// Scene ids from the saves: started before, and played to the end.
    var played: Set<String> = []
    var finished: Set<String> = []

    /// The picked scene; nil when the players leave instead.
    func pick(from catalog: SceneCatalog) -> SceneCatalog.Entry? {
        let entries = catalog.listed
        guard !entries.isEmpty else {
            screen.say("There are no scenes to play. 'datenight validate' can tell what is wrong with your scene files.")
            return nil
        }
        show(entries)
        // Titles only: an id and a title that both start with the letters typed would list
        // the same scene twice. (An id still works when typed out.)
        let completions = entries.map(\.scene.title) + ["/help", "/quit"]
        while true {
            guard case .line(let text) = keyboard.ask("Which one? " + screen.style.dim("number or name") + " › ", completions: completions)
            else { return nil }
            let typed = text.trimmingWhitespace()
            if let command = InGameCommand(typed) {
                switch command {
                case .quit: return nil
                default:
                    screen.note("Type the number of a scene, or the first letters of its name (Tab completes). /quit leaves.")
                    continue
                }
            }
            if typed.isEmpty {
                screen.note("Type a number from 1 to \(entries.count), or the first letters of a name.")
                continue
            }
            do {
                return try catalog.resolve(typed)
            } catch {
                screen.note("(" + Self.gentle(error, typed: typed, count: entries.count) + ")")
            }
        }
    }

    static func gentle(_ error: UserFacingError, typed: String, count: Int) -> String {
        if TypedNumber.read(typed, count: count) != nil { return "There's no scene \(typed.prefix(24)) here; the numbers go from 1 to \(count)." }
        if error.status == ExitStatus.usage { return error.message }
        return "No scene starts with '\(typed.prefix(40))'. Try a number from the list."
    }

    private func show(_ entries: [SceneCatalog.Entry]) {
        screen.blank()
        screen.say("Pick a scene for tonight:", .bold)
        screen.blank()
        let numberWidth = String(entries.count).count
        for (index, entry) in entries.enumerated() {
            let listing = Self.listing(for: entry.scene, number: index + 1, numberWidth: numberWidth, width: screen.fullWidth,
                                       glyphs: screen.glyphs, played: played.contains(entry.scene.id),
                                       finished: finished.contains(entry.scene.id))
            screen.raw(screen.style.bold(listing.title) + screen.style.dim(listing.details) + "\n")
            screen.raw(screen.style.apply([], listing.summary) + "\n")
        }
        screen.blank()
    }

    /// Two lines a scene, so the whole list fits a small window: the title with its minutes
    /// and kinds of closeness, then the summary, each cut to the width when it is longer.
    static func listing(for scene: Scene, number: Int, numberWidth: Int, width: Int, glyphs: ProgressBar.Glyphs,
                        played: Bool = false, finished: Bool = false) -> (title: String, details: String, summary: String) {
        let ellipsis = glyphs == .unicode ? "\u{2026}" : "..."
        let lead = "  " + String(number).leftPadded(to: numberWidth) + ". "
        let indent = String(repeating: " ", count: lead.count)
        var details = " · about \(scene.minutes) min · " + scene.kinds.map(\.rawValue).joined(separator: ", ")
        if finished {
            details += " · played before"
        } else if played {
            details += " · started before"
        }
        let title = DisplayWidth.truncate(lead + TextSanitizer.printableLine(scene.title), to: width, ellipsis: ellipsis)
        let room = max(0, width - DisplayWidth.of(title))
        let shownDetails = room > 8 ? StepHeader.shortened(details, to: room, ellipsis: ellipsis) : ""
        let summary = StepHeader.shortened(indent + TextSanitizer.printableLine(scene.summary), to: width, ellipsis: ellipsis)
        return (title, shownDetails, summary)
    }
}
