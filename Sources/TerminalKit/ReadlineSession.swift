import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// One open readline prompt, driven through readline's callback ("alternate") interface.
///
/// The blocking `readline()` call cannot redraw a countdown while the user types, nor be told
/// about Ctrl-C without a signal handler that is unsafe to run. In callback mode readline is
/// fed one key at a time from a `poll` loop that also wakes for the signalfd and for the next
/// countdown tick, so all three are handled on this thread, between keys.
final class ReadlineSession {
    /// The session readline's C callbacks report to. C function pointers cannot capture
    /// context; this is their context. Only touched on the input thread, while `run` is on
    /// the stack.
    nonisolated(unsafe) static var active: ReadlineSession?

    private unowned let reader: LineReader
    private let input: UnsafeMutablePointer<FILE>
    private let output: UnsafeMutablePointer<FILE>
    private let secret: Bool
    private let countdown: CountdownSpec?
    private let style: Style
    private let plain: Bool
    private let completions: [String]
    /// What the prompt is about (the question, a choice's options), drawn again by Ctrl-L.
    private let context: String

    /// Lines of the prompt above the last one: printed once, never redrawn.
    private let promptHead: String
    /// The last prompt line (sanitized, may carry `Style` colours).
    private let promptTail: String

    var result: LineEvent?
    /// No key has been handled yet: a NUL now is a Ctrl-D pressed before the prompt was
    /// ready (the terminal was still in line mode, which turns that EOF into a NUL byte).
    fileprivate var firstKey = true
    fileprivate var earlyEndOfInput = false
    private var matches: [String] = []
    private var matchIndex = 0
    /// The prompt line as currently shown (countdown included), without readline markers.
    private var promptLine = ""

    init(
        reader: LineReader,
        input: UnsafeMutablePointer<FILE>,
        output: UnsafeMutablePointer<FILE>,
        prompt: String,
        secret: Bool,
        completions: [String],
        countdown: CountdownSpec?,
        context: String = ""
    ) {
        self.reader = reader
        self.context = TextSanitizer.printableKeepingStyle(context)
        self.input = input
        self.output = output
        self.secret = secret
        self.countdown = countdown
        self.style = reader.options.style
        self.plain = reader.options.plain
        self.completions = completions
        // The countdown drawn before the last line: "Label 00:12 ".
        let countdownWidth = countdown.map { DisplayWidth.of(TextSanitizer.printableLine($0.label)) + ($0.label.isEmpty ? 6 : 7) } ?? 0
        (promptHead, promptTail) = PromptLayout.split(TextSanitizer.printableKeepingStyle(prompt),
                                                      columns: Terminal.size(of: fileno(output)).columns,
                                                      reserved: reader.options.plain ? 0 : countdownWidth)
    }

    // MARK: - Readline set-up

    /// Settings that hold for the whole process; the first prompt applies them. A `static let`
    /// runs its initialiser exactly once, without a flag of our own to guard.
    private static func configureOnce() {
        _ = configured
    }

    private static let configured: Void = {
        // This program reads signals from a signalfd; readline's own handlers would fight it.
        dn_rl_set_catch_signals(0)
        dn_rl_set_catch_sigwinch(0)
        // Readline would otherwise export LINES and COLUMNS, which then go stale on resize.
        dn_rl_set_change_environment(0)
        dn_rl_set_readline_name(ReadlineSession.cString("datenight"))
        _ = rl_initialize()
        dn_rl_set_attempted_completion_function(readlineAttemptCompletion)
        // Never fall back to completing file names: a player's answer is not a path.
        dn_rl_set_completion_entry_function(readlineNoCompletion)
        // The whole line is the word: choice labels may contain spaces.
        dn_rl_set_completer_word_break_characters(ReadlineSession.cString(""))
        _ = rl_variable_bind("completion-ignore-case", "on")
        // Ctrl-L clears the screen and draws the question again, not just the prompt line.
        _ = rl_bind_key(12, readlineRedrawScreen)
        _ = rl_bind_key(0, readlineNulKey)
    }()

    /// A C string that lives as long as the program (readline keeps the pointer).
    private static func cString(_ literal: StaticString) -> UnsafePointer<CChar> {
        UnsafeRawPointer(literal.utf8Start).assumingMemoryBound(to: CChar.self)
    }

    // MARK: - The loop

    func run(history: [String]) -> LineEvent {
        Self.configureOnce()
        dn_rl_set_instream(input)
        dn_rl_set_outstream(output)
        // Readline measures the window only at start-up and on SIGWINCH, and a resize during
        // a timer was read by the timer's loop; measure again for every prompt.
        let size = Terminal.size(of: fileno(output))
        rl_set_screen_size(Int32(size.rows), Int32(size.columns))
        clear_history()
        for line in history { add_history(line) }
        dn_rl_set_inhibit_completion(secret ? 1 : 0)
        if secret {
            dn_rl_set_redisplay_function(readlineSecretRedisplay)
        } else {
            dn_rl_use_default_redisplay()
        }
        Self.active = self
        defer {
            Self.active = nil
            dn_rl_use_default_redisplay()
            dn_rl_set_inhibit_completion(0)
            // Readline's copy of the history is only a view of `LineReader.history`.
            clear_history()
        }

        let start = reader.clock.now()
        let timeline = countdown.map { PausableTimeline(startingAt: start, timeScale: $0.timeScale) }
        let total = countdown?.totalSeconds ?? 0
        var shownTime = timeline.map { TimeFormat.remaining(total - $0.elapsed(at: start)) }
        var spokenUpTo = 0.0

        // Everything before the last prompt line goes out once, before readline starts, so
        // readline only ever manages the single line it redraws.
        reader.writeOut(promptHead)
        if plain, countdown != nil {
            reader.writeOut(TextSanitizer.printableLine(countdownLead()) + TimeFormat.spoken(seconds: TimeFormat.displayedSeconds(remaining: total)) + " to answer.\n")
        }
        Self.installHandler(prompt: readlinePrompt(time: shownTime))

        let signals = SignalChannel.shared
        var hangups = 0
        while result == nil {
            var deadline: MonotonicInstant? = nil
            if let timeline {
                let now = reader.clock.now()
                let elapsed = timeline.elapsed(at: now)
                if elapsed >= total {
                    if !plain, shownTime != TimeFormat.clock(seconds: 0) {
                        updatePrompt(readlinePrompt(time: TimeFormat.clock(seconds: 0)))
                    }
                    return finishEarly(.timeUp(partial: currentLine()))
                }
                var wake = TickSchedule.nextBoundary(after: elapsed, total: total)
                if plain {
                    var latest: Int?
                    while let mark = PlainAnnouncements.nextMark(afterElapsed: spokenUpTo, total: total), mark.elapsed <= elapsed {
                        latest = mark.remaining
                        spokenUpTo = mark.elapsed
                    }
                    if let latest { announce("\(TimeFormat.spoken(seconds: latest)) left.") }
                    wake = PlainAnnouncements.nextMark(afterElapsed: spokenUpTo, total: total)?.elapsed ?? total
                } else {
                    let time = TimeFormat.remaining(total - elapsed)
                    if time != shownTime {
                        shownTime = time
                        updatePrompt(readlinePrompt(time: time))
                    }
                }
                deadline = timeline.instant(whenElapsedReaches: min(wake, total))
            }

            var fds = [pollfd(fd: fileno(input), events: Int16(POLLIN), revents: 0)]
            if let signals { fds.append(pollfd(fd: signals.fd, events: Int16(POLLIN), revents: 0)) }
            let timeout = TerminalInput.pollTimeout(until: deadline, now: reader.clock.now())
            let ready = poll(&fds, nfds_t(fds.count), timeout)
            if ready < 0 {
                if errno == EINTR { continue }
                return finishEarly(.endOfInput)
            }
            if ready == 0 { continue }

            if fds.count > 1, fds[1].revents != 0, let signals {
                let received = signals.drain()
                if received.contains(SIGINT) {
                    return finishEarly(.interrupted)
                }
                if received.contains(SIGWINCH) {
                    rl_resize_terminal()
                }
                if received.contains(SIGCONT) {
                    // Back from Ctrl-Z: the shell may have put its own terminal modes in
                    // place, and has printed below the old line. Set readline's modes again
                    // and draw the prompt and the text on the fresh line.
                    rl_deprep_terminal()
                    rl_prep_terminal(1)
                    _ = rl_on_new_line()
                    dn_rl_call_redisplay()
                }
            }
            let revents = Int32(fds[0].revents)
            if revents & Int32(POLLNVAL) != 0 {
                return finishEarly(.endOfInput)
            }
            if revents & Int32(POLLIN) != 0 {
                hangups = 0
                rl_callback_read_char()
                firstKey = false
                if earlyEndOfInput { return finishEarly(.endOfInput) }
            } else if revents & Int32(POLLHUP | POLLERR) != 0 {
                // The terminal went away. Readline needs to see end-of-file twice on a
                // non-empty line; more than that means it never will.
                hangups += 1
                if hangups > 3 { return finishEarly(.endOfInput) }
                rl_callback_read_char()
            }
        }
        return result ?? .endOfInput
    }

    private static func installHandler(prompt: String) {
        prompt.withCString { rl_callback_handler_install($0, readlineLineHandler) }
    }

    /// The text typed so far.
    private func currentLine() -> String {
        guard let buffer = dn_rl_line_buffer() else { return "" }
        return String(cString: buffer)
    }

    // MARK: - Prompt

    private func countdownLead() -> String {
        guard let countdown else { return "" }
        let label = TextSanitizer.printableLine(countdown.label)
        return label.isEmpty ? "" : label + " "
    }

    /// The prompt line as readline receives it: countdown first (its width never changes
    /// from tick to tick, so the typed text does not shift), escapes inside `\001`/`\002`.
    private func readlinePrompt(time: String?) -> String {
        var line = ""
        if let time, !plain {
            let label = countdownLead()
            if !label.isEmpty { line += style.dim(label) }
            line += style.accent(time) + " "
        }
        line += promptTail
        promptLine = line
        return Style.markedForReadline(line)
    }

    /// A new countdown value while the user types. `rl_set_prompt` alone changes nothing on
    /// screen, and `rl_forced_update_display` reprints from the current cursor position
    /// (leaving `[5s] > hel[4s] > hel`); setting the prompt and letting the normal redisplay
    /// diff the line rewrites just the changed digits and puts the cursor back.
    private func updatePrompt(_ prompt: String) {
        prompt.withCString { _ = rl_set_prompt($0) }
        dn_rl_call_redisplay()
    }

    /// A line printed above the one being edited (plain-mode time announcements).
    private func announce(_ text: String) {
        if secret {
            reader.writeOut("\r" + ControlSequence.eraseToEndOfLine + TextSanitizer.printableLine(text) + "\n")
        } else {
            _ = rl_clear_visible_line()
            reader.writeOut(TextSanitizer.printableLine(text) + "\n")
            _ = rl_on_new_line()
        }
        dn_rl_call_redisplay()
    }

    /// Ends the prompt from outside readline (time up, Ctrl-C, terminal gone): leave the
    /// cursor below what was typed, reset readline's per-line state, restore the terminal.
    private func finishEarly(_ event: LineEvent) -> LineEvent {
        // rl_free_line_state redraws (through rl_clear_message), so it runs while the
        // prompt is still the current line, before the cursor moves on.
        rl_free_line_state()
        rl_callback_sigcleanup()
        if !secret {
            dn_rl_set_point(dn_rl_end())
            rl_redisplay()
        } else {
            reader.writeOut("\r" + promptLine + ControlSequence.eraseToEndOfLine)
        }
        if case .interrupted = event, !secret {
            reader.writeOut(style.dim("^C"))
        }
        _ = rl_crlf()
        rl_replace_line("", 1)
        rl_callback_handler_remove()
        fflush(output)
        result = event
        return event
    }

    static func abandonActive() {
        guard active != nil else { return }
        active = nil
        rl_callback_handler_remove()
    }

    // MARK: - Callbacks

    fileprivate func lineDone(_ text: String?) {
        // Without this readline would install the prompt again for the next line.
        rl_callback_handler_remove()
        if secret {
            // Readline ends a line with a newline only if its own redisplay drew something;
            // the secret redisplay never tells it, so the newline is ours to write. The typing
            // sign goes first: what stays on screen does not tell whether anything was typed.
            reader.writeOut("\r" + promptLine + ControlSequence.eraseToEndOfLine + "\n")
        }
        result = text.map { .line($0) } ?? .endOfInput
    }

    /// Ctrl-L: a clean screen with the question at the top and the line being typed below it.
    fileprivate func redrawScreen() {
        reader.writeOut(ControlSequence.clearScreen + (context.isEmpty ? "" : context + "\n") + promptHead)
        _ = rl_on_new_line()
        dn_rl_call_redisplay()
    }

    fileprivate func drawSecret() {
        // The prompt, then one neutral sign once something is typed: no echo, no asterisks,
        // nothing that grows with the answer or betrays its length. Drawn every time
        // readline asks, even if unchanged: after a resize or `fg` the old drawing may be gone.
        let typing = dn_rl_end() > 0 ? style.dim(Self.typingSign) : ""
        reader.writeOut("\r" + promptLine + typing + ControlSequence.eraseToEndOfLine)
    }

    /// Shown at a hidden prompt while something is typed, whatever its length.
    static let typingSign = "(typing...)"

    fileprivate func completionMatches(for text: String) -> [String] {
        let lowered = text.lowercased()
        var seen = Set<String>()
        return completions.filter { candidate in
            candidate.lowercased().hasPrefix(lowered) && seen.insert(candidate).inserted
        }
    }

    fileprivate func nextMatch(_ text: String, restart: Bool) -> String? {
        if restart {
            matches = completionMatches(for: text)
            matchIndex = 0
        }
        guard matchIndex < matches.count else { return nil }
        defer { matchIndex += 1 }
        return matches[matchIndex]
    }
}

// MARK: - C entry points (plain functions: a C function pointer cannot capture context)

private func readlineLineHandler(_ line: UnsafeMutablePointer<CChar>?) {
    // Copy, then free at once: readline allocated it with malloc and hands over ownership.
    let text = line.map { String(cString: $0) }
    free(line)
    ReadlineSession.active?.lineDone(text)
}

private func readlineRedrawScreen(_ count: Int32, _ key: Int32) -> Int32 {
    ReadlineSession.active?.redrawScreen()
    return 0
}

private func readlineNulKey(_ count: Int32, _ key: Int32) -> Int32 {
    guard let session = ReadlineSession.active, session.firstKey, dn_rl_end() == 0 else {
        return rl_set_mark(count, key)
    }
    session.earlyEndOfInput = true
    return 0
}

private func readlineSecretRedisplay() {
    ReadlineSession.active?.drawSecret()
}

private func readlineAttemptCompletion(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    // Reset on every attempt: readline sets both back to defaults before each completion.
    dn_rl_set_attempted_completion_over(1)
    dn_rl_set_completion_append_character(0)
    guard ReadlineSession.active != nil else { return nil }
    // Tab on an empty answer would fill in what every command shares, a lone "/".
    guard dn_rl_end() > 0 else { return nil }
    return rl_completion_matches(text, readlineCompletionGenerator)
}

private func readlineCompletionGenerator(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    guard let session = ReadlineSession.active else { return nil }
    let prefix = text.map { String(cString: $0) } ?? ""
    guard let match = session.nextMatch(prefix, restart: state == 0) else { return nil }
    // Readline frees each match with free(), so it must come from malloc (strdup).
    return strdup(match)
}

private func readlineNoCompletion(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    nil
}
