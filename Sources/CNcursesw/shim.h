// Shim for the parts of ncursesw that Swift cannot call directly:
// function-like macros, C globals that Swift 6 rejects, and wcwidth.
#ifndef FOLIO_CNCURSESW_SHIM_H
#define FOLIO_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <curses.h>
#include <term.h>

extern int wcwidth(wchar_t c);

static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline attr_t nc_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t nc_A_BOLD(void) { return A_BOLD; }
static inline attr_t nc_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t nc_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t nc_A_DIM(void) { return A_DIM; }
static inline attr_t nc_A_ITALIC(void) { return A_ITALIC; }
static inline attr_t nc_COLOR_PAIR(int n) { return COLOR_PAIR(n); }

#endif
