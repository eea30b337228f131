#ifndef REFERENT_CHUNSPELL_SHIM_H
#define REFERENT_CHUNSPELL_SHIM_H
#include <hunspell/hunspell.h>
#endif
