/// Runs a timed step (a countdown or the breathing pacer) in the terminal.
///
/// Keys, read one at a time: space pauses and resumes, `s` skips, `q` (or Ctrl-C) quits.
/// The loop sleeps in `poll` until the next redraw, cue or key; all drawing is delegated to
/// the pure renderers (`CountdownView`, `BreathingPacer`), and all timing goes through a
/// `MonotonicClock`, so tests drive a whole run with a `ManualClock` and `ScriptedInput`.
public final class TimerRunner {
    public struct Options: Sendable {
        /// No in-place redraw: one line per announcement, for screen readers, `TERM=dumb`,
        /// logs and `--plain`.
        public var plain: Bool
        /// Real seconds per step second: 1 normal, 0.01 a hundred times faster, 0 done at once.
        public var timeScale: Double
        public var style: Style
        public var glyphs: ProgressBar.Glyphs
        /// Ring the terminal bell at the end (off when output is not a terminal).
        public var bell: Bool

        public init(
            plain: Bool = false,
            timeScale: Double = 1,
            style: Style = .plain,
            glyphs: ProgressBar.Glyphs = .ascii,
            bell: Bool = true
        ) {
            self.plain = plain
            self.timeScale = timeScale
            self.style = style
            self.glyphs = glyphs
            self.bell = bell
        }

        /// Settings for this process's terminal: plain when asked, when the terminal is
        /// `dumb`, or when output is not a terminal at all.
        public static func detect(plainRequested: Bool, timeScale: Double = 1) -> Options {
            let outputIsTerminal = Terminal.isTerminal(Terminal.standardOutput)
            let dumb = Environment.value("TERM").map { $0 == "dumb" || $0.isEmpty } ?? true
            return Options(
                plain: plainRequested || dumb || !outputIsTerminal,
                timeScale: timeScale,
                style: Style.detect(),
                glyphs: ProgressBar.Glyphs.detect(),
                bell: outputIsTerminal
            )
        }
    }

    /// Redraws closer together than this (in real time) are skipped: at a high time scale
    /// the grid would otherwise ask for hundreds of frames a second.
    static let minimumRealFrameInterval = 1.0 / 30.0

    public var options: Options
    private let input: any InputSource
    private let output: any TextOutput
    private let clock: any MonotonicClock

    public init(
        options: Options,
        input: any InputSource,
        output: any TextOutput,
        clock: any MonotonicClock
    ) {
        self.options = options
        self.input = input
        self.output = output
        self.clock = clock
    }

    /// On standard input and output, with the real clock.
    public convenience init(options: Options) {
        let clock = SystemMonotonicClock()
        self.init(options: options, input: TerminalInput(clock: clock), output: StandardOutput(), clock: clock)
    }

    /// A countdown of `seconds`, with optional cues, ending with the bell and `closing`.
    public func run(
        seconds: Double,
        label: String,
        cues: [TimerCue] = [],
        closing: String = "Time."
    ) -> TimerOutcome {
        let total = seconds.isFinite ? max(0, seconds) : 0
        return loop(CountdownActivity(totalSeconds: total, label: label), cues: cues, closing: closing)
    }

    /// The breathing pacer for all its cycles.
    public func breathe(
        _ pacer: BreathingPacer,
        label: String = "",
        closing: String = "Well done. Let your breath find its own pace again."
    ) -> TimerOutcome {
        loop(BreathingActivity(pacer: pacer, label: label), cues: [], closing: closing)
    }

    static let keysHint = "space pauses, s skips, q quits"

    private func loop(_ activity: some TimedActivity, cues: [TimerCue], closing: String) -> TimerOutcome {
        let total = activity.totalSeconds
        let style = options.style
        let plain = options.plain
        let pendingCues = cues.filter { $0.atSecond.isFinite }.sorted { $0.atSecond < $1.atSecond }

        if options.timeScale <= 0 || !options.timeScale.isFinite || total <= 0 {
            finish(closing: closing, plain: plain)
            return .finished
        }

        return input.withKeyMode {
            var timeline = PausableTimeline(startingAt: clock.now(), timeScale: options.timeScale)
            let minimumStep = Self.minimumRealFrameInterval / options.timeScale
            var nextCue = 0
            var drawn = ""
            var spokenUpTo = 0.0
            var inputEnded = false

            if plain {
                output.write(TextSanitizer.printable(activity.plainIntroduction) + " (" + Self.keysHint + ")\n")
                if let opening = activity.plainOpening { output.write(TextSanitizer.printable(opening) + "\n") }
            } else {
                if let heading = activity.heading {
                    output.write(style.bold(TextSanitizer.printableLine(heading)) + "  " + style.dim(Self.keysHint) + "\n")
                } else {
                    output.write(style.dim(Self.keysHint) + "\n")
                }
                if style.escapes {
                    output.write(ControlSequence.hideCursor)
                    Terminal.cursorHidden = 1
                }
            }
            defer {
                if Terminal.cursorHidden != 0 {
                    output.write(ControlSequence.showCursor)
                    Terminal.cursorHidden = 0
                }
            }

            func say(_ text: String) {
                // A line above the bar: clear the bar's row, print, and let the bar redraw below.
                if plain {
                    output.write(TextSanitizer.printable(text) + "\n")
                } else {
                    output.write(ControlSequence.redrawLine + style.dim(text) + "\n")
                    drawn = ""
                }
            }
            func draw(_ elapsed: Double) {
                guard !plain else { return }
                let line = activity.line(
                    atElapsed: min(elapsed, total), paused: timeline.isPaused,
                    width: output.columns, glyphs: options.glyphs, style: style
                )
                if line != drawn {
                    output.write((style.escapes ? ControlSequence.redrawLine : "\r") + line)
                    drawn = line
                }
            }
            func stopLine() {
                if !plain, !drawn.isEmpty { output.write("\n") }
            }

            while true {
                let now = clock.now()
                let elapsed = timeline.elapsed(at: now)
                while nextCue < pendingCues.count, pendingCues[nextCue].atSecond <= min(elapsed, total) {
                    if pendingCues[nextCue].atSecond < total { say(pendingCues[nextCue].message) }
                    nextCue += 1
                }
                if plain {
                    // Only the latest mark passed is spoken: after a stall (a suspended
                    // laptop) a burst of stale times would only confuse.
                    var latest: String?
                    while let next = activity.nextAnnouncement(after: spokenUpTo), next.at <= elapsed {
                        latest = next.text
                        spokenUpTo = next.at
                    }
                    if let latest { say(latest) }
                }
                if elapsed >= total {
                    draw(total)
                    stopLine()
                    finish(closing: closing, plain: plain)
                    return .finished
                }
                draw(elapsed)

                var deadline: MonotonicInstant? = nil
                if !timeline.isPaused {
                    var wake = total
                    if !plain { wake = min(wake, activity.nextRedraw(after: elapsed, minimumStep: minimumStep)) }
                    if nextCue < pendingCues.count { wake = min(wake, pendingCues[nextCue].atSecond) }
                    if plain, let next = activity.nextAnnouncement(after: spokenUpTo) { wake = min(wake, next.at) }
                    deadline = timeline.instant(whenElapsedReaches: wake)
                }

                switch input.wait(until: deadline) {
                case .timeout:
                    continue
                case .resize:
                    drawn = ""
                case .interrupt:
                    stopLine()
                    return .quit(elapsedSeconds: min(total, timeline.elapsed(at: clock.now())))
                case .endOfInput:
                    // No more keys can come; a paused timer would otherwise wait forever.
                    if inputEnded, timeline.isPaused { return .quit(elapsedSeconds: timeline.elapsed(at: clock.now())) }
                    inputEnded = true
                    if timeline.isPaused { timeline.resume(at: clock.now()) }
                case .bytes(let bytes):
                    for byte in bytes {
                        let at = clock.now()
                        switch byte {
                        case UInt8(ascii: " "):
                            if timeline.isPaused {
                                timeline.resume(at: at)
                                if plain { say("Going on. " + activity.plainStatus(atElapsed: timeline.elapsed(at: at))) }
                            } else {
                                timeline.pause(at: at)
                                if plain { say("Paused. Press space to go on.") }
                            }
                        case UInt8(ascii: "s"), UInt8(ascii: "S"):
                            stopLine()
                            return .skipped(elapsedSeconds: min(total, timeline.elapsed(at: at)))
                        case UInt8(ascii: "q"), UInt8(ascii: "Q"):
                            stopLine()
                            return .quit(elapsedSeconds: min(total, timeline.elapsed(at: at)))
                        default:
                            // Arrow keys, stray letters: ignored, so a bumped key changes nothing.
                            break
                        }
                    }
                }
            }
        }
    }

    private func finish(closing: String, plain: Bool) {
        let bell = options.bell ? ControlSequence.bell : ""
        let text = TextSanitizer.printable(closing)
        output.write(bell + (plain ? text : options.style.bold(text)) + "\n")
    }
}
