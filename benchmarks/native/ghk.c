/*
 * Reference GHK batch loops for Membrane.Biophysics benchmarks (plain loops: the point is to see what gcc
 * auto-vectorises). Built twice by build.sh: libghk_fast.so (-O3 -march=native -ffast-math, libmvec) and
 * libghk_strict.so (-O3 -march=native, scalar libm calls).
 *
 * mb_ghk_reversal: GHK voltage equation, monovalent closed form (Goldman 1943; Hodgkin and Katz 1949), for n samples
 * of m ions stored ion-major (c[k*n + s]):
 *   out[s] = vt * log(sum_k w[k] * (z[k] > 0 ? co : ci) / sum_k w[k] * (z[k] > 0 ? ci : co)),   w[k] = P_k / P_max
 * m = 3 and m = 4 go to copies with a compile-time m, so gcc can unroll the ion loop and vectorise over samples.
 *
 * mb_ghk_current: GHK current density over a voltage grid, the arithmetic of GhkCurrent.Densities:
 *   u = z v / vt, a = -|u|, y = e^a, e^a - 1 = (y - 1) a / ln y (Kahan), B(|u|) = a / (e^a - 1), B(-|u|) = y B(|u|),
 *   series 1 +- |u|/2 + u^2/12 below |u| = 1e-5;  out[i] = k (ci B(u) - co B(-u)).
 */
#include <math.h>

#if defined(_WIN32)
#define MB_EXPORT __declspec(dllexport)
#else
#define MB_EXPORT __attribute__((visibility("default")))
#endif

static inline void reversal(const double* restrict ci, const double* restrict co, long m, long n,
                            const double* restrict w, const int* restrict z, double vt, double* restrict out)
{
    for (long s = 0; s < n; s++) {
        double outward = 0, inward = 0;
        for (long k = 0; k < m; k++) {
            double cin = ci[k * n + s], cout = co[k * n + s];
            outward += w[k] * (z[k] > 0 ? cin : cout);
            inward += w[k] * (z[k] > 0 ? cout : cin);
        }
        out[s] = vt * log(inward / outward);
    }
}

MB_EXPORT void mb_ghk_reversal(const double* ci, const double* co, long m, long n, const double* w, const int* z, double vt, double* out)
{
    if (m == 3)
        reversal(ci, co, 3, n, w, z, vt, out);
    else if (m == 4)
        reversal(ci, co, 4, n, w, z, vt, out);
    else
        reversal(ci, co, m, n, w, z, vt, out);
}

MB_EXPORT void mb_ghk_current(const double* restrict v, long n, int z, double vt, double k, double ci, double co, double* restrict out)
{
    for (long i = 0; i < n; i++) {
        double u = z * v[i] / vt;
        double au = fabs(u), a = -au;
        double y = exp(a);
        double em = y == 1.0 ? a : (y - 1.0) * a / log(y);
        double t = a / em;
        int small = au < 1e-5;
        double up = small ? 1.0 + au * (0.5 + au / 12.0) : t;
        double down = small ? 1.0 - au * (0.5 - au / 12.0) : t * y;
        double bplus = u >= 0 ? up : down, bminus = u >= 0 ? down : up;
        out[i] = k * (ci * bplus - co * bminus);
    }
}
