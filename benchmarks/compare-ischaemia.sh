#!/usr/bin/env bash
# One minute of ischaemia (ATP lost at t = 0, test pulses at 10-50 s) side by side in one session on this machine: the
# library's hybrid and fixed-step (25 µs) integrations (BenchmarkDotNet, ModelsBenchmarks.IschaemiaMinute*), then the
# same cell in SciPy's LSODA (tests/reference/ischaemia_scipy.py --ischaemia-only: one continuous ODE, spikes and NCX
# reversals located as events, samples every second), at the reference's rtol 1e-9 and at a loose 1e-6, best of RUNS
# runs each. Prints the ratios and, beside them, how far each side is from the reference (spike count, end of firing):
# the library's fixed steps are first order in Δt, SciPy's adaptive steps are not, so equal cost is not equal accuracy.
#
#   usage: benchmarks/compare-ischaemia.sh          (about 3 minutes on 2 cores)
#   env:   BDN_JOB="..."  BenchmarkDotNet job arguments (default: 1 launch, 1 warm-up, 5 measured iterations)
#          RUNS=n         SciPy runs per tolerance (default 3)
#          ARTIFACTS=dir  where BenchmarkDotNet writes (default BenchmarkDotNet.Artifacts/compare-ischaemia)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/compare-common.sh"
compare_setup ischaemia "--launchCount 1 --warmupCount 1 --iterationCount 5"
: > "$ARTIFACTS/scipy.txt"
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"

compare_bdn '*ModelsBenchmarks.IschaemiaMinute*'
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"

for rtol in 1e-9 1e-6; do
    echo "== SciPy LSODA rtol $rtol: $PYTHON tests/reference/ischaemia_scipy.py --ischaemia-only, ${RUNS:-3} runs"
    for _ in $(seq "${RUNS:-3}"); do
        ms=$(ISCHAEMIA_RTOL=$rtol "$PYTHON" tests/reference/ischaemia_scipy.py --ischaemia-only 2>&1 >"$ARTIFACTS/scipy-$rtol.json" | grep -oP 'ischaemia run: \K[0-9.]+')
        echo "$rtol $ms" | tee -a "$ARTIFACTS/scipy.txt"
    done
done
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# Ratios: library mean over SciPy's best; accuracy against the recorded reference.
"$PYTHON" - "$ARTIFACTS" tests/reference/ischaemia_scipy.json <<'PY'
import json, re, sys
art, ref_path = sys.argv[1], sys.argv[2]
rows = {}
for line in open(f"{art}/logs-compare/bdn.txt"):
    m = re.match(r"\|\s*(IschaemiaMinute\w*)\s*\|\s*([\d.,]+) (ms|s|us|μs)", line)
    if m:
        rows[m.group(1)] = float(m.group(2).replace(",", "")) * {"s": 1e3, "ms": 1, "us": 1e-3, "μs": 1e-3}[m.group(3)]
best = {}
for line in open(f"{art}/scipy.txt"):
    rtol, ms = line.split()
    best[rtol] = min(best.get(rtol, float("inf")), float(ms))
ref = json.load(open(ref_path))["ischaemia"]["spike_times_s"]
print(f"reference (rtol 1e-9): {len(ref)} spikes, the last at {ref[-1]:.4f} s")
for rtol, ms in best.items():
    spikes = json.load(open(f"{art}/scipy-{rtol}.json"))["ischaemia"]["spike_times_s"]
    print(f"SciPy LSODA rtol {rtol}: best {ms:.0f} ms; {len(spikes)} spikes, the last at {spikes[-1]:.4f} s")
for name, ms in rows.items():
    print(f"{name}: {ms:.0f} ms = " + ", ".join(f"{ms / s:.3f}x SciPy rtol {r}" for r, s in best.items()))
print("(the library's spike count and end of firing against the reference, at 25 and 12.5 µs: IschaemiaScipyReferenceTests)")
PY
