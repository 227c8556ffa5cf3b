import ArgumentParser
import TerminalKit

/// How timed exercises sound: the bell by default, silence, or a voice.
struct SoundOptions: ParsableArguments {
    @Flag(help: "No sound during exercises: no bell at cues, breathing phases or the end.")
    var quiet = false

    @Flag(help: "Say cues and breathing phases aloud with espeak-ng or spd-say, when one is installed.")
    var speak = false

    /// What the timers do, and a line to show when --speak finds no synthesizer.
    func resolved() -> (sound: TimerSound, note: String?) {
        if quiet { return (.quiet, nil) }
        guard speak else { return (.bell, nil) }
        if let synthesizer = SpeechSynthesizer.find() { return (.speech(synthesizer), nil) }
        return (.bell, "(--speak: no speech synthesizer found, so the bell rings instead. Installing espeak-ng or speech-dispatcher (spd-say) lets the game speak.)")
    }

    func validate() throws {
        if quiet, speak { throw ValidationError("--quiet and --speak don't go together: pick one") }
    }
}
