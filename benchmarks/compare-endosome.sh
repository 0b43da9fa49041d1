#!/usr/bin/env bash
# The endosome model's default run (both cases, 2000 s each) side by side in one session on this machine: the library
# with its stiff integrator (Rodas, the default) and with the explicit Dormand-Prince one it used before
# (BenchmarkDotNet), then the same equations in SciPy's LSODA (tests/reference/endosome_scipy.py, best of RUNS runs).
#
#   usage: benchmarks/compare-endosome.sh          (about 2 minutes on 2 cores)
#   env:   BDN_JOB="..."  BenchmarkDotNet job arguments (default: 1 launch, 3 warm-up, 10 measured iterations)
#          RUNS=n         SciPy runs (default 7)
#          ARTIFACTS=dir  where BenchmarkDotNet writes (default BenchmarkDotNet.Artifacts/compare-endosome)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/compare-common.sh"
compare_setup endosome "--launchCount 1 --warmupCount 3 --iterationCount 10"
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"

compare_bdn '*ModelsBenchmarks.EndosomeDefaultRun*'

echo "== SciPy LSODA: $PYTHON tests/reference/endosome_scipy.py, ${RUNS:-7} runs"
for _ in $(seq "${RUNS:-7}"); do
    "$PYTHON" tests/reference/endosome_scipy.py 2>&1 >/dev/null | grep -oP 'both runs: \K[0-9.]+'
done | sort -n | tee "$ARTIFACTS/scipy.txt" | tr '\n' ' '
echo "ms"
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# Ratios: library mean over SciPy's best and median.
"$PYTHON" - "$LOGS/bdn.txt" "$ARTIFACTS/scipy.txt" <<'PY'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    m = re.match(r"\|\s*(EndosomeDefaultRun\w*)\s*\|\s*([\d.,]+) (ms|s|us|μs)", line)
    if m:
        value = float(m.group(2).replace(",", ""))
        rows[m.group(1)] = value * {"s": 1e3, "ms": 1, "us": 1e-3, "μs": 1e-3}[m.group(3)]
scipy = [float(x) for x in open(sys.argv[2]).read().split()]
best, median = min(scipy), statistics.median(scipy)
print(f"SciPy LSODA: best {best:.1f} ms, median {median:.1f} ms")
for name, ms in rows.items():
    print(f"{name}: {ms:.1f} ms = {ms / best:.2f}x SciPy's best, {ms / median:.2f}x its median")
if len(rows) == 2:
    print(f"explicit / stiff: {rows['EndosomeDefaultRunExplicit'] / rows['EndosomeDefaultRun']:.1f}x")
PY
