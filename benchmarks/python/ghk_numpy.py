#!/usr/bin/python3
"""NumPy reference timings for the GHK batch benchmarks (the same arithmetic as benchmarks/native/ghk.c).

Reversal (Goldman 1943; Hodgkin and Katz 1949), monovalent closed form over n samples of m ions, ion-major (m, n):
    out[s] = vt * log(sum_k w[k] (z>0 ? co : ci)[k, s] / sum_k w[k] (z>0 ? ci : co)[k, s])
I-V: GHK current density of K+ over a voltage grid, with u = z v / vt, a = -|u|, y = e^a,
e^a - 1 = (y - 1) a / ln y, B(|u|) = a / (e^a - 1), B(-|u|) = y B(|u|), series below |u| = 1e-5:
    out[i] = k (ci B(u) - co B(-u))

Inputs are bit-identical to GhkData.cs (splitmix64, seed 12345), so the checksums match the BenchmarkDotNet run's.
Every output array and temporary is preallocated ("in-place"); "naive" is what one would write in a notebook.

    /usr/bin/python3 benchmarks/python/ghk_numpy.py [reps]

Output, one line per variant and case:
    <label> case=<rev3|rev4|iv201|iv1e6> n=<n> ns_per_elem=<x> median_us=<y> reps=<r> checksum=<s>
"""
import platform
import statistics
import sys
import time

import numpy as np

R, F, T = 8.314462618, 96485.33212, 310.15
VT = R * T / F
VALENCES = np.array([1, 1, -1, -1])
WEIGHTS = np.array([1.0, 0.04, 0.45, 0.2])
CI_K, CO_K, P_K = 140.0, 5.0, 1e-8
N_SAMPLES = 1_000_000


def splitmix64_uniform(count, seed, lo, hi):
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + np.arange(1, count + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z ^= z >> np.uint64(31)
    return lo + (hi - lo) * ((z >> np.uint64(11)).astype(np.float64) * 2.0 ** -53)


def reversal_data(m, n):
    u = splitmix64_uniform(2 * m * n, 12345, 1.0, 200.0)
    return u[: m * n].reshape(m, n).copy(), u[m * n:].reshape(m, n).copy()


def reversal_inplace(ci, co, out, scratch):
    acc_out, acc_in, tmp = scratch
    acc_out.fill(0.0)
    acc_in.fill(0.0)
    for k in range(ci.shape[0]):
        carries_out, carries_in = (ci[k], co[k]) if VALENCES[k] > 0 else (co[k], ci[k])
        np.multiply(carries_out, WEIGHTS[k], out=tmp)
        np.add(acc_out, tmp, out=acc_out)
        np.multiply(carries_in, WEIGHTS[k], out=tmp)
        np.add(acc_in, tmp, out=acc_in)
    np.divide(acc_in, acc_out, out=out)
    np.log(out, out=out)
    np.multiply(out, VT, out=out)


def reversal_naive(ci, co, out, scratch):
    m = ci.shape[0]
    cat = VALENCES[:m] > 0
    w = WEIGHTS[:m]
    out[:] = VT * np.log(((w * cat) @ co + (w * ~cat) @ ci) / ((w * cat) @ ci + (w * ~cat) @ co))


def current_inplace(v, out, scratch):
    u, au, a, y, em, t, down, mask = scratch
    np.multiply(v, 1.0 / VT, out=u)  # z = +1
    np.abs(u, out=au)
    np.negative(au, out=a)
    np.exp(a, out=y)
    np.log(y, out=em)
    np.subtract(y, 1.0, out=t)
    np.multiply(t, a, out=t)
    np.divide(t, em, out=em)
    np.equal(y, 1.0, out=mask)
    np.copyto(em, a, where=mask)
    np.divide(a, em, out=t)                      # up = B(|u|)
    np.multiply(t, y, out=down)                  # down = B(-|u|)
    np.less(au, 1e-5, out=mask)
    if mask.any():                               # the series near u = 0 (few points)
        s = au[mask]
        t[mask] = 1.0 + s * (0.5 + s / 12.0)
        down[mask] = 1.0 - s * (0.5 - s / 12.0)
    np.less(u, 0.0, out=mask)                    # u < 0: B(u) = down, B(-u) = up: swap
    np.copyto(y, t)
    np.copyto(t, down, where=mask)
    np.copyto(down, y, where=mask)
    np.multiply(t, CI_K, out=t)                  # ci B(u) - co B(-u)
    np.multiply(down, CO_K, out=down)
    np.subtract(t, down, out=out)
    np.multiply(out, P_K * F, out=out)


def current_naive(v, out, scratch):
    u = v / VT
    a = -np.abs(u)
    y = np.exp(a)
    em = np.where(y == 1.0, a, (y - 1.0) * a / np.log(y))
    up = a / em
    down = up * y
    small = np.abs(u) < 1e-5
    s = np.abs(u)
    up = np.where(small, 1.0 + s * (0.5 + s / 12.0), up)
    down = np.where(small, 1.0 - s * (0.5 - s / 12.0), down)
    pos = u >= 0
    out[:] = P_K * F * (CI_K * np.where(pos, up, down) - CO_K * np.where(pos, down, up))


def bench(label, case, fn, args, out, reps):
    n = out.size
    inner = max(1, 2_000_000 // max(n, 1) // 50)     # ~1 ms per timing for the small grid
    for _ in range(3):
        fn(*args)
    times = []
    for _ in range(reps):
        t0 = time.perf_counter_ns()
        for _ in range(inner):
            fn(*args)
        times.append((time.perf_counter_ns() - t0) / inner)
    med = statistics.median(times)
    print(f"{label} case={case} n={n} ns_per_elem={med / n:.3f} median_us={med / 1e3:.3f} reps={reps} "
          f"checksum={out.sum():.9e}", flush=True)


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    print(f"# numpy {np.__version__} python {platform.python_version()}", flush=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        for m in (3, 4):
            ci, co = reversal_data(m, N_SAMPLES)
            out = np.empty(N_SAMPLES)
            scratch = (np.empty(N_SAMPLES), np.empty(N_SAMPLES), np.empty(N_SAMPLES))
            bench("numpy-inplace", f"rev{m}", reversal_inplace, (ci, co, out, scratch), out, reps)
            bench("numpy-naive", f"rev{m}", reversal_naive, (ci, co, out, scratch), out, reps)
        for n, case in ((201, "iv201"), (1_000_000, "iv1e6")):
            v = -0.1 + 0.2 * np.arange(n) / (n - 1)
            out = np.empty(n)
            scratch = tuple(np.empty(n) for _ in range(7)) + (np.empty(n, dtype=bool),)
            bench("numpy-inplace", case, current_inplace, (v, out, scratch), out, reps)
            bench("numpy-naive", case, current_naive, (v, out, None), out, reps)


if __name__ == "__main__":
    main()
