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
#include <libxml/parserInternals.h>
#include <string.h>
#include <zlib.h>

/// The first `c` in `n` bytes at `p` (libc memchr), or NULL.
static inline const unsigned char *cxml_find_byte(const unsigned char *p, unsigned char c, unsigned long n) {
    return (const unsigned char *)memchr(p, c, n);
}

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

/// Error handlers that drop what they are given: libxml2 must never print by itself.
static inline void cxml_ignore_generic_error(void *context, const char *message, ...) {
    (void)context; (void)message;
}
static inline void cxml_ignore_structured_error(void *context, xmlErrorPtr error) {
    (void)context; (void)error;
}

/// Prepares libxml2 for parsing from many threads. Call exactly once, before any parse:
/// without `xmlInitParser`, two threads creating their first dictionaries at once crash
/// or deadlock. Errors raised outside any parser context (encoding conversion, I/O) go to
/// the thread's default handlers, so every thread's default is set here to one that
/// prints nothing; parsers get their own handler in `cxml_html_sax_parse`.
static inline void cxml_init(void) {
    xmlInitParser();
    xmlThrDefSetGenericErrorFunc(NULL, cxml_ignore_generic_error);
    xmlThrDefSetStructuredErrorFunc(NULL, cxml_ignore_structured_error);
    xmlSetGenericErrorFunc(NULL, cxml_ignore_generic_error);
    xmlSetStructuredErrorFunc(NULL, cxml_ignore_structured_error);
}

/// Callbacks for `cxml_html_sax_parse`; `user` is passed back to each.
/// `start` returns nonzero to stop the parse (the page is over its budget).
typedef struct {
    int (*start)(void *user, const xmlChar *name, const xmlChar **attributes);
    void (*end)(void *user, const xmlChar *name);
    void (*text)(void *user, const xmlChar *bytes, int length);
    void (*raw)(void *user, const xmlChar *bytes, int length);
} cxml_sax_callbacks;

/// What libxml2 hands each SAX callback: the caller's callbacks and data, and the parser to stop.
typedef struct {
    const cxml_sax_callbacks *callbacks;
    void *user;
    htmlParserCtxtPtr ctxt;
} cxml_sax_state;

static inline void cxml_sax_start(void *state, const xmlChar *name, const xmlChar **attributes) {
    cxml_sax_state *s = (cxml_sax_state *)state;
    if (s->callbacks->start(s->user, name, attributes) != 0) xmlStopParser(s->ctxt);
}
static inline void cxml_sax_end(void *state, const xmlChar *name) {
    cxml_sax_state *s = (cxml_sax_state *)state;
    s->callbacks->end(s->user, name);
}
static inline void cxml_sax_text(void *state, const xmlChar *bytes, int length) {
    cxml_sax_state *s = (cxml_sax_state *)state;
    s->callbacks->text(s->user, bytes, length);
}
static inline void cxml_sax_raw(void *state, const xmlChar *bytes, int length) {
    cxml_sax_state *s = (cxml_sax_state *)state;
    s->callbacks->raw(s->user, bytes, length);
}

/// Runs libxml2's HTML parser over the UTF-8 `buffer` with SAX callbacks only: no DOM is
/// built, and libxml2 converts no encoding (the caller decodes first). Script and style
/// contents arrive through `raw`; whitespace the parser calls ignorable arrives through
/// `text`. The parser's errors go to this context's own structured handler, which drops
/// them; no global state is touched. Call `cxml_init` once before the first parse.
/// Returns 0, or -1 when no parser could be created.
static inline int cxml_html_sax_parse(const char *buffer, int size, int options,
                                      const cxml_sax_callbacks *callbacks, void *user) {
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(buffer, size);
    if (ctxt == NULL) return -1;
    cxml_sax_state state = { callbacks, user, ctxt };
    htmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElement = cxml_sax_start;
    sax.endElement = cxml_sax_end;
    sax.characters = cxml_sax_text;
    sax.ignorableWhitespace = cxml_sax_text;
    sax.cdataBlock = cxml_sax_raw;
    /* XML_SAX2_MAGIC makes libxml2 read `serror`: every error of this parser goes there. */
    sax.serror = cxml_ignore_structured_error;
    sax.initialized = XML_SAX2_MAGIC;
    memcpy(ctxt->sax, &sax, sizeof sax);
    ctxt->userData = &state;
    htmlCtxtUseOptions(ctxt, options);
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler("UTF-8");
    if (handler != NULL) xmlSwitchToEncoding(ctxt, handler);
    htmlParseDocument(ctxt);
    if (ctxt->myDoc != NULL) { xmlFreeDoc(ctxt->myDoc); ctxt->myDoc = NULL; }
    htmlFreeParserCtxt(ctxt);
    return 0;
}

#endif
