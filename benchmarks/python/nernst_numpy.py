#!/usr/bin/python3
"""NumPy reference timings for the batch Nernst potential.

    out[i] = k * log(co[i] / ci[i]),   k = R*T/(z*F)  [volts]

Run with the system interpreter (numpy is installed there):
    /usr/bin/python3 benchmarks/python/nernst_numpy.py [reps]

Input data is generated with the same fixed-seed splitmix64 as nernst_bench.c, so
the checksum column is directly comparable with the C program.

Output (one line per variant and n, same format as nernst_bench.c):
    <label> n=<n> ns_per_elem=<x> median_ms=<y> min_ms=<z> reps=<r> checksum=<s>
"""
import platform
import statistics
import sys
import time

import numpy as np

R, F, T, Z = 8.314462618, 96485.33212, 310.15, 1
K = R * T / (Z * F)
SIZES = (1_000_000, 10_000_000)


def splitmix64_uniform(count, seed, lo, hi):
    """count draws of splitmix64 (same generator and seed as nernst_bench.c), mapped to [lo, hi)."""
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + np.arange(1, count + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z ^= z >> np.uint64(31)
    return lo + (hi - lo) * ((z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53)


def make_data(n, seed=12345):
    """Bit-identical to nernst_bench.c: draws alternate ci[i], co[i], uniform in [1, 200)."""
    u = splitmix64_uniform(2 * n, seed, 1.0, 200.0)
    return np.ascontiguousarray(u[0::2]), np.ascontiguousarray(u[1::2])


def inplace(ci, co, out, k):
    np.divide(co, ci, out=out)
    np.log(out, out=out)
    np.multiply(out, k, out=out)


def naive(ci, co, out, k):
    out[:] = k * np.log(co / ci)


def bench(label, fn, ci, co, out, k, reps, warmup=3):
    for _ in range(warmup):
        fn(ci, co, out, k)
    times = []
    for _ in range(reps):
        t0 = time.perf_counter_ns()
        fn(ci, co, out, k)
        times.append(time.perf_counter_ns() - t0)
    med_ns = statistics.median(times)
    n = ci.size
    print(f"{label} n={n} ns_per_elem={med_ns / n:.3f} median_ms={med_ns / 1e6:.3f} "
          f"min_ms={min(times) / 1e6:.3f} reps={reps} checksum={out.sum():.9e}", flush=True)


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    print(f"# numpy {np.__version__} python {platform.python_version()}", flush=True)
    for n in SIZES:
        ci, co = make_data(n)
        out = np.empty(n)
        bench("numpy-inplace", inplace, ci, co, out, K, reps)
        bench("numpy-naive", naive, ci, co, out, K, reps)
        del ci, co, out


if __name__ == "__main__":
    main()
