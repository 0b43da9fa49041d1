#!/usr/bin/env bash
# Build the native Nernst and GHK reference libraries and bench programs.
#   usage: benchmarks/native/build.sh [outdir]     (default: benchmarks/native/bin)
# Produces:
#   libnernst_fast.so    -O3 -march=native -ffast-math   (expected to call libmvec _ZGV*_log)
#   libnernst_strict.so  -O3 -march=native               (scalar log calls)
#   nernst_bench_fast, nernst_bench_strict               (same loop, same flags, standalone timer)
#   libghk_fast.so, libghk_strict.so                     (ghk.c: GHK reversal and I-V loops, the same two flag sets)
#   libhh_population_fast.so, libhh_population_strict.so (hh_population.c: 10^4 HH cells, SoA, the same two flag sets)
#   hh_population_bench_fast, hh_population_bench_strict (the same loop with its own timer)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/bin}"
mkdir -p "$OUT"
CC="${CC:-gcc}"

FAST="-O3 -march=native -ffast-math"
STRICT="-O3 -march=native"

$CC $FAST   -fPIC -shared -o "$OUT/libnernst_fast.so"   "$HERE/nernst.c" -lm
$CC $STRICT -fPIC -shared -o "$OUT/libnernst_strict.so" "$HERE/nernst.c" -lm
$CC $FAST   -fPIC -shared -o "$OUT/libghk_fast.so"      "$HERE/ghk.c" -lm
$CC $STRICT -fPIC -shared -o "$OUT/libghk_strict.so"    "$HERE/ghk.c" -lm
$CC $FAST   -fPIC -shared -o "$OUT/libhh_population_fast.so"   "$HERE/hh_population.c" -lm
$CC $STRICT -fPIC -shared -o "$OUT/libhh_population_strict.so" "$HERE/hh_population.c" -lm
$CC $FAST   -DHH_LABEL='"c-fast"'   -o "$OUT/hh_population_bench_fast"   "$HERE/hh_population_bench.c" -lm
$CC $STRICT -DHH_LABEL='"c-strict"' -o "$OUT/hh_population_bench_strict" "$HERE/hh_population_bench.c" -lm
$CC $FAST   -DNERNST_LABEL='"c-fast"'   -o "$OUT/nernst_bench_fast"   "$HERE/nernst_bench.c" -lm
$CC $STRICT -DNERNST_LABEL='"c-strict"' -o "$OUT/nernst_bench_strict" "$HERE/nernst_bench.c" -lm

# Report which log/exp the compiler actually called.
for f in libnernst_fast.so libnernst_strict.so nernst_bench_fast nernst_bench_strict libghk_fast.so libghk_strict.so libhh_population_fast.so libhh_population_strict.so; do
    syms=$(objdump -d "$OUT/$f" | grep -oE 'call +[0-9a-f]+ <[^>]*(log|exp)[^>]*>' | sed -E 's/.*<(.*)>/\1/' | sort -u | tr '\n' ' ')
    echo "$f: log/exp calls -> ${syms:-none}"
done
