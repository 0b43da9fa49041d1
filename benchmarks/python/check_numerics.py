#!/usr/bin/python3
"""Sanity-check the native libraries against numpy via ctypes.

    /usr/bin/python3 benchmarks/python/check_numerics.py [bindir]   (default benchmarks/native/bin)

Prints a few elements side by side and the max relative / absolute difference
of libnernst_strict.so and libnernst_fast.so versus numpy's k*log(co/ci).
Relative error is reported only where |log(co/ci)| > 1e-3: near co == ci the
result is ~0 and relative error is meaningless (absolute error is shown too).
"""
import ctypes
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from nernst_numpy import make_data  # same splitmix64 data as nernst_bench.c

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "native", "bin")
K = 8.314462618 * 310.15 / 96485.33212
N = 1_000_003  # odd length: exercises vector main loop, AVX2 epilogue and scalar tail

dp = np.ctypeslib.ndpointer(dtype=np.float64, flags="C_CONTIGUOUS")
ci, co = make_data(N)
ref = K * np.log(co / ci)
mask = np.abs(np.log(co / ci)) > 1e-3

ok = True
for name in ("libnernst_strict.so", "libnernst_fast.so"):
    lib = ctypes.CDLL(os.path.join(BIN, name))
    f = lib.mb_nernst_batch
    f.argtypes = [dp, dp, dp, ctypes.c_long, ctypes.c_double]
    f.restype = None
    out = np.empty(N)
    f(ci, co, out, N, K)
    rel = np.abs(out - ref)[mask] / np.abs(ref[mask])
    absd = np.abs(out - ref)
    exact = np.mean(out == ref)
    print(f"{name}: max_rel={rel.max():.3e} max_abs={absd.max():.3e} V "
          f"bit_identical={exact * 100:.4f}%")
    for i in (0, 1, 2, N // 2, N - 1):
        print(f"  i={i:7d} ci={ci[i]:10.5f} co={co[i]:10.5f} c={out[i]: .17e} numpy={ref[i]: .17e}")
    ok &= rel.max() < 1e-14 and absd.max() < 1e-15
print("OK" if ok else "MISMATCH")
sys.exit(0 if ok else 1)
