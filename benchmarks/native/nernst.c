/*
 * Reference batch Nernst potential for Membrane.Biophysics benchmarks.
 *
 *   out[i] = k * log(co[i] / ci[i]),   k = R*T/(z*F)  [volts]
 *
 * Deliberately a plain loop: the point is to see what gcc auto-vectorises.
 * Built twice by build.sh:
 *   libnernst_fast.so   : -O3 -march=native -ffast-math  (may call libmvec _ZGV*_log)
 *   libnernst_strict.so : -O3 -march=native              (scalar calls to log)
 */
#include <math.h>

#if defined(_WIN32)
#define MB_EXPORT __declspec(dllexport)
#else
#define MB_EXPORT __attribute__((visibility("default")))
#endif

MB_EXPORT void mb_nernst_batch(const double* ci, const double* co, double* out, long n, double k)
{
    for (long i = 0; i < n; i++)
        out[i] = k * log(co[i] / ci[i]);
}
