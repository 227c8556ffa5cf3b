/// Runs a timed step (a countdown or the breathing pacer) in the terminal.
///
/// Keys, read one at a time: Enter or `s` ends the exercise, space pauses and resumes, `q`
/// (or Ctrl-C) asks whether to stop for tonight, Ctrl-Z suspends with the terminal restored.
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
        /// The bell may ring (off when output is not a terminal).
        public var bell: Bool
        /// Bell, speech or silence at cues, breathing phases and the end.
        public var sound: TimerSound

        public init(
            plain: Bool = false,
            timeScale: Double = 1,
            style: Style = .plain,
            glyphs: ProgressBar.Glyphs = .ascii,
            bell: Bool = true,
            sound: TimerSound = .bell
        ) {
            self.plain = plain
            self.timeScale = timeScale
            self.style = style
            self.glyphs = glyphs
            self.bell = bell
            self.sound = sound
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

    /// The key line: the same words in every mode, so it can be learned once.
    static let keysHint = "Enter or s: we're done \u{00B7} space: pause \u{00B7} q: stop for tonight"
    static let plainKeysHint = "Enter or s: we're done; space: pause; q: stop for tonight"
    static let confirmQuestion = "Stop for tonight? y/N"
    /// Real seconds between the two rings of a breath out: close enough to read as one
    /// signal, far enough apart that a terminal does not merge them.
    static let secondRingDelay = 0.3

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
            // Phase changes sounded so far (the first one, at 0, included).
            var soundedUpTo = -1.0
            var secondRing: MonotonicInstant?
            var inputEnded = false

            func hideCursor() {
                if !plain, style.escapes {
                    output.write(ControlSequence.hideCursor)
                    Terminal.cursorHidden = 1
                }
            }
            func showCursor() {
                if Terminal.cursorHidden != 0 {
                    output.write(ControlSequence.showCursor)
                    Terminal.cursorHidden = 0
                }
            }
            if plain {
                output.write(TextSanitizer.printable(activity.plainIntroduction) + " (" + Self.plainKeysHint + ")\n")
                if let opening = activity.plainOpening { output.write(TextSanitizer.printable(opening) + "\n") }
            } else {
                if let heading = activity.heading {
                    output.write(style.bold(TextSanitizer.printableLine(heading)) + "  " + style.dim(Self.keysHint) + "\n")
                } else {
                    output.write(style.dim(Self.keysHint) + "\n")
                }
                hideCursor()
            }
            defer { showCursor() }

            func sound(_ moment: TimerSound.Moment) {
                switch options.sound {
                case .quiet:
                    return
                case .bell:
                    guard options.bell else { return }
                    output.write(ControlSequence.bell)
                    if TimerSound.rings(for: moment) > 1 { secondRing = clock.now().adding(seconds: Self.secondRingDelay) }
                case .speech(let synthesizer):
                    synthesizer.say(moment.words)
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
                drawn = ""
            }
            /// After a resize the old line may have wrapped onto more rows at the new width:
            /// clear all of them, so no half-bar is left behind.
            func clearAfterResize() {
                guard !plain, style.escapes, !drawn.isEmpty else { drawn = ""; return }
                let rows = max(1, (DisplayWidth.of(Style.visibleText(drawn)) + output.columns - 1) / max(1, output.columns))
                output.write(ControlSequence.clearRows(above: rows - 1))
                drawn = ""
            }
            func pause(at instant: MonotonicInstant) {
                timeline.pause(at: instant)
                // A breath paused mid-way starts again at the start of its phase.
                let resumeAt = activity.resumePoint(pausedAt: timeline.elapsed(at: instant))
                timeline.rewind(to: resumeAt)
                if resumeAt < soundedUpTo { soundedUpTo = resumeAt - 1e-9 }
                spokenUpTo = min(spokenUpTo, resumeAt)
                if plain { say("Paused. Press space to go on.") }
            }
            func resume(at instant: MonotonicInstant) {
                timeline.resume(at: instant)
                if plain { say("Going on. " + activity.plainStatus(atElapsed: timeline.elapsed(at: instant))) }
            }
            /// q or Ctrl-C: the evening never ends by surprise. Anything but a yes goes on.
            func confirmStop() -> Bool {
                let at = clock.now()
                let wasRunning = !timeline.isPaused
                if wasRunning { timeline.pause(at: at) }
                stopLine()
                output.write((plain ? Self.confirmQuestion : style.bold(Self.confirmQuestion)) + " ")
                var stop = false
                waiting: while true {
                    switch input.wait(until: nil) {
                    case .bytes(let bytes):
                        guard let key = bytes.first else { continue }
                        stop = key == UInt8(ascii: "y") || key == UInt8(ascii: "Y")
                        break waiting
                    case .interrupt, .endOfInput:
                        stop = true
                        break waiting
                    case .resize, .timeout:
                        continue
                    }
                }
                output.write(stop ? "yes\n" : "no, carrying on\n")
                if !stop, wasRunning { timeline.resume(at: clock.now()) }
                return stop
            }
            /// Ctrl-Z: give the shell its terminal back (cursor shown, keys echoed) and stop;
            /// after `fg` the exercise waits, paused, until space.
            func suspend() {
                let at = clock.now()
                if !timeline.isPaused { pause(at: at) }
                stopLine()
                showCursor()
                input.suspend()
                hideCursor()
            }

            while true {
                let now = clock.now()
                let elapsed = timeline.elapsed(at: now)
                if let ring = secondRing, ring <= now {
                    if options.bell { output.write(ControlSequence.bell) }
                    secondRing = nil
                }
                while nextCue < pendingCues.count, pendingCues[nextCue].atSecond <= min(elapsed, total) {
                    if pendingCues[nextCue].atSecond < total {
                        say(pendingCues[nextCue].message)
                        sound(.cue(pendingCues[nextCue].message))
                    }
                    nextCue += 1
                }
                // Only the latest phase change passed is sounded: after a stall a burst of
                // stale rings would only confuse.
                var latestMoment: TimerSound.Moment?
                while let next = activity.nextMoment(after: soundedUpTo), next.at <= min(elapsed, total), next.at < total {
                    latestMoment = next.moment
                    soundedUpTo = next.at
                }
                if let latestMoment { sound(latestMoment) }
                if plain {
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
                    if let ring = secondRing {
                        // The breath out's second ring, before the closing bell.
                        _ = input.wait(until: ring)
                        if options.bell { output.write(ControlSequence.bell) }
                    }
                    finish(closing: closing, plain: plain)
                    return .finished
                }
                draw(elapsed)

                var deadline: MonotonicInstant? = nil
                if !timeline.isPaused {
                    var wake = total
                    if !plain { wake = min(wake, activity.nextRedraw(after: elapsed, minimumStep: minimumStep)) }
                    if nextCue < pendingCues.count { wake = min(wake, pendingCues[nextCue].atSecond) }
                    if let next = activity.nextMoment(after: soundedUpTo) { wake = min(wake, next.at) }
                    if plain, let next = activity.nextAnnouncement(after: spokenUpTo) { wake = min(wake, next.at) }
                    deadline = timeline.instant(whenElapsedReaches: wake)
                }
                if let ring = secondRing { deadline = deadline.map { min($0, ring) } ?? ring }

                switch input.wait(until: deadline) {
                case .timeout:
                    continue
                case .resize:
                    clearAfterResize()
                case .interrupt:
                    if confirmStop() { return .quit(elapsedSeconds: min(total, timeline.elapsed(at: clock.now()))) }
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
                            if timeline.isPaused { resume(at: at) } else { pause(at: at) }
                        case UInt8(ascii: "s"), UInt8(ascii: "S"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                            stopLine()
                            return .skipped(elapsedSeconds: min(total, timeline.elapsed(at: at)))
                        case UInt8(ascii: "q"), UInt8(ascii: "Q"):
                            if confirmStop() { return .quit(elapsedSeconds: min(total, timeline.elapsed(at: clock.now()))) }
                        case Self.suspendKey:
                            suspend()
                        default:
                            // Arrow keys, stray letters: ignored, so a bumped key changes nothing.
                            break
                        }
                    }
                }
            }
        }
    }

    /// Ctrl-Z, which key mode delivers as a byte rather than as SIGTSTP.
    static let suspendKey: UInt8 = 0x1A

    private func finish(closing: String, plain: Bool) {
        var bell = ""
        switch options.sound {
        case .quiet: break
        case .bell: if options.bell { bell = ControlSequence.bell }
        case .speech(let synthesizer): synthesizer.say(closing)
        }
        let text = TextSanitizer.printable(closing)
        output.write(bell + (plain ? text : options.style.bold(text)) + "\n")
    }
}
