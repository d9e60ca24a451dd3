// Shim for the parts of ncursesw that Swift cannot call directly:
// function-like macros, C globals that Swift 6 rejects, and wcwidth.
#ifndef FOLIO_CNCURSESW_SHIM_H
#define FOLIO_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <pthread.h>
#include <curses.h>
#include <term.h>

extern int wcwidth(wchar_t c);

static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline WINDOW *nc_curscr(void) { return curscr; }
static inline int nc_COLORS(void) { return COLORS; }
static inline FILE *nc_stdin(void) { return stdin; }
static inline FILE *nc_stdout(void) { return stdout; }
static inline attr_t nc_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t nc_A_BOLD(void) { return A_BOLD; }
static inline attr_t nc_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t nc_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t nc_A_DIM(void) { return A_DIM; }
static inline attr_t nc_A_ITALIC(void) { return A_ITALIC; }
static inline attr_t nc_COLOR_PAIR(int n) { return COLOR_PAIR(n); }

// MARK: - Mouse masks (macros built from NCURSES_MOUSE_MASK)
static inline mmask_t nc_BUTTON1_PRESSED(void) { return BUTTON1_PRESSED; }
static inline mmask_t nc_BUTTON1_CLICKED(void) { return BUTTON1_CLICKED; }
static inline mmask_t nc_BUTTON4_PRESSED(void) { return BUTTON4_PRESSED; }
static inline mmask_t nc_BUTTON5_PRESSED(void) { return BUTTON5_PRESSED; }

// MARK: - Terminal capabilities

/// 1 when the terminal can address the cursor (`cup`), which painting by cell needs.
static inline int nc_can_address_cursor(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

/// 1 when the current locale's character set is UTF-8.
static inline int nc_codeset_is_utf8(void) {
    const char *set = nl_langinfo(CODESET);
    return set != NULL && (strcmp(set, "UTF-8") == 0 || strcmp(set, "utf8") == 0);
}

// MARK: - Signals: stop requests and fatal signals

// A handler for crash signals (and for a second stop request the reader did not act on): leave
// curses mode so the shell gets its terminal back, then die of the same signal so the exit status
// tells the truth. endwin() before newterm() or after delscreen() returns ERR and does nothing.
static void folio_restore_terminal_and_reraise(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

// The stop signal received and not yet taken (0: none). A static in a header exists once per
// object file that uses it, so only one Swift file (TerminalUI's StopSignals.swift) may call the
// functions below: the handler it installs and the flag it reads are then the same copy.
static volatile sig_atomic_t folio_pending_stop_signal = 0;

// SIGINT, SIGTERM, SIGHUP: ask the reader to quit (it saves its session and restores the
// terminal itself). Only a flag is set, which is async-signal-safe; the key loop looks at it
// between short key waits (a signal taken by the reader's thread cuts the wait short; one taken
// by another thread does not). A second one before the reader took the first means it is stuck:
// restore the terminal and die.
static void folio_request_stop(int sig) {
    if (folio_pending_stop_signal != 0) {
        folio_restore_terminal_and_reraise(sig);
        return;
    }
    folio_pending_stop_signal = sig;
}

static const int folio_stop_signals[] = { SIGINT, SIGTERM, SIGHUP };
static const int folio_fatal_signals[] = { SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP };

/// How many `struct sigaction` slots `folio_install_signal_handlers` saves into.
static inline int folio_signal_count(void) {
    return (int)(sizeof folio_stop_signals / sizeof folio_stop_signals[0]
                 + sizeof folio_fatal_signals / sizeof folio_fatal_signals[0]);
}

static inline int folio_signal_at(int i) {
    int stops = (int)(sizeof folio_stop_signals / sizeof folio_stop_signals[0]);
    return i < stops ? folio_stop_signals[i] : folio_fatal_signals[i - stops];
}

/// Installs the stop and restoring handlers, saving the previous actions into `saved`, and
/// unblocks the stop signals on the calling thread (the reader's), saving its mask into
/// `savedMask`: a parent may have started us with them blocked (a tmux server spawned from a
/// thread that blocks them passes that mask on to every pane), and then no thread would ever
/// take SIGTERM or SIGHUP.
static inline void folio_install_signal_handlers(struct sigaction *saved, sigset_t *savedMask) {
    int stops = (int)(sizeof folio_stop_signals / sizeof folio_stop_signals[0]);
    folio_pending_stop_signal = 0;
    sigset_t unblock;
    sigemptyset(&unblock);
    for (int i = 0; i < folio_signal_count(); i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = i < stops ? folio_request_stop : folio_restore_terminal_and_reraise;
        sigemptyset(&action.sa_mask);
        sigaction(folio_signal_at(i), &action, &saved[i]);
        if (i < stops) sigaddset(&unblock, folio_signal_at(i));
    }
    pthread_sigmask(SIG_UNBLOCK, &unblock, savedMask);
}

/// Puts back the actions and the calling thread's mask saved by `folio_install_signal_handlers`
/// (call it on the thread that installed them).
static inline void folio_restore_signal_handlers(const struct sigaction *saved, const sigset_t *savedMask) {
    for (int i = 0; i < folio_signal_count(); i++) {
        sigaction(folio_signal_at(i), &saved[i], NULL);
    }
    pthread_sigmask(SIG_SETMASK, savedMask, NULL);
}

/// The stop signal received since the handlers were installed, or 0. It stays set, so a later
/// stop signal still takes the restore-and-die path.
static inline int folio_stop_signal(void) {
    return (int)folio_pending_stop_signal;
}

#endif
