/*
 * Standalone timing program for mb_nernst_batch (nernst.c is #included so the
 * loop is compiled with exactly the same flags as the bench).
 *
 * Output, one line per n:
 *   <label> n=<n> ns_per_elem=<x> median_ms=<y> min_ms=<z> reps=<r> checksum=<s>
 *
 * Usage: nernst_bench [label] [reps]   (label defaults to NERNST_LABEL, reps to 15)
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <time.h>

#include "nernst.c"

#ifndef NERNST_LABEL
#define NERNST_LABEL "c"
#endif

/* splitmix64: fixed-seed, simple, reproducible */
static uint64_t rng_state;
static uint64_t splitmix64(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
/* uniform in [lo, hi) with 53-bit resolution */
static double uniform(double lo, double hi)
{
    return lo + (hi - lo) * ((splitmix64() >> 11) * 0x1.0p-53);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec * 1e-6;
}

static int cmp_double(const void* a, const void* b)
{
    double x = *(const double*)a, y = *(const double*)b;
    return (x > y) - (x < y);
}

/* Keep the call opaque-ish so the compiler cannot hoist/elide repeated calls. */
static void (*volatile nernst_fn)(const double*, const double*, double*, long, double) = mb_nernst_batch;

int main(int argc, char** argv)
{
    const char* label = argc > 1 ? argv[1] : NERNST_LABEL;
    int reps = argc > 2 ? atoi(argv[2]) : 15;
    if (reps < 1) reps = 1;

    /* k = R*T/(z*F) for z=+1 at 310.15 K (37 C) */
    const double R = 8.314462618, F = 96485.33212, T = 310.15;
    const double k = R * T / (1.0 * F);

    const long sizes[] = { 1000000L, 10000000L };
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        long n = sizes[s];
        double* ci  = aligned_alloc(64, n * sizeof(double));
        double* co  = aligned_alloc(64, n * sizeof(double));
        double* out = aligned_alloc(64, n * sizeof(double));
        double* t   = malloc(reps * sizeof(double));
        if (!ci || !co || !out || !t) { fprintf(stderr, "alloc failed\n"); return 1; }

        rng_state = 12345;
        for (long i = 0; i < n; i++) { ci[i] = uniform(1.0, 200.0); co[i] = uniform(1.0, 200.0); }

        for (int w = 0; w < 3; w++) nernst_fn(ci, co, out, n, k);   /* warm-up: page faults, caches, freq */

        for (int r = 0; r < reps; r++) {
            double t0 = now_ms();
            nernst_fn(ci, co, out, n, k);
            t[r] = now_ms() - t0;
        }
        qsort(t, reps, sizeof(double), cmp_double);
        double med = (reps & 1) ? t[reps / 2] : 0.5 * (t[reps / 2 - 1] + t[reps / 2]);

        double sum = 0.0;
        for (long i = 0; i < n; i++) sum += out[i];

        printf("%s n=%ld ns_per_elem=%.3f median_ms=%.3f min_ms=%.3f reps=%d checksum=%.9e\n",
               label, n, med * 1e6 / n, med, t[0], reps, sum);
        fflush(stdout);
        free(ci); free(co); free(out); free(t);
    }
    return 0;
}
