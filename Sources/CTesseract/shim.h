#ifndef REFERENT_CTESSERACT_SHIM_H
#define REFERENT_CTESSERACT_SHIM_H
#include <tesseract/capi.h>
#endif
