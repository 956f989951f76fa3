#!/usr/bin/env bash
# Cases per second of `conform run` against the release sandbox on loopback, the same for
# Schemathesis (same spec, about the same number of cases, each --workers value tried), and
# wrk's request rate on the same endpoint as the ceiling.
#
# Usage (from the package root): Benchmarks/runner.sh
#   SPEC=specs/stripe-checkout.yaml  RANDOM_CASES=2000  PORT=18282
#   ST=/tmp/st-venv/bin/st   (python3 -m venv /tmp/st-venv && /tmp/st-venv/bin/pip install schemathesis)
#   wrk from Debian: apt-get install -y wrk
set -euo pipefail
cd "$(dirname "$0")/.."
spec="${SPEC:-specs/stripe-checkout.yaml}"
random="${RANDOM_CASES:-2000}"
port="${PORT:-18282}"
st="${ST:-/tmp/st-venv/bin/st}"
base="http://127.0.0.1:${port}"
out="$(mktemp -d)"

swift build -c release --product conform >/dev/null
.build/release/conform sandbox --port "$port" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 100); do curl -s -o /dev/null "$base/" && break; sleep 0.1; done

now() { date +%s.%N; }
rate() { awk -v n="$1" -v s="$2" -v e="$3" 'BEGIN { printf "%.0f", n / (e - s) }'; }

echo "== conform run $spec --random $random"
start=$(now)
.build/release/conform run "$spec" --target "$base" --random "$random" --concurrency "${CONCURRENCY:-32}" \
    >"$out/conform.txt" || true
end=$(now)
tail -1 "$out/conform.txt"
conform_cases=$(tail -1 "$out/conform.txt" | sed -E 's/.*: ([0-9]+) cases.*/\1/')
conform_rate=$(rate "$conform_cases" "$start" "$end")
run_seconds=$(tail -1 "$out/conform.txt" | sed -E 's/.* in ([0-9.]+)s$/\1/')
echo "conform: $conform_cases cases, $conform_rate cases/s wall clock (spec loading and generation included)," \
    "$(rate "$conform_cases" 0 "$run_seconds") cases/s while sending"

best_rate=0
best_workers=0
for workers in ${WORKERS:-1 2 4 8}; do
    echo "== schemathesis --workers $workers --max-examples $random"
    start=$(now)
    "$st" run "$spec" --url "$base" --max-examples "$random" --workers "$workers" --phases=examples,coverage,fuzzing \
        --checks all --continue-on-failure --suppress-health-check all --no-color >"$out/st-$workers.txt" 2>&1 || true
    end=$(now)
    cases=$(grep -Eo '[0-9]+ generated' "$out/st-$workers.txt" | head -1 | grep -Eo '[0-9]+' || echo 0)
    st_rate=$(rate "${cases:-0}" "$start" "$end")
    echo "schemathesis workers=$workers: ${cases:-0} cases, $st_rate cases/s"
    if [ "$st_rate" -gt "$best_rate" ]; then best_rate=$st_rate; best_workers=$workers; fi
done

echo "== wrk -t2 -c64 -d10s POST /checkout (the ceiling)"
wrk -t2 -c64 -d10s -s Benchmarks/stripe-checkout.lua "$base/checkout" | tee "$out/wrk.txt"
wrk_rate=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$out/wrk.txt")

echo
echo "conform:      $conform_rate cases/s"
echo "schemathesis: $best_rate cases/s (best, --workers $best_workers)"
echo "wrk:          $wrk_rate requests/s"
awk -v c="$conform_rate" -v s="$best_rate" -v w="$wrk_rate" \
    'BEGIN { printf "conform / schemathesis = %.1fx (goal 20x); conform / wrk = %.2f (goal 0.5)\n", c / (s > 0 ? s : 1), c / w }'
