#ifndef PARALLAX_CLIBXML2_SHIM_H
#define PARALLAX_CLIBXML2_SHIM_H

// libxml2's ICU types clash with Foundation's ICU on this toolchain:
// read the version header first and switch its ICU support off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/SAX2.h>
#include <libxml/entities.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#include <libxml/encoding.h>

/// `xmlFree` is a C global variable, which Swift 6 rejects; call it through a function.
static inline void px_xmlFree(void *p) { xmlFree(p); }

#endif
