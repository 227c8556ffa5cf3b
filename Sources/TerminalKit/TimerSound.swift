#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// What a running exercise sounds like, so two people looking at each other (not at the
/// screen) can follow it: the bell, a speech synthesizer, or nothing.
public enum TimerSound: Sendable, Equatable {
    case quiet
    /// The terminal bell: once for a cue, a breath in or a hold, twice for a breath out.
    case bell
    /// Cues and phases said aloud; nothing rings.
    case speech(SpeechSynthesizer)

    /// Bell rings for a moment: breathing out is told apart from breathing in by ear.
    static func rings(for moment: Moment) -> Int {
        switch moment {
        case .phase(.exhale): 2
        default: 1
        }
    }

    /// A moment worth hearing.
    public enum Moment: Equatable, Sendable {
        /// A timer cue ("Halfway.").
        case cue(String)
        case phase(BreathingPacer.Phase)
        /// The exercise is over; what the closing line says.
        case end(String)

        /// What a synthesizer says.
        var words: String {
            switch self {
            case .cue(let text), .end(let text): text
            case .phase(let phase): phase.words
            }
        }
    }
}

/// `espeak-ng` or `spd-say`, found on `PATH`, run once per phrase without waiting for it.
public struct SpeechSynthesizer: Sendable, Equatable {
    public let path: String

    /// In order of preference.
    public static let names = ["espeak-ng", "spd-say"]

    public init(path: String) {
        self.path = path
    }

    /// The first synthesizer on `PATH` (as given, or this process's), or nil.
    public static func find(path searchPath: String? = nil) -> SpeechSynthesizer? {
        let folders = (searchPath ?? Environment.value("PATH") ?? "").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where !folder.isEmpty {
                let candidate = folder + "/" + name
                if access(candidate, X_OK) == 0 { return SpeechSynthesizer(path: candidate) }
            }
        }
        return nil
    }

    /// Children still speaking, reaped as new phrases start so none is left a zombie.
    private static let speaking = Mutex<[pid_t]>([])

    /// Starts saying `text` and returns at once; a phrase never holds up the timer.
    public func say(_ text: String) {
        Self.reap()
        let words = TextSanitizer.printableLine(text)
        guard !words.isEmpty else { return }
        var pid: pid_t = 0
        let arguments = [path, words]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // Quiet: the synthesizer's own chatter must not land in the middle of the bar.
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if posix_spawn(&pid, path, &actions, nil, &argv, environ) == 0 {
            Self.speaking.withLock { $0.append(pid) }
        }
    }

    /// Collects the children that have finished; with `waiting`, waits for every one.
    public static func reap(waiting: Bool = false) {
        speaking.withLock { children in
            children.removeAll { pid in
                var status: Int32 = 0
                return waitpid(pid, &status, waiting ? 0 : WNOHANG) != 0
            }
        }
    }
}
