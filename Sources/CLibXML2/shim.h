#ifndef KGBUILD_CLIBXML2_SHIM_H
#define KGBUILD_CLIBXML2_SHIM_H

/* Debian's libxml/encoding.h includes the system ICU, which clashes with Foundation's own ICU
   module on fresh builds. Pretend ucnv.h was included and declare the two names encoding.h uses. */
#include <stdint.h>
#ifndef UCNV_H
#define UCNV_H
typedef struct UConverter UConverter;
typedef uint16_t UChar;
#endif

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>

/* xmlFree is a global function pointer, which Swift 6 rejects as not concurrency-safe. */
static inline void kg_xmlFree(void *p) { xmlFree(p); }

static void kg_silentError(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

/* Silences libxml2's generic error output for this thread and for threads created later. */
static inline void kg_silenceLibxml(void) {
    xmlThrDefSetGenericErrorFunc(NULL, kg_silentError);
    xmlSetGenericErrorFunc(NULL, kg_silentError);
}

#endif
