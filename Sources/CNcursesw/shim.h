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
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Attribute bits: function-like macros, not imported into Swift.
static inline attr_t overleg_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t overleg_A_BOLD(void) { return A_BOLD; }
static inline attr_t overleg_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t overleg_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t overleg_A_DIM(void) { return A_DIM; }
static inline int overleg_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int overleg_getmaxx(WINDOW *w) { return getmaxx(w); }

/// newterm on the process's own stdin/stdout; NULL (no exit) when TERM is unknown.
static inline SCREEN *overleg_newterm(const char *term) { return newterm(term, stdout, stdin); }
/// The screen's main window and the physical-screen copy (C globals Swift 6 rejects).
static inline WINDOW *overleg_stdscr(void) { return stdscr; }
static inline WINDOW *overleg_curscr(void) { return curscr; }

// Mouse masks (NCURSES_MOUSE_MASK expansions).
static inline mmask_t overleg_BUTTON1_PRESSED(void) { return BUTTON1_PRESSED; }
static inline mmask_t overleg_BUTTON4_PRESSED(void) { return BUTTON4_PRESSED; }
static inline mmask_t overleg_BUTTON5_PRESSED(void) { return BUTTON5_PRESSED; }

/// libc's column width of one wide character (-1 for non-printable), which ncurses and
/// most terminals use to advance the cursor; glibc hides `wcwidth` from Swift.
static inline int overleg_wcwidth(wchar_t c) { return wcwidth(c); }

/// 1 when the current LC_CTYPE codeset is UTF-8.
static inline int overleg_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

/// A string capability of the current terminal, or NULL when absent or cancelled.
static inline const char *overleg_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}

/// Writes one cell: up to 5 wide characters (a spacing character and its combining
/// marks, 0-terminated in `text`) with attributes and colour pair at row y, column x.
static inline int overleg_put_cell(WINDOW *w, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(w, y, x, &cell);
}
#endif
