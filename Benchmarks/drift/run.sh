#!/usr/bin/env bash
# Drift benchmark: Stripe's spec against a modified copy of itself (release build).
# CPU time is the figure to read on a shared machine; wall time includes waiting for a core.
# Usage: Benchmarks/drift/run.sh [RUNS]   (corpus from CONFORM_CORPUS or ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus="${CONFORM_CORPUS:-../shared/corpus}"
source_spec="$corpus/vendor/stripe-spec3-2023-09-12.yaml"
copy="${TMPDIR:-/tmp}/conform-drift-bench/stripe-modified.yaml"
runs="${1:-5}"
[ -f "$source_spec" ] || { echo "corpus not found at $corpus; skipping"; exit 0; }
mkdir -p "$(dirname "$copy")"
[ -f "$copy" ] || python3 Benchmarks/drift/modify-stripe.py "$source_spec" "$copy"
swift build -c release --product conform >/dev/null
binary="$(swift build -c release --show-bin-path)/conform"
timing="$(dirname "$copy")/time.txt"
"$binary" drift "$source_spec" "$copy" > "$(dirname "$copy")/report.txt" || true
tail -1 "$(dirname "$copy")/report.txt"
for run in $(seq "$runs"); do
    /usr/bin/time -o "$timing" -f "run $run: %e s wall, %U s user + %S s sys CPU, %M KB max RSS" "$binary" drift "$source_spec" "$copy" --format json >/dev/null || true
    cat "$timing"
done
# Loading both files (and linting them) for comparison: drift's own share is the difference.
timing="$(dirname "$copy")/lint-time.txt"
/usr/bin/time -o "$timing" -f "lint of both files: %e s wall, %U s user + %S s sys CPU" "$binary" lint "$source_spec" "$copy" >/dev/null 2>&1 || true
cat "$timing"
