// Signal handling and emergency terminal restore for the Terminal module.
// Everything a handler touches is a static of this file; handlers call only
// async-signal-safe functions (write, read, lseek, tcsetattr, dup2, sigaction, raise).
#define _GNU_SOURCE
#include "CTermSupport.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static const int quit_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
static const int crash_signals[] = {SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE};
// Taken over by ncurses in newterm; put back as they were when the session ends.
static const int ncurses_signals[] = {SIGTSTP, SIGWINCH};
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static struct sigaction saved_quit[COUNT(quit_signals)];
static struct sigaction saved_crash[COUNT(crash_signals)];
static struct sigaction saved_ncurses[COUNT(ncurses_signals)];
static struct sigaction ncurses_winch;

static volatile sig_atomic_t session_open = 0;
static volatile sig_atomic_t curses_active = 0;
static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t pipe_write_fd = -1;
static int pipe_read_fd = -1;

static int tty = -1;
static struct termios saved_termios;
static int have_termios = 0;
static char reset_bytes[512];
static volatile sig_atomic_t reset_length = 0;

static int real_stderr = -1;   // dup of the original fd 2 while redirected
static int stderr_log = -1;    // the unlinked log file

static void write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t n = write(fd, bytes, length);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        bytes += n;
        length -= (size_t)n;
    }
}

static void wake_byte(char byte) {
    int fd = pipe_write_fd;
    if (fd >= 0) {
        ssize_t ignored = write(fd, &byte, 1);  // full pipe: a wake-up is already pending
        (void)ignored;
    }
}

/// Puts the terminal and stderr back; async-signal-safe, idempotent.
static void emergency_restore(void) {
    if (curses_active) {
        curses_active = 0;
        if (tty >= 0 && reset_length > 0) write_all(tty, reset_bytes, (size_t)reset_length);
        if (tty >= 0 && have_termios) tcsetattr(tty, TCSANOW, &saved_termios);
    }
    overleg_ts_restore_stderr();
}

static void on_quit_signal(int signo) {
    int saved_errno = errno;
    if (pending_signal == 0) pending_signal = signo;
    wake_byte((char)signo);
    errno = saved_errno;
}

static void on_crash_signal(int signo) {
    emergency_restore();
    for (size_t i = 0; i < COUNT(crash_signals); i++) {
        if (crash_signals[i] == signo) sigaction(signo, &saved_crash[i], NULL);
    }
    // Hand over to the previous handler now (the Swift runtime's backtracer prints its
    // report on the restored terminal), or die here when it was the default action.
    sigset_t just_this;
    sigemptyset(&just_this);
    sigaddset(&just_this, signo);
    sigprocmask(SIG_UNBLOCK, &just_this, NULL);
    raise(signo);
    // The previous handler returned: a signal sent with kill(2) would not come back as a
    // fault does, so end the process by the signal's default action.
    struct sigaction default_action;
    memset(&default_action, 0, sizeof default_action);
    default_action.sa_handler = SIG_DFL;
    sigemptyset(&default_action.sa_mask);
    sigaction(signo, &default_action, NULL);
    raise(signo);
}

static void on_winch(int signo, siginfo_t *info, void *context) {
    int saved_errno = errno;
    if (ncurses_winch.sa_flags & SA_SIGINFO) {
        if (ncurses_winch.sa_sigaction) ncurses_winch.sa_sigaction(signo, info, context);
    } else if (ncurses_winch.sa_handler != SIG_DFL && ncurses_winch.sa_handler != SIG_IGN) {
        ncurses_winch.sa_handler(signo);
    }
    wake_byte('W');
    errno = saved_errno;
}

static void at_exit_restore(void) { emergency_restore(); }

static void install(int signo, void (*handler)(int), struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK;
    sigaction(signo, &action, previous);
}

int overleg_ts_open(int tty_fd) {
    static int atexit_registered = 0;
    if (session_open) { errno = EBUSY; return -1; }
    int fds[2];
    if (pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0) return -1;
    pipe_read_fd = fds[0];
    pipe_write_fd = fds[1];
    tty = tty_fd;
    have_termios = tcgetattr(tty_fd, &saved_termios) == 0;
    pending_signal = 0;
    reset_length = 0;
    for (size_t i = 0; i < COUNT(ncurses_signals); i++) sigaction(ncurses_signals[i], NULL, &saved_ncurses[i]);
    for (size_t i = 0; i < COUNT(quit_signals); i++) install(quit_signals[i], on_quit_signal, &saved_quit[i]);
    for (size_t i = 0; i < COUNT(crash_signals); i++) install(crash_signals[i], on_crash_signal, &saved_crash[i]);
    if (!atexit_registered) atexit_registered = atexit(at_exit_restore) == 0;
    // A parent may have left these blocked (a test runner's thread mask is inherited
    // through exec): a blocked SIGTERM would never reach the handler.
    sigset_t handled;
    sigemptyset(&handled);
    for (size_t i = 0; i < COUNT(quit_signals); i++) sigaddset(&handled, quit_signals[i]);
    for (size_t i = 0; i < COUNT(crash_signals); i++) sigaddset(&handled, crash_signals[i]);
    sigaddset(&handled, SIGTSTP);
    sigaddset(&handled, SIGWINCH);
    sigaddset(&handled, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
    session_open = 1;
    return pipe_read_fd;
}

void overleg_ts_set_reset(const char *bytes, size_t length) {
    if (length > sizeof reset_bytes) length = sizeof reset_bytes;
    reset_length = 0;
    memcpy(reset_bytes, bytes, length);
    reset_length = (sig_atomic_t)length;
}

void overleg_ts_chain_winch(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigaction(SIGWINCH, NULL, &ncurses_winch);
    action.sa_sigaction = on_winch;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigaction(SIGWINCH, &action, NULL);
}

void overleg_ts_set_active(int active) { curses_active = active ? 1 : 0; }

int overleg_ts_pending_signal(void) { return pending_signal; }

void overleg_ts_drain(void) {
    char buffer[64];
    if (pipe_read_fd < 0) return;
    while (read(pipe_read_fd, buffer, sizeof buffer) > 0) {}
}

int overleg_ts_wake(void) {
    if (pipe_write_fd < 0) return -1;
    wake_byte('E');
    return 0;
}

int overleg_ts_redirect_stderr(const char *directory) {
    if (real_stderr >= 0) return 1;
    if (!isatty(STDERR_FILENO)) return 0;
    char path[4096];
    int n = snprintf(path, sizeof path, "%s/overleg-stderr-XXXXXX", directory);
    if (n < 0 || (size_t)n >= sizeof path) return -1;
    int log = mkostemp(path, O_CLOEXEC);
    if (log < 0) return -1;
    unlink(path);
    int saved = dup(STDERR_FILENO);
    if (saved < 0 || dup2(log, STDERR_FILENO) < 0) {
        if (saved >= 0) close(saved);
        close(log);
        return -1;
    }
    fcntl(saved, F_SETFD, FD_CLOEXEC);
    stderr_log = log;
    real_stderr = saved;
    return 1;
}

void overleg_ts_restore_stderr(void) {
    int saved = real_stderr, log = stderr_log;
    if (saved < 0) return;
    real_stderr = -1;
    stderr_log = -1;
    dup2(saved, STDERR_FILENO);
    close(saved);
    if (log >= 0) {
        char buffer[4096];
        ssize_t n;
        lseek(log, 0, SEEK_SET);
        while ((n = read(log, buffer, sizeof buffer)) > 0) write_all(STDERR_FILENO, buffer, (size_t)n);
        close(log);
    }
}

void overleg_ts_close(void) {
    if (!session_open) return;
    for (size_t i = 0; i < COUNT(quit_signals); i++) sigaction(quit_signals[i], &saved_quit[i], NULL);
    for (size_t i = 0; i < COUNT(crash_signals); i++) sigaction(crash_signals[i], &saved_crash[i], NULL);
    for (size_t i = 0; i < COUNT(ncurses_signals); i++) sigaction(ncurses_signals[i], &saved_ncurses[i], NULL);
    int write_fd = pipe_write_fd;
    pipe_write_fd = -1;
    if (write_fd >= 0) close(write_fd);
    if (pipe_read_fd >= 0) close(pipe_read_fd);
    pipe_read_fd = -1;
    curses_active = 0;
    session_open = 0;
}

int overleg_ts_tstp_disposition(void) {
    struct sigaction current;
    if (sigaction(SIGTSTP, NULL, &current) != 0) return 0;
    if (current.sa_handler == SIG_IGN) return -1;
    return current.sa_handler == SIG_DFL ? 0 : 1;
}

void overleg_ts_stop_self(void) {
    struct sigaction previous, action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTSTP, &action, &previous);
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &set, &old);
    kill(getpid(), SIGTSTP);  // stops here until SIGCONT (fg)
    sigprocmask(SIG_SETMASK, &old, NULL);
    sigaction(SIGTSTP, &previous, NULL);
}
