/// An input that does not fit what the engine is waiting for. The state is left unchanged; a
/// front end words the refusal.
public enum InputError: Error, Hashable, Sendable {
    case sessionFinished
    case expectedAnswer
    case expectedChoice(optionCount: Int)
    case expectedTimer
    case optionOutOfRange(Int, optionCount: Int)
}

/// A saved state that does not fit the scenes at hand.
public enum RestoreError: Error, Hashable, Sendable {
    case unsupportedFormat(Int)
    case unknownScene(String)
    case missingNode(scene: String, node: String)
    case wrongPlayerCount(Int)

    public var message: String {
        switch self {
        case .unsupportedFormat(let format): "the save is in format \(format), newer than this datenight understands"
        case .unknownScene(let id): "scene '\(id)' is not available"
        case .missingNode(let scene, let node): "scene '\(scene)' no longer has the step '\(node)' the save was at"
        case .wrongPlayerCount(let count): "the save names \(count) players instead of two"
        }
    }
}
