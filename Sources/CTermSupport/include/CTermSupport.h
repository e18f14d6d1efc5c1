#ifndef OVERLEG_CTERMSUPPORT_H
#define OVERLEG_CTERMSUPPORT_H
// Async-signal-safe helpers for the terminal lifecycle (filled in by the Terminal work).
int overleg_term_support_version(void);
#endif
