#ifndef REFERENT_CPOPPLER_SHIM_H
#define REFERENT_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib.h>
#include <gio/gio.h>
#include <cairo.h>

/// glib's checksum API is reached through poppler-glib's glib; SHA-256 of the input file needs nothing more.
static inline GChecksumType referent_sha256_type(void) { return G_CHECKSUM_SHA256; }
#endif
