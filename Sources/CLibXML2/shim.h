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
#include <zlib.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects.
static inline void cxml_free(void *p) { xmlFree(p); }

/// Inflates a gzip stream (`in`, `in_len`) into `out`; returns the bytes written, or -1
/// on a corrupt stream, or -2 when `out_cap` bytes are not enough.
/// Concatenated gzip members are inflated one after another.
static inline long cxml_gunzip(const unsigned char *in, unsigned long in_len,
                               unsigned char *out, unsigned long out_cap) {
    z_stream s = {0};
    if (inflateInit2(&s, 16 + MAX_WBITS) != Z_OK) return -1;
    s.next_in = (unsigned char *)in;
    s.avail_in = (uInt)in_len;
    s.next_out = out;
    s.avail_out = (uInt)out_cap;
    long result = -1;
    for (;;) {
        int rc = inflate(&s, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            if (s.avail_in > 0 && s.next_in[0] == 0x1f) { inflateReset(&s); continue; }
            result = (long)(out_cap - s.avail_out);
            break;
        }
        if (s.avail_out == 0) { result = -2; break; }
        if (rc != Z_OK || s.avail_in == 0) { result = -1; break; }
    }
    inflateEnd(&s);
    return result;
}

#endif
