#ifndef REFERENT_CLIBXML2_SHIM_H
#define REFERENT_CLIBXML2_SHIM_H
// Debian's libxml2 is built with ICU; its encoding.h would pull the system ICU headers, which clash with
// Foundation's _FoundationICU on a clean build. Referent never uses libxml2's ICU encodings.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function-pointer variable, which Swift 6 rejects as unsafe shared state.
static inline void referent_xml_free(void *pointer) { xmlFree(pointer); }
#endif
