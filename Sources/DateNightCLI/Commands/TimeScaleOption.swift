import ArgumentParser

/// `--time-scale`, for every command that plays: one declaration, one check, one message.
struct TimeScaleOption: ParsableArguments {
    @Option(name: .customLong("time-scale"), help: ArgumentHelp("Speed of timers: 1 real time, 0.5 twice as fast, 0 every timer completes at once (for rehearsal and tests).", valueName: "x"))
    var timeScale: Double = 1

    func validate() throws {
        guard timeScale.isFinite, timeScale >= 0, timeScale <= 100 else {
            throw ValidationError("--time-scale \(timeScale) is out of range: give a number from 0 to 100, e.g. 1 for real time or 0 for instant timers")
        }
    }
}
