#ifndef DATENIGHT_CREADLINE_SHIM_H
#define DATENIGHT_CREADLINE_SHIM_H

// readline.h uses FILE without including <stdio.h> itself.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

// Not readline, but the same edge of the program: Swift does not import the
// variadic ioctl() or every Linux header through Glibc, so the few calls the
// terminal needs are declared here.
#include <signal.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <pty.h>

// stdin/stdout are mutable C globals, which Swift 6 will not read directly.
static inline FILE *dn_stdin(void) { return stdin; }
static inline FILE *dn_stdout(void) { return stdout; }

// Swift 6 treats imported mutable C globals as not concurrency-safe. All
// readline use happens on the one thread that runs the input loop, so these
// accessors are the single, visible place where that promise is made.

static inline void dn_rl_set_catch_signals(int v) { rl_catch_signals = v; }
static inline void dn_rl_set_catch_sigwinch(int v) { rl_catch_sigwinch = v; }
static inline void dn_rl_set_change_environment(int v) { rl_change_environment = v; }
static inline void dn_rl_set_readline_name(const char *v) { rl_readline_name = v; }

static inline void dn_rl_set_instream(FILE *f) { rl_instream = f; }
static inline void dn_rl_set_outstream(FILE *f) { rl_outstream = f; }
static inline FILE *dn_rl_outstream(void) { return rl_outstream; }

static inline const char *dn_rl_line_buffer(void) { return rl_line_buffer; }
static inline int dn_rl_point(void) { return rl_point; }
static inline int dn_rl_end(void) { return rl_end; }
static inline void dn_rl_set_point(int v) { rl_point = v; }

static inline void dn_rl_set_redisplay_function(rl_voidfunc_t *f) { rl_redisplay_function = f; }
static inline void dn_rl_use_default_redisplay(void) { rl_redisplay_function = rl_redisplay; }
// Redraw through the installed function (secret mode replaces it), not rl_redisplay itself.
static inline void dn_rl_call_redisplay(void) { (*rl_redisplay_function)(); }

static inline void dn_rl_set_attempted_completion_function(rl_completion_func_t *f) {
    rl_attempted_completion_function = f;
}
static inline void dn_rl_set_completion_entry_function(rl_compentry_func_t *f) {
    rl_completion_entry_function = f;
}
static inline void dn_rl_set_attempted_completion_over(int v) { rl_attempted_completion_over = v; }
static inline void dn_rl_set_completion_append_character(int v) { rl_completion_append_character = v; }
static inline void dn_rl_set_completer_word_break_characters(const char *v) {
    rl_completer_word_break_characters = v;
}
static inline void dn_rl_set_inhibit_completion(int v) { rl_inhibit_completion = v; }

static inline void dn_rl_set_terminal_name(const char *v) { rl_terminal_name = v; }

// ioctl is variadic, so Swift cannot call it directly.
static inline int dn_get_window_size(int fd, unsigned short *rows, unsigned short *cols) {
    struct winsize ws;
    int r = ioctl(fd, TIOCGWINSZ, &ws);
    if (r == 0) { *rows = ws.ws_row; *cols = ws.ws_col; }
    return r;
}
static inline int dn_set_window_size(int fd, unsigned short rows, unsigned short cols) {
    struct winsize ws = { .ws_row = rows, .ws_col = cols, .ws_xpixel = 0, .ws_ypixel = 0 };
    return ioctl(fd, TIOCSWINSZ, &ws);
}

#endif
