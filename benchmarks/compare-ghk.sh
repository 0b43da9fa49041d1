#!/usr/bin/env bash
# GHK batch reversal, GHK I-V and the mixed-valence single solve, side by side in one run on this machine:
# Membrane.Biophysics and the gcc loops of benchmarks/native/ghk.c (P/Invoke, inside the same BenchmarkDotNet run),
# then NumPy doing the same arithmetic. Prints one table of ns per element with the ratios the project targets.
#
#   usage: benchmarks/compare-ghk.sh               (about 3 minutes on 2 cores)
#   env:   ARTIFACTS=dir   where BenchmarkDotNet writes (default BenchmarkDotNet.Artifacts/compare-ghk)
#          BDN_JOB="..."   BenchmarkDotNet job arguments (default: 1 launch, 5 warm-up, 15 measured iterations)
#          PYTHON=...      interpreter with numpy (default /usr/bin/python3)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/compare-common.sh"
compare_setup ghk "--launchCount 1 --warmupCount 5 --iterationCount 15"

echo "== native: benchmarks/native/build.sh"
benchmarks/native/build.sh

compare_bdn '*Ghk*' '^\||checksum'

echo "== NumPy: $PYTHON benchmarks/python/ghk_numpy.py"
"$PYTHON" benchmarks/python/ghk_numpy.py | tee "$LOGS/numpy.txt"

echo
"$PYTHON" benchmarks/python/compare_ghk_table.py "$ARTIFACTS/results" "$LOGS/numpy.txt"
