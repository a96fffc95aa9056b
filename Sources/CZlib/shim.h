#ifndef PARALLAX_CZLIB_SHIM_H
#define PARALLAX_CZLIB_SHIM_H
// zlib (Debian zlib1g-dev): inflates the dictzip (.dict.dz) files of dictd dictionaries.
#include <zlib.h>
// inflateInit2 is a macro; Swift cannot call it.
static inline int px_inflateInit2(z_streamp stream, int windowBits) {
  return inflateInit2_(stream, windowBits, ZLIB_VERSION, (int)sizeof(z_stream));
}
#endif
