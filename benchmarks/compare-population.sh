#!/usr/bin/env bash
# HH population, 10^4 cells x 10^4 steps of 10 us, side by side in one run on this machine: Membrane.Biophysics'
# Population (vector kernel, and its per-cell path), the gcc structure-of-arrays loop of
# benchmarks/native/hh_population.c with and without -ffast-math (P/Invoke inside the same BenchmarkDotNet run, and its
# own C timer), and Brian2 (numpy and cython code generation targets). Prints one table of ns per neuron-step
# (min, median, max over the runs) with the ratios the project targets (issue 6: >= 5x faster than Brian2's cython
# target, <= 1.4x the -ffast-math C loop, 0 B allocated per step), and the load average before each side. Also runs
# DynamicsBenchmarks: one Population.Step of 10^4 cells (its allocation is the per-step figure), one HH cell's step
# and a 1000-compartment cable step.
#
#   usage: benchmarks/compare-population.sh          (about 6 minutes on 2 cores)
#   env:   ARTIFACTS=dir   where BenchmarkDotNet writes (default BenchmarkDotNet.Artifacts/compare-population)
#          BDN_JOB="..."   BenchmarkDotNet job arguments (default: 1 launch, 1 warm-up, 7 measured iterations,
#                          one invocation of 10^4 steps each)
#          REPS=n          runs of each Brian2 target and of each C timer (default 3)
#          PYTHON=...      interpreter with Brian2 (default /usr/bin/python3: Debian's python3-brian)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ARTIFACTS="${ARTIFACTS:-$ROOT/BenchmarkDotNet.Artifacts/compare-population}"
PYTHON="${PYTHON:-/usr/bin/python3}"
REPS="${REPS:-3}"
read -r -a JOB <<< "${BDN_JOB:---launchCount 1 --warmupCount 1 --iterationCount 7 --invocationCount 1 --unrollFactor 1}"
LOGS="$ARTIFACTS/logs-compare"
rm -rf "$ARTIFACTS/results"
mkdir -p "$LOGS"
: > "$LOGS/load.txt"
load() { echo "$1 $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOGS/load.txt"; }

# Brian2 (Debian python3-brian) and its cython target (a C compiler, python3-dev and cython3) where missing.
if ! "$PYTHON" -c 'import brian2, Cython' >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq python3-brian cython3 python3-dev gcc >/dev/null
fi

echo "== native: benchmarks/native/build.sh"
benchmarks/native/build.sh

echo "== BenchmarkDotNet: PopulationBenchmarks (${JOB[*]})"
load "bdn"
MEMBRANE_NATIVE_DIR="$ROOT/benchmarks/native/bin" \
    dotnet run -c Release --project benchmarks/Membrane.Biophysics.Benchmarks -- \
    --filter '*PopulationBenchmarks*' "${JOB[@]}" --exporters json --artifacts "$ARTIFACTS" | tee "$LOGS/bdn.txt" | grep -E '^\|' || true
test "${PIPESTATUS[0]}" -eq 0 || { echo "BenchmarkDotNet failed; see $LOGS/bdn.txt" >&2; exit 1; }

echo "== BenchmarkDotNet: DynamicsBenchmarks (one call each: 10^4-cell population step, HH cell, 1000-compartment cable)"
dotnet run -c Release --no-build --project benchmarks/Membrane.Biophysics.Benchmarks -- \
    --filter '*DynamicsBenchmarks*' --launchCount 1 --warmupCount 3 --iterationCount 10 --exporters json --artifacts "$ARTIFACTS" \
    | tee "$LOGS/bdn-dynamics.txt" | grep -E '^\|' || true
test "${PIPESTATUS[0]}" -eq 0 || { echo "BenchmarkDotNet failed; see $LOGS/bdn-dynamics.txt" >&2; exit 1; }

echo "== C, own timer: benchmarks/native/bin/hh_population_bench_{fast,strict} (x$REPS)"
load "c-timer"
benchmarks/native/bin/hh_population_bench_fast c-fast "$REPS" | tee "$LOGS/c.txt"
benchmarks/native/bin/hh_population_bench_strict c-strict "$REPS" | tee -a "$LOGS/c.txt"

echo "== Brian2: $PYTHON benchmarks/python/hh_population_brian2.py numpy,cython $REPS"
load "brian2"
"$PYTHON" benchmarks/python/hh_population_brian2.py numpy,cython "$REPS" 2>/dev/null | tee "$LOGS/brian2.txt"
load "end"

echo
"$PYTHON" benchmarks/python/compare_population_table.py "$ARTIFACTS/results" "$LOGS/c.txt" "$LOGS/brian2.txt" "$LOGS/load.txt"
