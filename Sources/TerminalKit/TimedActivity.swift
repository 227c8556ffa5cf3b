/// What `TimerRunner`'s loop needs from a timed step: how long it lasts, what to draw at a
/// given moment, and when the drawing next changes. The loop owns keys, pausing, time scale
/// and plain mode, so the countdown and the breathing pacer behave identically there.
protocol TimedActivity {
    var totalSeconds: Double { get }
    /// First line in plain mode (the runner adds the keys).
    var plainIntroduction: String { get }
    /// A line after the introduction in plain mode (the first breathing phase).
    var plainOpening: String? { get }
    /// What the key hint above an animated line is about, if the line does not say it.
    var heading: String? { get }
    func line(atElapsed elapsed: Double, paused: Bool, width: Int, glyphs: ProgressBar.Glyphs, style: Style) -> String
    /// The next logical instant after `elapsed` at which `line` changes, on a fixed grid,
    /// with at least `minimumStep` logical seconds between redraws.
    func nextRedraw(after elapsed: Double, minimumStep: Double) -> Double
    /// The next instant at which plain mode speaks, and what it says.
    func nextAnnouncement(after elapsed: Double) -> (at: Double, text: String)?
    /// What plain mode says after a pause ends.
    func plainStatus(atElapsed elapsed: Double) -> String
    /// The next moment after `elapsed` (or at it, from -1 for the start) worth hearing.
    func nextMoment(after elapsed: Double) -> (at: Double, moment: TimerSound.Moment)?
    /// Where time stands again after a pause at `elapsed`.
    func resumePoint(pausedAt elapsed: Double) -> Double
}

extension TimedActivity {
    func nextMoment(after elapsed: Double) -> (at: Double, moment: TimerSound.Moment)? { nil }
    func resumePoint(pausedAt elapsed: Double) -> Double { elapsed }
}

struct CountdownActivity: TimedActivity {
    let totalSeconds: Double
    let label: String

    var plainIntroduction: String {
        let lead = label.isEmpty ? "Timer" : TextSanitizer.printableLine(label)
        return "\(lead): \(TimeFormat.spoken(seconds: TimeFormat.displayedSeconds(remaining: totalSeconds)))."
    }

    var plainOpening: String? { nil }
    /// The label is part of the countdown line itself.
    var heading: String? { nil }

    func line(atElapsed elapsed: Double, paused: Bool, width: Int, glyphs: ProgressBar.Glyphs, style: Style) -> String {
        CountdownView.renderStyled(
            remaining: totalSeconds - elapsed, total: totalSeconds, label: label,
            width: width, paused: paused, glyphs: glyphs, style: style
        )
    }

    func nextRedraw(after elapsed: Double, minimumStep: Double) -> Double {
        let step = max(1, minimumStep.rounded(.up))
        return TickSchedule.nextBoundary(after: elapsed, total: totalSeconds, step: step)
    }

    func nextAnnouncement(after elapsed: Double) -> (at: Double, text: String)? {
        guard let mark = PlainAnnouncements.nextMark(afterElapsed: elapsed, total: totalSeconds) else { return nil }
        return (mark.elapsed, "\(TimeFormat.spoken(seconds: mark.remaining)) left.")
    }

    func plainStatus(atElapsed elapsed: Double) -> String {
        "\(TimeFormat.spoken(seconds: TimeFormat.displayedSeconds(remaining: totalSeconds - elapsed))) left."
    }
}

struct BreathingActivity: TimedActivity {
    let pacer: BreathingPacer
    let label: String

    /// Animation grid: eight frames a second is smooth for a bar of 30 cells and costs
    /// nothing measurable.
    static let frameStep = 0.125

    var totalSeconds: Double { pacer.totalSeconds }

    var plainIntroduction: String {
        let lead = label.isEmpty ? "Breathing" : TextSanitizer.printableLine(label)
        let breaths = pacer.cycles == 1 ? "1 breath" : "\(pacer.cycles) breaths"
        return "\(lead): \(breaths), \(TimeFormat.spoken(seconds: TimeFormat.displayedSeconds(remaining: totalSeconds)))."
    }

    var plainOpening: String? {
        totalSeconds > 0 ? phaseText(pacer.frame(at: 0)) : nil
    }

    var heading: String? { label.isEmpty ? nil : label }

    func line(atElapsed elapsed: Double, paused: Bool, width: Int, glyphs: ProgressBar.Glyphs, style: Style) -> String {
        BreathingPacer.renderStyled(pacer.frame(at: elapsed), width: width, glyphs: glyphs, paused: paused, style: style)
    }

    func nextRedraw(after elapsed: Double, minimumStep: Double) -> Double {
        let step = Self.frameStep * max(1, (minimumStep / Self.frameStep).rounded(.up))
        let next = ((elapsed / step).rounded(.down) + 1) * step
        return min(next, totalSeconds)
    }

    func nextAnnouncement(after elapsed: Double) -> (at: Double, text: String)? {
        guard let start = pacer.nextPhaseStart(after: elapsed) else { return nil }
        return (start, phaseText(pacer.frame(at: start)))
    }

    /// One line per phase; the first phase of a breath also says which breath it is.
    func phaseText(_ frame: BreathingPacer.Frame) -> String {
        let words = "\(frame.phase.words), \(frame.phaseSecondsLeft)"
        let startsBreath = frame.phase == pacer.pattern.phases.first?.phase
        return startsBreath ? "\(frame.cycle) of \(frame.totalCycles): \(words)" : words
    }

    /// Every phase change, the first breath in included, so the couple can breathe by ear.
    func nextMoment(after elapsed: Double) -> (at: Double, moment: TimerSound.Moment)? {
        let start = elapsed < 0 ? 0 : pacer.nextPhaseStart(after: elapsed)
        guard let start, start < totalSeconds else { return nil }
        return (start, .phase(pacer.frame(at: start).phase))
    }

    func resumePoint(pausedAt elapsed: Double) -> Double {
        pacer.phaseStart(at: elapsed)
    }

    func plainStatus(atElapsed elapsed: Double) -> String {
        let frame = pacer.frame(at: elapsed)
        return "\(frame.cycle) of \(frame.totalCycles): \(frame.phase.words), \(frame.phaseSecondsLeft)"
    }
}
