import ArgumentParser

/// `--time-scale`, for every command that plays: one declaration, one check, one message.
struct TimeScaleOption: ParsableArguments {
    @Option(name: .customLong("time-scale"), help: ArgumentHelp("Speed of timers: 1 real time, 0.5 twice as fast, 0 every timer completes at once (for rehearsal and tests).", valueName: "x"))
    var timeScale: Double = 1

    func validate() throws {
        try TypedNumber.checkTimeScale(timeScale)
    }
}
