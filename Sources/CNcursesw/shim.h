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

// MARK: - Fatal signals restore the terminal

// A handler for SIGINT, SIGTERM, SIGHUP, SIGQUIT and crash signals: leave curses mode so the
// shell gets its terminal back, then die of the same signal so the exit status tells the truth.
// ncurses itself does the same in its SIGINT handler; endwin() before newterm() or after
// delscreen() returns ERR and does nothing. No state is kept here on purpose: a static variable
// in a header would be duplicated in every object file Swift emits it into.
static void folio_restore_terminal_and_reraise(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

static const int folio_fatal_signals[] = {
    SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP
};

/// How many `struct sigaction` slots `folio_install_fatal_signal_handlers` saves into.
static inline int folio_fatal_signal_count(void) {
    return (int)(sizeof folio_fatal_signals / sizeof folio_fatal_signals[0]);
}

/// Installs the restoring handler, saving the previous actions into `saved`.
static inline void folio_install_fatal_signal_handlers(struct sigaction *saved) {
    for (int i = 0; i < folio_fatal_signal_count(); i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = folio_restore_terminal_and_reraise;
        sigemptyset(&action.sa_mask);
        sigaction(folio_fatal_signals[i], &action, &saved[i]);
    }
}

/// Puts back the actions saved by `folio_install_fatal_signal_handlers`.
static inline void folio_restore_fatal_signal_handlers(const struct sigaction *saved) {
    for (int i = 0; i < folio_fatal_signal_count(); i++) {
        sigaction(folio_fatal_signals[i], &saved[i], NULL);
    }
}

#endif
