#!/usr/bin/python3
"""Joins the results of benchmarks/compare-nernst.sh into one table (standard library only).

    compare_table.py <BenchmarkDotNet results dir> <C timer output> <nernst_numpy.py output>

BenchmarkDotNet figures are medians of one invocation (N elements) divided by N; the C timer and NumPy print
ns_per_elem from their own medians. Ratios: library / C fast (target <= 1.1) and numpy in-place / library (target >= 1.5).
"""
import glob
import json
import os
import re
import sys

SIZES = (1_000_000, 10_000_000)
BDN_ROWS = (("library (Nernst.Potentials)", "Library"), ("C fast, P/Invoke", "CFast"),
            ("C strict, P/Invoke", "CStrict"), ("managed Math.Log loop", "ManagedScalarLoop"))
TEXT_ROWS = (("C fast, own timer", "c-fast"), ("C strict, own timer", "c-strict"),
             ("numpy in-place", "numpy-inplace"), ("numpy naive", "numpy-naive"))


def bdn(results_dir):
    ns, alloc = {}, {}
    for path in glob.glob(os.path.join(results_dir, "*NernstBatchBenchmarks-report-full*.json")):
        for b in json.load(open(path))["Benchmarks"]:
            n = int(re.search(r"N=(\d+)", b["Parameters"]).group(1))
            ns[(b["Method"], n)] = b["Statistics"]["Median"] / n
            alloc[(b["Method"], n)] = b["Memory"]["BytesAllocatedPerOperation"]
    return ns, alloc


def text(*paths):
    ns = {}
    for path in paths:
        for line in open(path):
            m = re.match(r"(\S+) n=(\d+) ns_per_elem=([\d.]+)", line)
            if m:
                ns[(m.group(1), int(m.group(2)))] = float(m.group(3))
    return ns


def main():
    results_dir, c_out, numpy_out = sys.argv[1:4]
    ns, alloc = bdn(results_dir)
    ns.update(text(c_out, numpy_out))
    fmt = lambda v: "n/a" if v is None else f"{v:.3f}"
    print("| variant (ns per element, median) | n = 1e6 | n = 1e7 | allocated per call |")
    print("|---|---:|---:|---:|")
    for title, key in BDN_ROWS:
        cells = [fmt(ns.get((key, n))) for n in SIZES]
        bytes_ = sorted({alloc.get((key, n)) for n in SIZES}, key=str)
        print(f"| {title} | {cells[0]} | {cells[1]} | {' / '.join(f'{b} B' for b in bytes_)} |")
    for title, key in TEXT_ROWS:
        cells = [fmt(ns.get((key, n))) for n in SIZES]
        print(f"| {title} | {cells[0]} | {cells[1]} | |")
    print()
    print("| ratio | n = 1e6 | n = 1e7 | target at 1e7 |")
    print("|---|---:|---:|---|")
    ratio = lambda a, b, n: None if ns.get((a, n)) is None or ns.get((b, n)) is None else ns[(a, n)] / ns[(b, n)]
    rows = (("library / C fast (P/Invoke)", "Library", "CFast", "<= 1.1"),
            ("numpy in-place / library", "numpy-inplace", "Library", ">= 1.5"),
            ("numpy naive / library", "numpy-naive", "Library", ""),
            ("C fast P/Invoke / C fast own timer", "CFast", "c-fast", "~1 (harness check)"))
    for title, a, b, target in rows:
        r = [ratio(a, b, n) for n in SIZES]
        print(f"| {title} | {fmt(r[0])} | {fmt(r[1])} | {target} |")
    lib, cf, npi = (ns.get((k, SIZES[1])) for k in ("Library", "CFast", "numpy-inplace"))
    if None not in (lib, cf, npi):
        print()
        print(f"target library <= 1.1 x C fast at 1e7: {'MET' if lib <= 1.1 * cf else 'NOT MET'} ({lib / cf:.2f}x)")
        print(f"target numpy in-place >= 1.5 x library at 1e7: {'MET' if npi >= 1.5 * lib else 'NOT MET'} ({npi / lib:.2f}x)")


if __name__ == "__main__":
    main()
