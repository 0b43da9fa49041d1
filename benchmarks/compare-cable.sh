#!/usr/bin/env bash
# The 1000-compartment HH cable and the 200-compartment chloride tree, side by side in one run on this machine: the
# library's Cable.Step() and CableTree.Step() (BenchmarkDotNet, DynamicsBenchmarks.CableStep1000 and
# .CableTreeStep200), then their NEURON 8.2 twins (benchmarks/python/cable_neuron.py with the mechanisms of
# benchmarks/neuron), timed per fadvance() step with usetable_hh = 1 (NEURON's default) and 0. Prints the time per
# step of each side, the ratios library/NEURON (issue 13's target: <= 0.5 for both), and the twin check: the state of
# each model after the same time from rest in the library and in NEURON (at the same dt and at dt/10). The sides take
# turns over ROUNDS rounds, so that load from other users of a shared machine falls on both alike.
#
#   usage: benchmarks/compare-cable.sh             (about 4 minutes on 2 cores)
#   env:   ROUNDS=n       rounds (default 3), each running BenchmarkDotNet and then the NEURON timings once
#          BDN_JOB="..."  BenchmarkDotNet job arguments (default: --job short --iterationCount 10)
#          REPS=n         NEURON runs per round, model and table setting (default 5), STEPS=k steps each (default 2000)
#          ARTIFACTS=dir  where BenchmarkDotNet writes (default BenchmarkDotNet.Artifacts/compare-cable)
#          PYTHON=...     interpreter with NEURON (default /usr/bin/python3: Debian's python3-neuron)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/compare-common.sh"
compare_setup cable "--job short --iterationCount 10"
: > "$LOGS/load.txt"
: > "$LOGS/neuron-time.txt"
load() { echo "$1 $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$LOGS/load.txt"; }

# NEURON (Debian python3-neuron) and nrnivmodl (neuron-dev; the 'special' executable it links needs libinterviews-dev)
# where missing.
if ! "$PYTHON" -c 'import neuron' >/dev/null 2>&1 || ! command -v nrnivmodl >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-neuron neuron-dev libinterviews-dev >/dev/null
fi

rm -rf "$ARTIFACTS"/round-*
for round in $(seq "${ROUNDS:-3}"); do
    load "round-$round-bdn"
    compare_bdn '*DynamicsBenchmarks.Cable*' '^\||twin-check'
    mv "$ARTIFACTS/results" "$ARTIFACTS/round-$round"

    echo "== round $round: NEURON: $PYTHON benchmarks/python/cable_neuron.py time ${REPS:-5} ${STEPS:-2000}"
    load "round-$round-neuron"
    "$PYTHON" benchmarks/python/cable_neuron.py time "${REPS:-5}" "${STEPS:-2000}" 2>"$LOGS/neuron-stderr.txt" | tee -a "$LOGS/neuron-time.txt" ||
        { tail -20 "$LOGS/neuron-stderr.txt" >&2; echo "cable_neuron.py time failed" >&2; exit 1; }
done

echo "== NEURON twin check: $PYTHON benchmarks/python/cable_neuron.py check"
"$PYTHON" benchmarks/python/cable_neuron.py check 2>>"$LOGS/neuron-stderr.txt" | tee "$LOGS/neuron-check.txt" ||
    { tail -20 "$LOGS/neuron-stderr.txt" >&2; echo "cable_neuron.py check failed" >&2; exit 1; }
load end

echo
"$PYTHON" benchmarks/python/compare_cable_table.py "$ARTIFACTS" "$LOGS/bdn.txt" "$LOGS/neuron-time.txt" "$LOGS/neuron-check.txt" "$LOGS/load.txt"
