#include "CTermSupport.h"
int overleg_term_support_version(void) { return 1; }
