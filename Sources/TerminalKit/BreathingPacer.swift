/// A paced-breathing guide: a bar that fills on the in-breath and empties on the out-breath.
///
/// Everything here is a pure function of elapsed time, so a frame at 37.25 s can be tested
/// directly; `TimerRunner.breathe` only asks for frames and prints them.
public struct BreathingPacer: Sendable, Equatable {
    /// Seconds for each part of one breath. Holds of 0 are skipped entirely.
    public struct Pattern: Sendable, Equatable {
        public var inhale: Double
        public var holdFull: Double
        public var exhale: Double
        public var holdEmpty: Double

        public init(inhale: Double, holdFull: Double = 0, exhale: Double, holdEmpty: Double = 0) {
            self.inhale = inhale
            self.holdFull = holdFull
            self.exhale = exhale
            self.holdEmpty = holdEmpty
        }

        /// The phases of one breath that last longer than zero, in order.
        public var phases: [(phase: Phase, seconds: Double)] {
            let all: [(Phase, Double)] = [(.inhale, inhale), (.holdFull, holdFull), (.exhale, exhale), (.holdEmpty, holdEmpty)]
            return all.compactMap { entry in
                let seconds = entry.1.isFinite ? entry.1 : 0
                return seconds > 0 ? (entry.0, seconds) : nil
            }
        }

        public var secondsPerCycle: Double {
            phases.reduce(0) { $0 + $1.seconds }
        }
    }

    public enum Phase: String, Sendable, CaseIterable {
        case inhale, holdFull, exhale, holdEmpty

        /// The words shown (and said) for the phase. Both holds are a hold: box breathing is
        /// "in 4, hold 4, out 4, hold 4".
        public var words: String {
            switch self {
            case .inhale: "breathe in"
            case .holdFull, .holdEmpty: "hold"
            case .exhale: "breathe out"
            }
        }

        /// Each phase in its own colour, so a glance (or the corner of an eye) tells them apart.
        var attributes: Style.Attributes {
            switch self {
            case .inhale: .accent
            case .holdFull, .holdEmpty: .bold
            case .exhale: .playerOne
            }
        }
    }

    /// Everything needed to draw one moment of the exercise.
    public struct Frame: Sendable, Equatable {
        public var phase: Phase
        /// Whole seconds left in this phase, rounded up (a 4 s in-breath shows 4, 3, 2, 1).
        public var phaseSecondsLeft: Int
        /// How far through this phase, 0 ..< 1.
        public var phaseProgress: Double
        /// How full the bar is: rises through the in-breath, full while holding, falls
        /// through the out-breath, empty while resting.
        public var fill: Double
        /// 1-based breath number.
        public var cycle: Int
        public var totalCycles: Int
        public var isFinished: Bool
    }

    public let pattern: Pattern
    public let cycles: Int

    public init(pattern: Pattern, cycles: Int) {
        self.pattern = pattern
        self.cycles = max(0, cycles)
    }

    public var totalSeconds: Double {
        pattern.secondsPerCycle * Double(cycles)
    }

    public func frame(at elapsed: Double) -> Frame {
        let phases = pattern.phases
        let cycleLength = pattern.secondsPerCycle
        // Microsecond tidy-up: 3.9999999 after floating-point steps is the 4 s boundary.
        let time = elapsed.isFinite ? (max(0, elapsed) * 1_000_000).rounded() / 1_000_000 : .infinity
        guard cycles > 0, cycleLength > 0, time < totalSeconds, let last = phases.last else {
            let endPhase = phases.last?.phase ?? .holdEmpty
            return Frame(
                phase: endPhase, phaseSecondsLeft: 0, phaseProgress: 1,
                fill: Self.fill(for: endPhase, progress: 1),
                cycle: cycles, totalCycles: cycles, isFinished: true
            )
        }
        let cycleIndex = min(cycles - 1, Int(time / cycleLength))
        var within = time - Double(cycleIndex) * cycleLength
        var current = last
        for entry in phases {
            if within < entry.seconds {
                current = entry
                break
            }
            within -= entry.seconds
        }
        // Past the last phase only through rounding: clamp into it.
        within = min(within, current.seconds)
        let left = current.seconds - within
        let progress = current.seconds > 0 ? within / current.seconds : 1
        return Frame(
            phase: current.phase,
            phaseSecondsLeft: TimeFormat.displayedSeconds(remaining: left),
            phaseProgress: progress,
            fill: Self.fill(for: current.phase, progress: progress),
            cycle: cycleIndex + 1,
            totalCycles: cycles,
            isFinished: false
        )
    }

    static func fill(for phase: Phase, progress: Double) -> Double {
        switch phase {
        case .inhale: return progress
        case .holdFull: return 1
        case .exhale: return 1 - progress
        case .holdEmpty: return 0
        }
    }

    /// The first instant after `elapsed` at which a phase starts, or `nil` if none is left;
    /// for plain mode, which speaks once per phase instead of animating.
    public func nextPhaseStart(after elapsed: Double) -> Double? {
        let phases = pattern.phases
        let cycleLength = pattern.secondsPerCycle
        let end = totalSeconds - 1e-9
        guard cycleLength > 0, elapsed.isFinite, elapsed < end else { return nil }
        var start = Double(max(0, Int(elapsed / cycleLength))) * cycleLength
        while start < end {
            for entry in phases {
                if start >= end { return nil }
                if start > elapsed + 1e-9 { return start }
                start += entry.seconds
            }
        }
        return nil
    }

    /// When the phase under way at `elapsed` began: a paused breath starts that phase again.
    public func phaseStart(at elapsed: Double) -> Double {
        let cycleLength = pattern.secondsPerCycle
        guard cycleLength > 0, elapsed.isFinite, elapsed > 0, elapsed < totalSeconds else { return max(0, min(elapsed, totalSeconds)) }
        let cycleIndex = min(cycles - 1, Int(elapsed / cycleLength))
        var start = Double(cycleIndex) * cycleLength
        for entry in pattern.phases {
            if elapsed < start + entry.seconds - 1e-9 { return start }
            start += entry.seconds
        }
        return start
    }

    /// The animated line, plain text, at most `width - 1` columns:
    /// `breathe in  3  ▕█████▌░░░░░░▏  2 of 12`.
    public static func render(_ frame: Frame, width: Int, glyphs: ProgressBar.Glyphs = .ascii) -> String {
        CountdownView.join(layout(frame, width: width, glyphs: glyphs, paused: false))
    }

    /// The same with the phase words in the accent colour and the count dimmed.
    public static func renderStyled(
        _ frame: Frame, width: Int, glyphs: ProgressBar.Glyphs = .ascii, paused: Bool = false, style: Style
    ) -> String {
        let parts = layout(frame, width: width, glyphs: glyphs, paused: paused)
        return CountdownView.join(CountdownView.Parts(
            label: style.apply(frame.isFinished ? .accent : frame.phase.attributes, parts.label),
            time: parts.time,
            bar: parts.bar,
            note: parts.note.isEmpty ? "" : style.dim(parts.note)
        ))
    }

    static func layout(_ frame: Frame, width: Int, glyphs: ProgressBar.Glyphs, paused: Bool) -> CountdownView.Parts {
        let available = max(1, width - 1)
        // Padded to the longest phase word so the bar does not jump sideways between phases.
        let words = frame.isFinished ? "done" : frame.phase.words
        let label = words + String(repeating: " ", count: max(0, 11 - words.count))
        let seconds = frame.isFinished ? " " : String(frame.phaseSecondsLeft)
        let time = String(repeating: " ", count: max(0, 2 - seconds.count)) + seconds
        var note = "\(frame.cycle) of \(frame.totalCycles)"
        if paused { note += "  paused" }
        let fixed = DisplayWidth.of(label) + 2 + DisplayWidth.of(time) + 2 + DisplayWidth.of(note)
        if fixed > available {
            // Too narrow for everything: keep the phase and its count, they are the guide.
            return CountdownView.Parts(
                label: DisplayWidth.truncate(words, to: max(1, available - 4)),
                time: seconds, bar: "", note: ""
            )
        }
        let cells = min(CountdownView.maximumBarCells, available - fixed - 2 - 2)
        // Once the last breath is out there is nothing left to pace: an empty bar beside "done"
        // read as if something had stalled, so the finished line shows no bar.
        let bar = cells >= CountdownView.minimumBarCells && !frame.isFinished
            ? ProgressBar.render(fraction: frame.fill, cells: cells, glyphs: glyphs)
            : ""
        return CountdownView.Parts(label: label, time: time, bar: bar, note: note)
    }
}
