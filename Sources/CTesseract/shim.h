#ifndef REFERENT_CTESSERACT_SHIM_H
#define REFERENT_CTESSERACT_SHIM_H
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <stdbool.h>
#include <stddef.h>
#include <tesseract/capi.h>

/// tesseract is opened at its first use instead of being linked: its library and the ~40 it pulls in (curl,
/// libarchive, leptonica and theirs) cost every process ~14 ms to map and relocate at start, and most runs
/// never OCR a page. Declarations come from capi.h; calls go through the referent_ wrappers below, which
/// find each function once. dlopen is thread-safe and returns the same handle to every caller.
static inline void *referent_tesseract_library(void) {
    static void *library;
    void *found = __atomic_load_n(&library, __ATOMIC_ACQUIRE);
    if (!found) {
        found = dlopen("libtesseract.so.5", RTLD_NOW | RTLD_GLOBAL);
        if (!found) found = dlopen("libtesseract.so", RTLD_NOW | RTLD_GLOBAL);
        __atomic_store_n(&library, found, __ATOMIC_RELEASE);
    }
    return found;
}

/// The address of tesseract's function `name`, looked up on the first call and kept.
#define REFERENT_TESSERACT(name)                                                               \
    ({                                                                                         \
        static __typeof__(&name) cached;                                                       \
        __typeof__(&name) function = __atomic_load_n(&cached, __ATOMIC_ACQUIRE);              \
        if (!function) {                                                                       \
            function = (__typeof__(&name))dlsym(referent_tesseract_library(), #name);         \
            __atomic_store_n(&cached, function, __ATOMIC_RELEASE);                            \
        }                                                                                      \
        function;                                                                              \
    })

/// The functions Referent calls, in one list: `referent_tesseract_available` checks every one, so a
/// wrapper is never called with a function that was not found.
#define REFERENT_TESSERACT_FUNCTIONS(X)                                                        \
    X(TessBaseAPICreate) X(TessBaseAPIDelete) X(TessBaseAPIInit3) X(TessBaseAPIEnd)             \
    X(TessBaseAPIGetDatapath) X(TessBaseAPIClear) X(TessBaseAPIRecognize)                       \
    X(TessBaseAPIGetIterator) X(TessBaseAPIDetectOrientationScript) X(TessBaseAPISetImage)      \
    X(TessBaseAPISetSourceResolution) X(TessDeleteText) X(TessPageIteratorBaseline)             \
    X(TessPageIteratorBoundingBox) X(TessPageIteratorIsAtBeginningOf)                           \
    X(TessResultIteratorConfidence) X(TessResultIteratorDelete)                                 \
    X(TessResultIteratorGetPageIterator) X(TessResultIteratorNext) X(TessResultIteratorGetUTF8Text)             \
    X(TessBaseAPISetVariable)

/// Whether the tesseract library opens and has every function Referent calls.
static inline bool referent_tesseract_available(void) {
    void *library = referent_tesseract_library();
    if (!library) return false;
#define REFERENT_TESSERACT_CHECK(name) if (!dlsym(library, #name)) return false;
    REFERENT_TESSERACT_FUNCTIONS(REFERENT_TESSERACT_CHECK)
#undef REFERENT_TESSERACT_CHECK
    return true;
}

static inline TessBaseAPI *referent_TessBaseAPICreate(void) { return REFERENT_TESSERACT(TessBaseAPICreate)(); }
static inline void referent_TessBaseAPIDelete(TessBaseAPI *api) { REFERENT_TESSERACT(TessBaseAPIDelete)(api); }
static inline int referent_TessBaseAPIInit3(TessBaseAPI *api, const char *datapath, const char *language) {
    return REFERENT_TESSERACT(TessBaseAPIInit3)(api, datapath, language);
}
static inline void referent_TessBaseAPIEnd(TessBaseAPI *api) { REFERENT_TESSERACT(TessBaseAPIEnd)(api); }
static inline const char *referent_TessBaseAPIGetDatapath(TessBaseAPI *api) {
    return REFERENT_TESSERACT(TessBaseAPIGetDatapath)(api);
}
static inline void referent_TessBaseAPIClear(TessBaseAPI *api) { REFERENT_TESSERACT(TessBaseAPIClear)(api); }
static inline int referent_TessBaseAPIRecognize(TessBaseAPI *api, ETEXT_DESC *monitor) {
    return REFERENT_TESSERACT(TessBaseAPIRecognize)(api, monitor);
}
static inline TessResultIterator *referent_TessBaseAPIGetIterator(TessBaseAPI *api) {
    return REFERENT_TESSERACT(TessBaseAPIGetIterator)(api);
}
static inline BOOL referent_TessBaseAPIDetectOrientationScript(
    TessBaseAPI *api, int *degrees, float *confidence, const char **script, float *scriptConfidence) {
    return REFERENT_TESSERACT(TessBaseAPIDetectOrientationScript)(api, degrees, confidence, script, scriptConfidence);
}
static inline void referent_TessBaseAPISetImage(
    TessBaseAPI *api, const unsigned char *data, int width, int height, int bytesPerPixel, int bytesPerLine) {
    REFERENT_TESSERACT(TessBaseAPISetImage)(api, data, width, height, bytesPerPixel, bytesPerLine);
}
static inline void referent_TessBaseAPISetSourceResolution(TessBaseAPI *api, int ppi) {
    REFERENT_TESSERACT(TessBaseAPISetSourceResolution)(api, ppi);
}
static inline BOOL referent_TessBaseAPISetVariable(TessBaseAPI *api, const char *name, const char *value) {
    return REFERENT_TESSERACT(TessBaseAPISetVariable)(api, name, value);
}
static inline void referent_TessDeleteText(const char *text) { REFERENT_TESSERACT(TessDeleteText)(text); }
static inline BOOL referent_TessPageIteratorBaseline(
    const TessPageIterator *iterator, TessPageIteratorLevel level, int *x1, int *y1, int *x2, int *y2) {
    return REFERENT_TESSERACT(TessPageIteratorBaseline)(iterator, level, x1, y1, x2, y2);
}
static inline BOOL referent_TessPageIteratorBoundingBox(
    const TessPageIterator *iterator, TessPageIteratorLevel level, int *left, int *top, int *right, int *bottom) {
    return REFERENT_TESSERACT(TessPageIteratorBoundingBox)(iterator, level, left, top, right, bottom);
}
static inline BOOL referent_TessPageIteratorIsAtBeginningOf(
    const TessPageIterator *iterator, TessPageIteratorLevel level) {
    return REFERENT_TESSERACT(TessPageIteratorIsAtBeginningOf)(iterator, level);
}
static inline float referent_TessResultIteratorConfidence(
    const TessResultIterator *iterator, TessPageIteratorLevel level) {
    return REFERENT_TESSERACT(TessResultIteratorConfidence)(iterator, level);
}
static inline void referent_TessResultIteratorDelete(TessResultIterator *iterator) {
    REFERENT_TESSERACT(TessResultIteratorDelete)(iterator);
}
static inline TessPageIterator *referent_TessResultIteratorGetPageIterator(TessResultIterator *iterator) {
    return REFERENT_TESSERACT(TessResultIteratorGetPageIterator)(iterator);
}
static inline BOOL referent_TessResultIteratorNext(TessResultIterator *iterator, TessPageIteratorLevel level) {
    return REFERENT_TESSERACT(TessResultIteratorNext)(iterator, level);
}
static inline char *referent_TessResultIteratorGetUTF8Text(
    const TessResultIterator *iterator, TessPageIteratorLevel level) {
    return REFERENT_TESSERACT(TessResultIteratorGetUTF8Text)(iterator, level);
}

/// Tesseract's OpenMP parallelism makes OCR 3-12x slower on small machines, and OMP_THREAD_LIMIT only works
/// when set before the process starts. These OpenMP calls act on the calling thread, so every thread that
/// runs OCR calls this first. Looked up at run time: a tesseract built without OpenMP has no libgomp.
static inline void referent_omp_single_thread(void) {
    void (*setLevels)(int) = (void (*)(int))dlsym(RTLD_DEFAULT, "omp_set_max_active_levels");
    if (setLevels) setLevels(0);
    void (*setThreads)(int) = (void (*)(int))dlsym(RTLD_DEFAULT, "omp_set_num_threads");
    if (setThreads) setThreads(1);
}
#endif
