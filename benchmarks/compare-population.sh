#!/usr/bin/env bash
# HH population, 10^4 cells x 10^4 steps of 10 us, side by side in one run on this machine: Membrane.Biophysics'
# Population (vector kernel, and its per-cell path), the gcc structure-of-arrays loop of
# benchmarks/native/hh_population.c with and without -ffast-math (P/Invoke inside the same BenchmarkDotNet run, and its
# own C timer), and Brian2 (numpy and cython code generation targets). The sides take turns over several rounds, so
# that load from other users of a shared machine falls on all of them alike. Prints one table of ns per neuron-step
# (min, median, max over all runs) with the ratios the project targets (issue 6: >= 5x faster than Brian2's cython
# target, <= 1.4x the -ffast-math C loop, 0 B allocated per step), and the load average at each round. Then runs
# DynamicsBenchmarks once: one Population.Step of 10^4 cells (its allocation is the per-step figure), one HH cell's
# step and a 1000-compartment cable step.
#
#   usage: benchmarks/compare-population.sh          (about 7 minutes on 2 cores)
#   env:   ARTIFACTS=dir   where BenchmarkDotNet writes (default BenchmarkDotNet.Artifacts/compare-population)
#          ROUNDS=n        rounds (default 3); each runs every side once
#          BDN_JOB="..."   BenchmarkDotNet job arguments per round (default: 1 launch, 1 warm-up, 3 measured
#                          iterations, one invocation of 10^4 steps each)
#          PYTHON=...      interpreter with Brian2 (default /usr/bin/python3: Debian's python3-brian)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ARTIFACTS="${ARTIFACTS:-$ROOT/BenchmarkDotNet.Artifacts/compare-population}"
PYTHON="${PYTHON:-/usr/bin/python3}"
ROUNDS="${ROUNDS:-3}"
read -r -a JOB <<< "${BDN_JOB:---launchCount 1 --warmupCount 1 --iterationCount 3 --invocationCount 1 --unrollFactor 1}"
LOGS="$ARTIFACTS/logs-compare"
rm -rf "$ARTIFACTS"
mkdir -p "$LOGS"
: > "$LOGS/load.txt"
: > "$LOGS/c.txt"
: > "$LOGS/brian2.txt"
load() { echo "$1 $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOGS/load.txt"; }

# Brian2 (Debian python3-brian) and its cython target (a C compiler, python3-dev and cython3) where missing.
if ! "$PYTHON" -c 'import brian2, Cython' >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq python3-brian cython3 python3-dev gcc >/dev/null
fi

echo "== native: benchmarks/native/build.sh"
benchmarks/native/build.sh
dotnet build -c Release -nologo -v q benchmarks/Membrane.Biophysics.Benchmarks >/dev/null

for round in $(seq 1 "$ROUNDS"); do
    echo "== round $round: BenchmarkDotNet PopulationBenchmarks (${JOB[*]})"
    load "round-$round-bdn"
    MEMBRANE_NATIVE_DIR="$ROOT/benchmarks/native/bin" \
        dotnet run -c Release --no-build --project benchmarks/Membrane.Biophysics.Benchmarks -- \
        --filter '*PopulationBenchmarks*' "${JOB[@]}" --exporters json --artifacts "$ARTIFACTS/round-$round" \
        | tee "$LOGS/bdn-$round.txt" | grep -E '^\|' || true
    test "${PIPESTATUS[0]}" -eq 0 || { echo "BenchmarkDotNet failed; see $LOGS/bdn-$round.txt" >&2; exit 1; }

    echo "== round $round: C, own timer (benchmarks/native/bin/hh_population_bench_{fast,strict})"
    load "round-$round-c"
    benchmarks/native/bin/hh_population_bench_fast c-fast 1 | tee -a "$LOGS/c.txt"
    benchmarks/native/bin/hh_population_bench_strict c-strict 1 | tee -a "$LOGS/c.txt"

    echo "== round $round: Brian2 ($PYTHON benchmarks/python/hh_population_brian2.py numpy,cython 1)"
    load "round-$round-brian2"
    "$PYTHON" benchmarks/python/hh_population_brian2.py numpy,cython 1 2>/dev/null | tee -a "$LOGS/brian2.txt"
done

echo "== BenchmarkDotNet: DynamicsBenchmarks (one call each: 10^4-cell population step, HH cell, 1000-compartment cable)"
load "dynamics"
dotnet run -c Release --no-build --project benchmarks/Membrane.Biophysics.Benchmarks -- \
    --filter '*DynamicsBenchmarks*' --launchCount 1 --warmupCount 3 --iterationCount 10 --exporters json --artifacts "$ARTIFACTS/dynamics" \
    | tee "$LOGS/bdn-dynamics.txt" | grep -E '^\|' || true
test "${PIPESTATUS[0]}" -eq 0 || { echo "BenchmarkDotNet failed; see $LOGS/bdn-dynamics.txt" >&2; exit 1; }
load "end"

echo
"$PYTHON" benchmarks/python/compare_population_table.py "$ARTIFACTS" "$LOGS/c.txt" "$LOGS/brian2.txt" "$LOGS/load.txt"
