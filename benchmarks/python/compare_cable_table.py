#!/usr/bin/python3
"""Joins the results of benchmarks/compare-cable.sh into tables (standard library only).

    compare_cable_table.py <artifacts dir> <BenchmarkDotNet log> <NEURON timings> <NEURON check> <load averages>

Times are us per step. The library's: BenchmarkDotNet's measured iterations of DynamicsBenchmarks.CableStep1000 and
.CableTreeStep200 (each the mean of one iteration's many Step() calls; BenchmarkDotNet drops upper outliers), from
the full JSON reports below the artifacts dir (one per round). NEURON's: the runs of cable_neuron.py time (each the
mean of one run's fadvance() calls), with usetable_hh = 1 (NEURON's default) and 0. Each side: min, median, max,
spread (max/min), runs over all rounds; the ratios library/NEURON of the medians and of the minima (the least
disturbed run of each side on a shared machine).
Target (issue 13): library/NEURON <= 0.5 for both, against NEURON's default (usetable_hh = 1).

The twin check sets the library's twin-check lines (printed by DynamicsBenchmarks' cleanups into the BenchmarkDotNet
log) beside NEURON's at the same dt and at dt/10, the latter standing for the exact solution: each side's distance
from it is its own discretisation error.
"""
import glob
import json
import os
import re
import statistics
import sys

CASES = (("1000-compartment HH cable", "CableStep1000", "hh-cable"),
         ("200-compartment chloride tree", "CableTreeStep200", "chloride-tree"))
TARGET = 0.5


def library(results_dir):
    runs, alloc = {}, {}
    for path in glob.glob(os.path.join(results_dir, "**", "*DynamicsBenchmarks-report-full*.json"), recursive=True):
        for b in json.load(open(path))["Benchmarks"]:
            runs.setdefault(b["Method"], []).extend(v / 1e3 for v in b["Statistics"]["OriginalValues"])
            alloc[b["Method"]] = b["Memory"]["BytesAllocatedPerOperation"]
    return runs, alloc


def neuron(path):
    runs = {}
    for line in open(path):
        m = re.match(r"neuron-(\S+) steps=\d+ us_per_step=([\d.]+)", line)
        if m:
            runs.setdefault(m.group(1), []).append(float(m.group(2)))
    return runs


def checks(*paths):
    """{(model, side): (t_ms, {probe: {quantity: value}})} from twin-check lines."""
    found = {}
    for path in paths:
        for line in open(path):
            m = re.search(r"twin-check (\S+) (\S+) t_ms=(\S+) (.*)", line)
            if not m:
                continue
            probes, probe = {}, None
            for token in m.group(4).split():
                if "=" not in token:
                    probe = token
                    probes[probe] = {}
                else:
                    key, value = token.split("=")
                    probes[probe][key] = float(value)
            found[(m.group(1), m.group(2))] = (float(m.group(3)), probes)
    return found


def stats(v):
    return min(v), statistics.median(v), max(v)


def main():
    results_dir, bdn_log, neuron_time, neuron_check, load_log = sys.argv[1:6]
    lib, alloc = library(results_dir)
    nrn = neuron(neuron_time)

    print("| side (us per step) | min | median | max | spread | runs | allocated per step |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for title, method, model in CASES:
        rows = ((f"library, `{method}`", lib.get(method), f"{alloc[method]} B" if method in alloc else ""),
                (f"NEURON, {model}, usetable_hh = 1 (default)", nrn.get(f"{model}-table"), ""),
                (f"NEURON, {model}, usetable_hh = 0", nrn.get(f"{model}-notable"), ""),
                (f"NEURON, {model}, fadvance() from a Python loop (harness check)", nrn.get(f"{model}-pyloop"), ""))
        for name, v, a in rows:
            if v:
                lo, med, hi = stats(v)
                print(f"| {name} | {lo:.2f} | {med:.2f} | {hi:.2f} | {hi / lo:.2f} | {len(v)} | {a} |")
            else:
                print(f"| {name} | n/a | | | | | |")
    print()
    print("| ratio library / NEURON | of the medians | of the minima | target |")
    print("|---|---:|---:|---|")
    verdicts = []
    for title, method, model in CASES:
        for label, key, target in (("usetable_hh = 1", "table", f"<= {TARGET}"), ("usetable_hh = 0", "notable", "")):
            a, b = lib.get(method), nrn.get(f"{model}-{key}")
            if not a or not b:
                print(f"| {title}, NEURON {label} | n/a | n/a | {target} |")
                continue
            median = statistics.median(a) / statistics.median(b)
            minimum = min(a) / min(b)
            print(f"| {title}, NEURON {label} | {median:.2f} | {minimum:.2f} | {target} |")
            if target:
                verdicts.append(f"{title}: library/NEURON = {median:.2f} (medians), {minimum:.2f} (minima): "
                                f"{'MET' if median <= TARGET else 'NOT MET'} (target <= {TARGET})")
    for title, method, model in CASES:
        if method in alloc:
            verdicts.append(f"{title}: {alloc[method]} B allocated per step ({'MET' if alloc[method] == 0 else 'NOT MET'}, target 0 B)")

    found = checks(bdn_log, neuron_check)
    for title, method, model in CASES:
        sides = {side: found[(m, side)] for (m, side) in found if m == model}
        fine = next((s for s in sides if s.startswith("neuron-dt") and s != "neuron-dt0.01"), None)
        if "library" not in sides or "neuron-dt0.01" not in sides or fine is None:
            print(f"\n{title}: no twin check (library {'library' in sides}, NEURON {sorted(sides)})")
            continue
        t_ms = sides["library"][0]
        fine_dt = fine.removeprefix("neuron-dt")
        print()
        print(f"Twin check, {title}, after {t_ms:g} ms from rest (NEURON with usetable_hh = 0; its run at "
              f"dt {fine_dt} ms, 'fine', stands for the exact solution):")
        print()
        print(f"| compartment | quantity | library | NEURON dt 0.01 | NEURON dt {fine_dt} "
              "| library - NEURON | library - fine | NEURON - fine |")
        print("|---|---|---:|---:|---:|---:|---:|---:|")
        worst = {}
        for probe, values in sides["library"][1].items():
            for quantity, x in values.items():
                y = sides["neuron-dt0.01"][1][probe][quantity]
                z = sides[fine][1][probe][quantity]
                print(f"| {probe} | {quantity} | {x:.9f} | {y:.9f} | {z:.9f} | {x - y:.2e} | {x - z:.2e} | {y - z:.2e} |")
                w = worst.setdefault(quantity, [0.0, 0.0])
                w[0], w[1] = max(w[0], abs(x - z)), max(w[1], abs(y - z))
        verdicts.append(f"{title}, twin check at {t_ms:g} ms: largest distance from the fine solution, library / NEURON: "
                        + ", ".join(f"{q} {a:.1e} / {b:.1e}" for q, (a, b) in worst.items()))

    print()
    print("load average (1, 5, 15 min) before each side:")
    for line in open(load_log):
        print("  " + line.rstrip())
    print()
    for v in verdicts:
        print(v)


if __name__ == "__main__":
    main()
