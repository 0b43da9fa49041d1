#!/usr/bin/python3
"""Joins the results of benchmarks/compare-population.sh into tables (standard library only).

    compare_population_table.py <artifacts dir> <C timer output> <Brian2 output> <load averages>

Figures are ns per neuron-step (10^4 cells x 10^4 steps per run): for BenchmarkDotNet the min, median and max of its
measured iterations over all rounds (each one invocation of 10^4 steps; the reports are found below the artifacts
dir), for the C timers and Brian2 the min, median and max of their runs. Ratios use the minima (the least disturbed run of each side on a shared machine); "spread" is max/min.
Targets (issue 6): Brian2 cython / library >= 5, library / C fast <= 1.4, 0 B allocated per step.
"""
import glob
import json
import os
import re
import statistics
import sys

BDN_ROWS = (("library, Population (vector kernel)", "Library"),
            ("library, Population (per-cell path)", "LibraryPerCell"),
            ("C fast (-O3 -march=native -ffast-math), P/Invoke", "CFast"),
            ("C strict (-O3 -march=native), P/Invoke", "CStrict"))
TEXT_ROWS = (("C fast, own timer", "c-fast"), ("C strict, own timer", "c-strict"),
             ("Brian2 cython target", "brian2-cython"), ("Brian2 numpy target", "brian2-numpy"))


def single_steps(results_dir):
    rows = []
    for path in glob.glob(os.path.join(results_dir, "**", "*DynamicsBenchmarks-report-full*.json"), recursive=True):
        for b in json.load(open(path))["Benchmarks"]:
            v = b["Statistics"]["OriginalValues"]
            rows.append((b["Method"], min(v), statistics.median(v), max(v), b["Memory"]["BytesAllocatedPerOperation"]))
    return rows


def bdn(results_dir):
    runs, alloc = {}, {}
    for path in glob.glob(os.path.join(results_dir, "**", "*PopulationBenchmarks-report-full*.json"), recursive=True):
        for b in json.load(open(path))["Benchmarks"]:
            runs.setdefault(b["Method"], []).extend(b["Statistics"]["OriginalValues"])
            alloc[b["Method"]] = b["Memory"]["BytesAllocatedPerOperation"]
    return runs, alloc


def text(*paths):
    runs = {}
    for path in paths:
        for line in open(path):
            m = re.match(r"(\S+) cells=\d+ steps=\d+ ns_per_neuron_step=([\d.]+)", line)
            if m:
                runs.setdefault(m.group(1), []).append(float(m.group(2)))
    return runs


def main():
    results_dir, c_out, brian_out, load_out = sys.argv[1:5]
    runs, alloc = bdn(results_dir)
    runs.update(text(c_out, brian_out))
    print("| side (ns per neuron-step) | min | median | max | spread | runs | allocated per step |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for title, key in BDN_ROWS + TEXT_ROWS:
        v = runs.get(key)
        if not v:
            print(f"| {title} | n/a | | | | | |")
            continue
        a = f"{alloc[key]} B" if key in alloc else ""
        print(f"| {title} | {min(v):.2f} | {statistics.median(v):.2f} | {max(v):.2f} | {max(v) / min(v):.2f} | {len(v)} | {a} |")
    print()
    best = {k: min(v) for k, v in runs.items() if v}
    print("| ratio (minima) | value | target |")
    print("|---|---:|---|")
    verdicts = []
    for title, a, b, target, ok in (
            ("Brian2 cython / library", "brian2-cython", "Library", ">= 5", lambda r: r >= 5),
            ("Brian2 numpy / library", "brian2-numpy", "Library", "", None),
            ("library / C fast", "Library", "CFast", "<= 1.4", lambda r: r <= 1.4),
            ("C strict / library", "CStrict", "Library", "", None),
            ("library per-cell path / vector kernel", "LibraryPerCell", "Library", "", None),
            ("C fast P/Invoke / C fast own timer", "CFast", "c-fast", "~1 (harness check)", None)):
        if a in best and b in best:
            r = best[a] / best[b]
            print(f"| {title} | {r:.2f} | {target} |")
            if ok is not None:
                verdicts.append(f"{title} = {r:.2f} ({'MET' if ok(r) else 'NOT MET'}, target {target})")
    singles = single_steps(results_dir)
    if singles:
        print()
        print("| one call (DynamicsBenchmarks) | min | median | max | allocated per call |")
        print("|---|---:|---:|---:|---:|")
        for method, lo, med, hi, b in sorted(singles):
            print(f"| {method} | {lo / 1e3:.1f} us | {med / 1e3:.1f} us | {hi / 1e3:.1f} us | {b} B |")
            if method == "PopulationStep10k":
                verdicts.append(f"Population.Step (10^4 cells) allocated {b} B per step ({'MET' if b == 0 else 'NOT MET'}, target 0 B)")
    print()
    print("load average (1, 5, 15 min) before each side and round:")
    for line in open(load_out):
        print("  " + line.rstrip())
    print()
    for v in verdicts:
        print(v)


if __name__ == "__main__":
    main()
