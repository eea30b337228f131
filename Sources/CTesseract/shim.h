#ifndef REFERENT_CTESSERACT_SHIM_H
#define REFERENT_CTESSERACT_SHIM_H
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <tesseract/capi.h>

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
