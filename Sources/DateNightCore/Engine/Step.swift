/// The engine's answer to a start or an input: what happened, then what it waits for next.
public struct Step: Hashable, Sendable {
    public var events: [Event]
    /// Nil once the session is finished.
    public var request: Request?

    public var isFinished: Bool { request == nil }

    public init(events: [Event], request: Request?) {
        self.events = events
        self.request = request
    }
}
