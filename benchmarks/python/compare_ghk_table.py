#!/usr/bin/python3
"""Joins the results of benchmarks/compare-ghk.sh into tables (standard library only).

    compare_ghk_table.py <BenchmarkDotNet results dir> <ghk_numpy.py output>

Batch figures are ns per element (per sample for the reversal, per voltage for the I-V curve): BenchmarkDotNet
medians of one invocation divided by n, and NumPy's own medians. Targets (issue 3): library <= 1.2 x the gcc
-ffast-math loop, numpy in-place >= 1.5 x library, 0 B per batch call, mixed-valence single solve < 1 us.
"""
import glob
import json
import os
import re
import sys

CASES = (("rev3", "reversal, 3 ions, n = 1e6"), ("rev4", "reversal, 4 ions, n = 1e6"),
         ("iv201", "I-V, 201 points"), ("iv1e6", "I-V, n = 1e6"))
BDN_ROWS = (("library", "Library"), ("C fast (-ffast-math), P/Invoke", "CFast"), ("C strict, P/Invoke", "CStrict"))
TEXT_ROWS = (("numpy in-place", "numpy-inplace"), ("numpy naive", "numpy-naive"))


def bdn(results_dir):
    ns, alloc, scalar = {}, {}, {}
    for path in glob.glob(os.path.join(results_dir, "*Ghk*-report-full*.json")):
        for b in json.load(open(path))["Benchmarks"]:
            median = b["Statistics"]["Median"]
            params = b.get("Parameters") or ""
            if "GhkReversalBatch" in b["Type"]:
                case, n = "rev" + re.search(r"Ions=(\d+)", params).group(1), 1_000_000
            elif "GhkCurrentBatch" in b["Type"]:
                n = int(re.search(r"N=(\d+)", params).group(1))
                case = "iv201" if n == 201 else "iv1e6"
            else:
                scalar[b["Method"]] = (median, b["Memory"]["BytesAllocatedPerOperation"])
                continue
            ns[(b["Method"], case)] = median / n
            alloc[(b["Method"], case)] = b["Memory"]["BytesAllocatedPerOperation"]
    return ns, alloc, scalar


def text(path):
    ns = {}
    for line in open(path):
        m = re.match(r"(\S+) case=(\S+) n=\d+ ns_per_elem=([\d.]+)", line)
        if m:
            ns[(m.group(1), m.group(2))] = float(m.group(3))
    return ns


def main():
    results_dir, numpy_out = sys.argv[1:3]
    ns, alloc, scalar = bdn(results_dir)
    ns.update(text(numpy_out))
    fmt = lambda v, d=3: "n/a" if v is None else f"{v:.{d}f}"
    print("| variant (ns per element, median) | " + " | ".join(t for _, t in CASES) + " | allocated per call |")
    print("|---|" + "---:|" * len(CASES) + "---:|")
    for title, key in BDN_ROWS + TEXT_ROWS:
        bytes_ = sorted({alloc.get((key, c)) for c, _ in CASES} - {None}, key=str)
        cells = " | ".join(fmt(ns.get((key, c))) for c, _ in CASES)
        print(f"| {title} | {cells} | {' / '.join(f'{b} B' for b in bytes_)} |")
    print()
    ratio = lambda a, b, c: None if ns.get((a, c)) is None or ns.get((b, c)) is None else ns[(a, c)] / ns[(b, c)]
    print("| ratio | " + " | ".join(t for _, t in CASES) + " | target |")
    print("|---|" + "---:|" * len(CASES) + "---|")
    for title, a, b, target in (("library / C fast", "Library", "CFast", "<= 1.2"),
                                ("numpy in-place / library", "numpy-inplace", "Library", ">= 1.5"),
                                ("numpy naive / library", "numpy-naive", "Library", ""),
                                ("C strict / library", "CStrict", "Library", "")):
        print(f"| {title} | " + " | ".join(fmt(ratio(a, b, c), 2) for c, _ in CASES) + f" | {target} |")
    print()
    print("| single call | median | allocated | target |")
    print("|---|---:|---:|---|")
    for method, (median, b) in sorted(scalar.items()):
        print(f"| GhkVoltage.ReversalPotential, {method} | {median:.1f} ns | {b} B | {'< 1000 ns' if 'Mixed' in method else ''} |")
    print()
    for c, t in CASES:
        lib, cf, npi = ns.get(("Library", c)), ns.get(("CFast", c)), ns.get(("numpy-inplace", c))
        if None not in (lib, cf, npi):
            print(f"{t}: library/C fast {lib / cf:.2f} ({'MET' if lib <= 1.2 * cf else 'NOT MET'}), "
                  f"numpy/library {npi / lib:.2f} ({'MET' if npi >= 1.5 * lib else 'NOT MET'}), "
                  f"{alloc.get(('Library', c))} B ({'MET' if alloc.get(('Library', c)) == 0 else 'NOT MET'})")
    if "MixedValenceReversal" in scalar:
        m = scalar["MixedValenceReversal"][0]
        print(f"mixed-valence solve: {m:.1f} ns ({'MET' if m < 1000 else 'NOT MET'})")


if __name__ == "__main__":
    main()
