/* A population of independent Hodgkin-Huxley (1952) cells, structure of arrays, stepped the way
 * Membrane.Biophysics' Population steps them: Rush-Larsen gates at the old V, then backward Euler in the ohmic
 * currents, then an upward threshold crossing counted. The plain C reference for benchmarks/compare-population.sh.
 *
 * Units as in the library: V in volts, rates in 1/s at 6.3 C (the published 1/ms times 1000), conductances in S/m^2,
 * currents in A/m^2, capacitance in F/m^2. The rates are those of HH 1952 in NEURON's hh.mod form (V = phi_in -
 * phi_out, rest -65 mV); alpha_m and alpha_n are a k B(u) with B(u) = u/(1 - e^-u) = u/-expm1(-u), by its series
 * 1 + u/2 + u^2/12 - u^4/720 for |u| < 1e-4 (the scalar path of src/Membrane.Biophysics/Channels/HodgkinHuxley1952.cs).
 *
 *   void mb_hh_population(double* v, double* m, double* h, double* n, const double* bias, int* spikes,
 *                         long cells, long steps, double dt, double phi)
 *
 * advances every cell by `steps` steps of dt seconds; phi is the Q10 factor of the rates; bias[i] is cell i's
 * injected current density (A/m^2, positive into the cell); spikes[i] counts crossings of 0 V. Built twice by
 * build.sh: -O3 -march=native -ffast-math (libmvec's vector exp and expm1) and -O3 -march=native (scalar glibc).
 */
#include <math.h>

#define G_NA 1200.0    /* 120 mS/cm^2 */
#define G_K 360.0      /* 36 mS/cm^2 */
#define G_L 3.0        /* 0.3 mS/cm^2 */
#define E_NA 0.050
#define E_K (-0.077)
#define E_L (-0.0543)
#define C_M 0.01       /* 1 uF/cm^2 */
#define THRESHOLD 0.0

static inline double bernoulli(double u)
{
    if (fabs(u) < 1e-4) {
        double u2 = u * u;
        return 1.0 + u / 2.0 + u2 / 12.0 - u2 * u2 / 720.0;
    }
    return u / -expm1(-u);
}

void mb_hh_population(double* restrict v, double* restrict m, double* restrict h, double* restrict n,
                      const double* restrict bias, int* restrict spikes, long cells, long steps, double dt, double phi)
{
    const double rate = dt * phi;
    const double c_over_dt = C_M / dt;
    for (long s = 0; s < steps; s++) {
        for (long i = 0; i < cells; i++) {
            double vi = v[i];
            double mv = vi * 1000.0;

            double am = 1000.0 * bernoulli((mv + 40.0) / 10.0);
            double bm = 4000.0 * exp(-(mv + 65.0) / 18.0);
            double ah = 70.0 * exp(-(mv + 65.0) / 20.0);
            double bh = 1000.0 / (1.0 + exp(-(mv + 35.0) / 10.0));
            double an = 100.0 * bernoulli((mv + 55.0) / 10.0);
            double bn = 125.0 * exp(-(mv + 65.0) / 80.0);

            double sm = am + bm, sh = ah + bh, sn = an + bn;
            double mi = am / sm, hi = ah / sh, ni = an / sn;
            double mx = mi + (m[i] - mi) * exp(-rate * sm);
            double hx = hi + (h[i] - hi) * exp(-rate * sh);
            double nx = ni + (n[i] - ni) * exp(-rate * sn);
            m[i] = mx;
            h[i] = hx;
            n[i] = nx;

            double gna = G_NA * (mx * mx * mx) * hx;
            double n2 = nx * nx;
            double gk = G_K * (n2 * n2);
            double conductance = gna + gk + G_L;
            double offset = -(gna * E_NA) - (gk * E_K) - (G_L * E_L);
            double vn = (c_over_dt * vi + bias[i] - offset) / (c_over_dt + conductance);
            spikes[i] += (vi < THRESHOLD) & (vn >= THRESHOLD);
            v[i] = vn;
        }
    }
}
