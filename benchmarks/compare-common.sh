# Sourced by benchmarks/compare-*.sh: the repository root, the artifacts and log folders, the interpreter, the
# BenchmarkDotNet job arguments, and one BenchmarkDotNet run beside the native gcc libraries.
#
#   compare_setup NAME "DEFAULT JOB ARGS"   sets ROOT, ARTIFACTS (env override), PYTHON, JOB, LOGS; clears old results
#   compare_bdn FILTER [GREP]               runs the benchmarks matching FILTER, logs to $LOGS/bdn.txt, fails loudly
compare_setup() {
  ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  cd "$ROOT"
  ARTIFACTS="${ARTIFACTS:-$ROOT/BenchmarkDotNet.Artifacts/compare-$1}"
  PYTHON="${PYTHON:-/usr/bin/python3}"
  read -r -a JOB <<< "${BDN_JOB:-$2}"
  LOGS="$ARTIFACTS/logs-compare"
  rm -rf "$ARTIFACTS/results"
  mkdir -p "$LOGS"
}

compare_bdn() {
  echo "== BenchmarkDotNet: $1 (${JOB[*]})"
  MEMBRANE_NATIVE_DIR="$ROOT/benchmarks/native/bin" \
      dotnet run -c Release --project benchmarks/Membrane.Biophysics.Benchmarks -- \
      --filter "$1" "${JOB[@]}" --exporters json --artifacts "$ARTIFACTS" | tee "$LOGS/bdn.txt" | grep -E "${2:-^\|}" || true
  test "${PIPESTATUS[0]}" -eq 0 || { echo "BenchmarkDotNet failed; see $LOGS/bdn.txt" >&2; exit 1; }
}
