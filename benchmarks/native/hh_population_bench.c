/* Standalone timer for hh_population.c (#included, so the loop gets this file's flags): 10^4 HH cells x 10^4 steps
 * of 10 us at 6.3 C, cell i biased by (i mod 50) uA/cm^2, every cell starting at -65 mV with its gates at their
 * steady state there (the set-up of DynamicsBenchmarks/PopulationBenchmarks and hh_population_brian2.py).
 *
 *   hh_population_bench [label] [reps] [cells] [steps]
 *
 * Prints one line per run: label cells steps ns_per_neuron_step seconds spikes mean_v_mV.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "hh_population.c"

#ifndef HH_LABEL
#define HH_LABEL "c"
#endif

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

int main(int argc, char** argv)
{
    const char* label = argc > 1 ? argv[1] : HH_LABEL;
    int reps = argc > 2 ? atoi(argv[2]) : 3;
    long cells = argc > 3 ? atol(argv[3]) : 10000;
    long steps = argc > 4 ? atol(argv[4]) : 10000;
    double* v = malloc(cells * sizeof(double));
    double* m = malloc(cells * sizeof(double));
    double* h = malloc(cells * sizeof(double));
    double* n = malloc(cells * sizeof(double));
    double* bias = malloc(cells * sizeof(double));
    int* spikes = malloc(cells * sizeof(int));
    for (int r = 0; r < reps; r++) {
        /* rest: x_inf at -65 mV from the same rates */
        double mv = -65.0;
        double am = 1000.0 * bernoulli((mv + 40.0) / 10.0), bm = 4000.0 * exp(-(mv + 65.0) / 18.0);
        double ah = 70.0 * exp(-(mv + 65.0) / 20.0), bh = 1000.0 / (1.0 + exp(-(mv + 35.0) / 10.0));
        double an = 100.0 * bernoulli((mv + 55.0) / 10.0), bn = 125.0 * exp(-(mv + 65.0) / 80.0);
        for (long i = 0; i < cells; i++) {
            v[i] = -0.065;
            m[i] = am / (am + bm);
            h[i] = ah / (ah + bh);
            n[i] = an / (an + bn);
            bias[i] = 0.01 * (double)(i % 50);
            spikes[i] = 0;
        }
        double t0 = now();
        mb_hh_population(v, m, h, n, bias, spikes, cells, steps, 1e-5, 1.0);
        double t1 = now();
        long total = 0;
        double sum = 0;
        for (long i = 0; i < cells; i++) {
            total += spikes[i];
            sum += v[i];
        }
        printf("%s cells=%ld steps=%ld ns_per_neuron_step=%.3f seconds=%.3f spikes=%ld mean_v_mV=%.6f\n",
               label, cells, steps, 1e9 * (t1 - t0) / ((double)cells * steps), t1 - t0, total, 1000 * sum / cells);
        fflush(stdout);
    }
    return 0;
}
