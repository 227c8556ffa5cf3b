/// What the engine is waiting for. Text is already interpolated; the front end only presents it.
public enum Request: Hashable, Sendable {
    case prompt(PromptRequest)
    case choice(ChoiceRequest)
    case timer(TimerRequest)
    case breathing(BreathingRequest)
}

public struct PromptRequest: Hashable, Sendable {
    public var nodeID: String
    public var text: String
    /// Who answers; nil when the two answer together.
    public var player: PlayerSlot?
    /// The partner looks away; the front end hides the typing.
    public var secret: Bool
    /// Meant to be said out loud: an empty reply is `Input.spoken`, never a pass.
    public var aloud: Bool
    /// A countdown that runs while the answer is typed.
    public var seconds: Int?
    /// The drawn question's id when the prompt comes from a deck.
    public var questionID: String?
    public var depth: Int?
}

public struct ChoiceRequest: Hashable, Sendable {
    public var nodeID: String
    public var text: String
    /// Who decides; nil when the two decide together.
    public var player: PlayerSlot?
    /// The labels on offer, in order; `Input.choose` counts from 1 among these.
    public var options: [String]
}

public struct TimerRequest: Hashable, Sendable {
    public var nodeID: String
    public var label: String
    public var text: String?
    public var seconds: Int
    public var cues: [Cue]
    public var endText: String?
    /// In place of the front end's own words after an early stop.
    public var stoppedText: String?

    public struct Cue: Hashable, Sendable {
        public var secondsLeft: Int
        public var text: String

        public init(secondsLeft: Int, text: String) {
            self.secondsLeft = secondsLeft
            self.text = text
        }
    }
}

public struct BreathingRequest: Hashable, Sendable {
    public var nodeID: String
    public var text: String?
    public var pattern: BreathingPattern
    public var cycles: Int
    public var endText: String?
    /// In place of the front end's own words after an early stop.
    public var stoppedText: String?

    public var totalSeconds: Int { cycles * pattern.secondsPerCycle }
}
