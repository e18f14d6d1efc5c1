#ifndef OVERLEG_CNCURSESW_SHIM_H
#define OVERLEG_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags; the wide-character API needs these
// (see ../shared/NOTES-swift-ncurses.md).
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline attr_t overleg_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t overleg_A_BOLD(void) { return A_BOLD; }
static inline attr_t overleg_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t overleg_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t overleg_A_DIM(void) { return A_DIM; }
static inline int overleg_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int overleg_getmaxx(WINDOW *w) { return getmaxx(w); }
/// newterm on the process's own stdin/stdout; NULL (no exit) when TERM is unknown.
static inline SCREEN *overleg_newterm(const char *term) { return newterm(term, stdout, stdin); }
#endif
