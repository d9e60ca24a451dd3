// Shim for libxml2's HTML parser. Debian's headers pull in the system ICU,
// which clashes with Foundation's copy: switch it off before the parser headers.
#ifndef FOLIO_CLIBXML2_SHIM_H
#define FOLIO_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects.
static inline void cxml_free(void *p) { xmlFree(p); }

#endif
