#!/usr/bin/env bash
# Batch Nernst, side by side in one run on this machine: Membrane.Biophysics (BenchmarkDotNet), the gcc loops of
# benchmarks/native (through P/Invoke inside the same BenchmarkDotNet run, and their own C timer as a cross-check)
# and NumPy. Prints one table of ns per element at n = 1e6 and 1e7 with the ratios the project targets.
#
#   usage: benchmarks/compare-nernst.sh            (about 3-4 minutes on 2 cores)
#   env:   ARTIFACTS=dir   where BenchmarkDotNet writes (default BenchmarkDotNet.Artifacts/compare-nernst)
#          BDN_JOB="..."   BenchmarkDotNet job arguments (default: 1 launch, 5 warm-up, 15 measured iterations)
#          PYTHON=...      interpreter with numpy (default /usr/bin/python3)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/compare-common.sh"
compare_setup nernst "--launchCount 1 --warmupCount 5 --iterationCount 15"

echo "== native: benchmarks/native/build.sh"
benchmarks/native/build.sh

compare_bdn '*NernstBatch*'

echo "== C timer: nernst_bench_fast / nernst_bench_strict"
benchmarks/native/bin/nernst_bench_fast   | tee    "$LOGS/c.txt"
benchmarks/native/bin/nernst_bench_strict | tee -a "$LOGS/c.txt"

echo "== NumPy: $PYTHON benchmarks/python/nernst_numpy.py"
"$PYTHON" benchmarks/python/nernst_numpy.py | tee "$LOGS/numpy.txt"

echo
"$PYTHON" benchmarks/python/compare_table.py "$ARTIFACTS/results" "$LOGS/c.txt" "$LOGS/numpy.txt"
