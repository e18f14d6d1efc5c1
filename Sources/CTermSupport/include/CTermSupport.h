#ifndef OVERLEG_CTERMSUPPORT_H
#define OVERLEG_CTERMSUPPORT_H
// Async-signal-safe helpers for the terminal lifecycle of the Terminal module
// (../shared/NOTES-swift-ncurses.md "Signals and terminal restore"; htop's CRT.c).
//
// Signal handlers written in Swift are unsound, so all of them live here. They only
// set a sig_atomic_t flag, write a byte to a self-pipe, write saved bytes to the
// terminal and restore saved termios: all async-signal-safe (signal-safety(7)).
// One terminal session at a time per process; the state is private to this file.
#include <stddef.h>

/// Starts a session on the terminal `tty_fd` (stdout): saves its termios and the current
/// dispositions of every signal touched here, creates the self-pipe and installs the
/// handlers for SIGINT, SIGTERM, SIGHUP and SIGQUIT (flag + byte; installed before
/// newterm so that ncurses does not install its own SIGINT/SIGTERM handlers that
/// `_exit`), and for SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS and SIGFPE (restore the
/// terminal, then hand over to the previous handler). Registers an atexit restore once.
/// Returns the read end of the self-pipe (non-blocking), or -1 with errno set
/// (EBUSY when a session is already open).
int overleg_ts_open(int tty_fd);

/// The bytes that put the terminal back (leave the alternate screen, show the cursor,
/// reset attributes, keypad and mouse off), written by the crash and atexit handlers.
/// Copied; at most 511 bytes are kept.
void overleg_ts_set_reset(const char *bytes, size_t length);

/// After newterm: wraps the SIGWINCH handler ncurses installed so that it also writes a
/// byte to the self-pipe (a resize then wakes a poll(2) that would otherwise block).
void overleg_ts_chain_winch(void);

/// 1 while curses owns the screen (the crash and atexit handlers then restore it),
/// 0 once endwin has run.
void overleg_ts_set_active(int active);

/// The first quit signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) received since the session
/// opened, or 0.
int overleg_ts_pending_signal(void);

/// Reads and discards every byte waiting in the self-pipe.
void overleg_ts_drain(void);

/// Writes one byte to the self-pipe to wake the loop; safe from any thread and from a
/// signal handler. Returns 0, or -1 when no session is open.
int overleg_ts_wake(void);

/// When stderr is a terminal: sends it to an unlinked temporary file in `directory`
/// until overleg_ts_restore_stderr (or a crash) copies what was written back to the
/// real stderr. Returns 1 when redirected, 0 when stderr is not a terminal, -1 on error.
int overleg_ts_redirect_stderr(const char *directory);

/// Puts the real stderr back and replays what was written to the log meanwhile.
void overleg_ts_restore_stderr(void);

/// Ends the session: restores every signal disposition saved by overleg_ts_open (also
/// SIGTSTP and SIGWINCH, which ncurses took over) and closes the self-pipe.
void overleg_ts_close(void);

/// The disposition of SIGTSTP: 1 when a handler is installed (ncurses' suspend), 0 when
/// default, -1 when ignored (no job control: Ctrl-Z must do nothing).
int overleg_ts_tstp_disposition(void);

/// Stops the process as SIGTSTP's default action does, after the caller ran endwin;
/// returns once the process is continued (fg).
void overleg_ts_stop_self(void);
#endif
