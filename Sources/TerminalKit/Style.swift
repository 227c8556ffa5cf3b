/// ANSI styling for everything the game prints.
///
/// The one place that emits SGR escape sequences, so the rest of the program cannot send a
/// terminal anything but text. Every styling call sanitizes its text first: a styled scene
/// line is as safe as an unstyled one.
public struct Style: Sendable, Equatable {
    /// Any escape sequence at all. Off when output is not a terminal (a pipe, a file, a
    /// screen reader's log) or the terminal is `dumb`: there a sequence is only noise.
    public var escapes: Bool
    /// Colour on top of bold and dim. Off with `NO_COLOR` or `--no-color`, which ask for no
    /// colour but not for losing all emphasis (see https://no-color.org).
    public var colors: Bool

    public init(escapes: Bool, colors: Bool) {
        self.escapes = escapes
        self.colors = escapes && colors
    }

    /// No escape sequences whatsoever.
    public static let plain = Style(escapes: false, colors: false)

    /// The decision, as a pure function of its inputs so it can be tested.
    public static func resolve(
        arguments: [String],
        noColor: String?,
        term: String?,
        outputIsTerminal: Bool
    ) -> Style {
        // No TERM at all (a bare `env -i`, some service managers) says nothing of what the
        // other end understands: nothing is sent that it might not.
        let escapes = outputIsTerminal && !(term ?? "").isEmpty && term != "dumb"
        let colorRefused = (noColor.map { !$0.isEmpty } ?? false) || arguments.contains("--no-color")
        return Style(escapes: escapes, colors: !colorRefused)
    }

    /// The style for this process's standard output.
    public static func detect(arguments: [String] = CommandLine.arguments) -> Style {
        resolve(
            arguments: arguments,
            noColor: Environment.value("NO_COLOR"),
            term: Environment.value("TERM"),
            outputIsTerminal: Terminal.isTerminal(Terminal.standardOutput)
        )
    }

    /// What to draw text with. Colours are exclusive; bold, dim and underline combine.
    public struct Attributes: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let bold = Attributes(rawValue: 1 << 0)
        public static let dim = Attributes(rawValue: 1 << 1)
        public static let underline = Attributes(rawValue: 1 << 2)
        public static let playerOne = Attributes(rawValue: 1 << 3)
        public static let playerTwo = Attributes(rawValue: 1 << 4)
        public static let accent = Attributes(rawValue: 1 << 5)
        public static let warning = Attributes(rawValue: 1 << 6)
    }

    public enum Player: Sendable, Hashable {
        case one, two
    }

    /// `text` sanitized and drawn with `attributes`. Do not nest calls: the inner result
    /// contains escape sequences, which the outer call would (rightly) make visible.
    /// Combine attributes instead: `style.apply([.bold, .accent], "Now")`.
    public func apply(_ attributes: Attributes, _ text: String) -> String {
        let safe = TextSanitizer.printable(text)
        let codes = sgrCodes(attributes)
        if codes.isEmpty || safe.isEmpty { return safe }
        return ControlSequence.sgr(codes) + safe + ControlSequence.sgr([0])
    }

    public func bold(_ text: String) -> String { apply(.bold, text) }
    public func dim(_ text: String) -> String { apply(.dim, text) }
    public func accent(_ text: String) -> String { apply(.accent, text) }
    public func warning(_ text: String) -> String { apply(.warning, text) }

    /// A player's name or line, each player in their own colour.
    public func player(_ player: Player, _ text: String) -> String {
        apply(player == .one ? .playerOne : .playerTwo, text)
    }

    /// SGR parameters. Colours chosen to stay apart under the common colour-vision
    /// deficiencies and on both light and dark backgrounds: cyan and magenta for the two
    /// players, yellow for the accent. Without colour the players are still told apart:
    /// one bold, one underlined.
    func sgrCodes(_ attributes: Attributes) -> [Int] {
        guard escapes else { return [] }
        var codes: [Int] = []
        if attributes.contains(.bold) { codes.append(1) }
        if attributes.contains(.dim) { codes.append(2) }
        if attributes.contains(.underline) { codes.append(4) }
        if colors {
            if attributes.contains(.playerOne) {
                codes.append(36)
            } else if attributes.contains(.playerTwo) {
                codes.append(35)
            } else if attributes.contains(.accent) {
                codes.append(33)
            } else if attributes.contains(.warning) {
                codes.append(31)
            }
        } else {
            if attributes.contains(.playerOne) || attributes.contains(.accent) || attributes.contains(.warning),
               !codes.contains(1) {
                codes.append(1)
            }
            if attributes.contains(.playerTwo), !codes.contains(4) { codes.append(4) }
        }
        return codes
    }

    /// `styled` with every escape sequence wrapped in readline's `\001`...`\002` markers.
    /// Readline counts prompt characters to place the cursor; unmarked escape bytes would be
    /// counted as visible and the cursor would sit too far right, garbling every redraw.
    public static func markedForReadline(_ styled: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = Array(styled.unicodeScalars)[...]
        while let scalar = scalars.first {
            if scalar == "\u{1B}" {
                let length = ControlSequence.lengthOfSequence(at: scalars)
                out.append("\u{01}")
                out.append(contentsOf: scalars.prefix(length))
                out.append("\u{02}")
                scalars = scalars.dropFirst(length)
            } else {
                out.append(scalar)
                scalars = scalars.dropFirst()
            }
        }
        return String(out)
    }

    /// `styled` without escape sequences or readline markers: what the eye sees, for
    /// measuring width.
    public static func visibleText(_ styled: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = Array(styled.unicodeScalars)[...]
        while let scalar = scalars.first {
            if scalar == "\u{1B}" {
                scalars = scalars.dropFirst(ControlSequence.lengthOfSequence(at: scalars))
            } else {
                if scalar != "\u{01}", scalar != "\u{02}" { out.append(scalar) }
                scalars = scalars.dropFirst()
            }
        }
        return String(out)
    }
}
