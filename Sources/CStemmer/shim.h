#ifndef PARALLAX_CSTEMMER_SHIM_H
#define PARALLAX_CSTEMMER_SHIM_H
// Snowball stemmers (Debian libstemmer-dev).
#include <libstemmer.h>
#endif
