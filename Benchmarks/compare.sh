#!/usr/bin/env bash
# Every figure of conform beside its peers', measured in one run on this machine:
#   spec load vs libyaml alone and PyYAML (CSafeLoader); validations/s vs jsonschema-rs;
#   cases/s and wall time on the four seed specs vs Schemathesis, wrk's ceiling on the same
#   endpoint; planted sandbox faults found in the same time budget, false alarms on the
#   conformant sandbox; peak memory at 10k, 50k and 100k cases; the in-process benchmarks
#   (Benchmarks/Package.swift, ordo-one/benchmark).
# Prints a table and writes reports/bench/latest.json and reports/bench/latest.md.
#
# Usage (from anywhere): Benchmarks/compare.sh
#   RUNS=3          process-level measurements repeated, medians reported
#   QUICK=1         smoke run: 1 run, short budgets, 1k/5k/10k cases instead of 10k/50k/100k
#   PORT=18383      the first sandbox's port (each measured run starts one on the next port)
#   CONFORM_CORPUS  the shared corpus (default ../shared/corpus beside the repository)
# Peers go into Benchmarks/.scratch (git-ignored): a venv with schemathesis, PyYAML and
# jsonschema-rs from PyPI; wrk, hyperfine and libyaml-dev from Debian when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
quick="${QUICK:-0}"
if [ "$quick" = 1 ]; then runs="${RUNS:-1}"; else runs="${RUNS:-3}"; fi
port="${PORT:-18383}"
corpus="${CONFORM_CORPUS:-$root/../shared/corpus}"
vendor="$corpus/vendor"
scratch="$root/Benchmarks/.scratch"
work="$scratch/run"
out="$root/reports/bench"
raw="$work/raw.tsv"
if [ "$quick" = 1 ]; then
    random=5 budget=3 wrk_seconds=3 memory_steps="2000 5000 10000" endpoint_cases=500 st_endpoint_cases=100
else
    random=25 budget=10 wrk_seconds=10 memory_steps="10000 50000 100000" endpoint_cases=5000 st_endpoint_cases=1000
fi
[ -d "$vendor" ] || { echo "corpus not found at $corpus (set CONFORM_CORPUS)" >&2; exit 2; }
rm -rf "$work" && mkdir -p "$work" "$out"

log() { printf '\n== %s\n' "$*" >&2; }
# record SECTION ITEM TOOL METRIC VALUE: one measurement; the report takes medians.
record() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$raw"; }
# timed FILE COMMAND...: runs COMMAND with /usr/bin/time (wall s, user+sys s, peak KB into FILE).
timed() {
    local file="$1"
    shift
    /usr/bin/time -o "$file" -f '%e %U %S %M' "$@"
}
wall() { awk '{ print $1 }' "$1"; }
cpu() { awk '{ print $2 + $3 }' "$1"; }
cpu_ms() { awk '{ print ($2 + $3) * 1000 }' "$1"; }
peak_mb() { awk '{ printf "%.1f", $4 / 1024 }' "$1"; }

# --- the machine -------------------------------------------------------------------------
record machine date - text "$(date -u '+%Y-%m-%d %H:%M UTC')"
record machine cores - text "$(nproc)"
record machine cpu - text "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
record machine load - text "$(cut -d' ' -f1-3 /proc/loadavg)"
record machine commit - text "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
record machine fault_budget - text "${budget}s"
record machine mode - text "$([ "$quick" = 1 ] && echo "QUICK, $runs run(s)" || echo "$runs runs")"

# --- peers -------------------------------------------------------------------------------
log "peers into $scratch"
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[ -f /usr/include/yaml.h ] || missing+=(libyaml-dev)
if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get install -y "${missing[@]}" >&2
fi
venv="$scratch/venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c 'import schemathesis, yaml, jsonschema_rs' 2>/dev/null \
    || "$venv/bin/pip" install -q schemathesis pyyaml jsonschema-rs >&2
python="$venv/bin/python"
st="$venv/bin/st"
record machine peers - text "$("$python" -c 'import importlib.metadata as m; print(", ".join(f"{p} {m.version(p)}" for p in ("schemathesis", "PyYAML", "jsonschema-rs")))'), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), libyaml $(dpkg-query -W -f '${Version}' libyaml-dev 2>/dev/null || echo '?')"
gcc -O2 -Wall Benchmarks/peers/libyaml_scan.c -lyaml -o "$scratch/libyaml_scan"

log "release build"
swift build -c release --product conform >&2
conform="$root/.build/release/conform"

# --- inputs ------------------------------------------------------------------------------
log "inputs: validation data, Stripe copy with 50 changes"
CONFORM_CORPUS="$corpus" "$python" Benchmarks/validation/prepare.py >&2
drift_copy="$scratch/stripe-modified.yaml"
[ -f "$drift_copy" ] || "$python" Benchmarks/drift/modify-stripe.py "$vendor/stripe-spec3-2023-09-12.yaml" "$drift_copy" >&2

# --- in-process benchmarks (ordo-one/benchmark) -------------------------------------------
log "in-process benchmarks"
BENCH_QUICK="$quick" CONFORM_CORPUS="$corpus" CONFORM_DRIFT_COPY="$drift_copy" \
    swift package --package-path Benchmarks benchmark --format jmh --path "$work" --no-progress >&2
"$python" Benchmarks/peers/jmh_records.py "$work"/*.jmh.json >>"$raw"

# --- spec load: libyaml alone and PyYAML beside conform ------------------------------------
log "spec load"
for spec in stripe-spec3-2023-09-12.yaml gr4vy-openapi.json dodopayments-openapi.documented.yml; do
    for _ in $(seq "$runs"); do
        timed "$work/t" "$scratch/libyaml_scan" "$vendor/$spec" 1 >"$work/o"
        record load "$spec" libyaml seconds "$(awk '{ print $2 }' "$work/o")"
        record load "$spec" libyaml peak_mb "$(peak_mb "$work/t")"
        timed "$work/t" "$python" Benchmarks/peers/pyyaml_load.py "$vendor/$spec" 1 >"$work/o"
        record load "$spec" pyyaml seconds "$(awk '{ print $2 }' "$work/o")"
        record load "$spec" pyyaml peak_mb "$(peak_mb "$work/t")"
        # The whole `conform lint` process: load, resolve, lint and print.
        timed "$work/t" "$conform" lint "$vendor/$spec" >/dev/null 2>&1 || true
        record load "$spec" conform lint_seconds "$(wall "$work/t")"
        record load "$spec" conform peak_mb "$(peak_mb "$work/t")"
    done
done

# --- validation: jsonschema-rs on the same schemas and instances ---------------------------
log "jsonschema-rs"
# The rates are shown as they come (tee to a process: tee to /dev/stderr would truncate a
# stderr redirected to a file).
for _ in $(seq "$runs"); do
    BENCH_SECONDS=$([ "$quick" = 1 ] && echo 1 || echo 3) "$python" Benchmarks/validation/bench_jsonschema_rs.py \
        | tee >(cat >&2) | "$python" Benchmarks/peers/jsonschema_rs_records.py >>"$raw"
done

# --- the sandbox -------------------------------------------------------------------------
# Every measured run gets a sandbox of its own: the sandbox keeps what a run creates, and a
# list operation answering with an earlier run's sessions would make the next run slower.
next_port="$port"
sandbox_log="$work/sandbox.log"
source Benchmarks/sandbox.sh
# sandbox_cpu_ms: the CPU time (user + system) the running sandbox has used so far.
sandbox_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) * 1000 / hz }' "/proc/$sandbox/stat"; }
# sandbox_cpu_ms_since MS: the sandbox's CPU time since it had used MS.
sandbox_cpu_ms_since() { awk -v a="$(sandbox_cpu_ms)" -v b="$1" 'BEGIN { print a - b }'; }
# per_request_us MS N: microseconds of CPU per request.
per_request_us() { awk -v ms="$1" -v n="$2" 'BEGIN { print (n > 0 ? ms * 1000 / n : 0) }'; }
# wrk_requests FILE: the number of requests a wrk run completed.
wrk_requests() { awk '/requests in/ { print $1 }' "$1"; }
export SANDBOX_TOKEN=sandbox-token SANDBOX_BASIC=sandbox-key:x
auth=(--bearer-env SANDBOX_TOKEN --basic-env SANDBOX_BASIC)
# conform_run REPORTS SPEC... [OPTIONS]: conform against $base, timed into $work/t, with
# goldens from a scratch copy of golden/ (so no run writes into the repository) and the
# reports in REPORTS; the exit status is conform's.
conform_run() {
    local reports="$1"
    shift
    rm -rf "$reports" && mkdir -p "$reports" && cp -r golden "$reports/golden"
    timed "$work/t" "$conform" run "$@" --target "$base" "${auth[@]}" --golden "$reports/golden" --reports "$reports"
}
# st_command SPEC: sets st_cmd to Schemathesis against $base with every check and the
# sandbox's credentials for SPEC (Quaderno: basic; the others: bearer).
st_command() {
    st_cmd=("$st" run "$1" --checks all --suppress-health-check all --no-color)
    case "$1" in
    # Quaderno's server URL has a path (/api), which conform keeps and --url replaces.
    *quaderno*) st_cmd+=(--url "$base/api" -a "$SANDBOX_BASIC") ;;
    *) st_cmd+=(--url "$base" -H "Authorization: Bearer $SANDBOX_TOKEN") ;;
    esac
}
# conform_cases FILE: the number of cases conform's summary line reports (0 without one).
conform_cases() { awk '/ specs?: [0-9]+ cases/ { for (i = 1; i <= NF; i++) if ($(i + 1) ~ /^cases/) n = $i } END { print n + 0 }' "$1"; }
# sending_rate REPORTS: conform's cases per second while sending, from the run's report.json
# (the summary line's duration is rounded to 10 ms, a 2% step on a half-second run).
sending_rate() {
    "$python" -c 'import json, sys
r = json.load(open(sys.argv[1] + "/report.json"))
print(r["totals"]["cases"] / r["timing"]["seconds"] if r["timing"]["seconds"] > 0 else 0)' "$1" 2>/dev/null || echo 0
}
# st_cases FILE: the number of test cases Schemathesis reports having generated.
st_cases() { awk '{ for (i = 1; i < NF; i++) if ($(i + 1) ~ /^generated/) n += $i } END { print n + 0 }' "$1"; }

log "cases/s on the four seed specs, --random $random"
specs=(specs/*.yaml)
for _ in $(seq "$runs"); do
    fresh_sandbox
    conform_run "$work/seed" "${specs[@]}" --random "$random" >"$work/o" 2>&1 || true
    cases=$(conform_cases "$work/o")
    record runner "seed specs" conform cases "$cases"
    record runner "seed specs" conform seconds "$(wall "$work/t")"
    record runner "seed specs" conform cases_per_second "$(awk -v n="$cases" -v s="$(wall "$work/t")" 'BEGIN { print n / s }')"
    record runner "seed specs" conform peak_mb "$(peak_mb "$work/t")"
    # Schemathesis: the same specs one after another, --max-examples as conform's --random.
    total_cases=0 total_seconds=0 peak=0
    fresh_sandbox
    for spec in "${specs[@]}"; do
        st_command "$spec"
        timed "$work/t" "${st_cmd[@]}" --max-examples "$random" --continue-on-failure >"$work/o" 2>&1 || true
        total_cases=$((total_cases + $(st_cases "$work/o")))
        total_seconds=$(awk -v a="$total_seconds" -v b="$(wall "$work/t")" 'BEGIN { print a + b }')
        peak=$(awk -v a="$peak" -v b="$(peak_mb "$work/t")" 'BEGIN { print (b > a ? b : a) }')
    done
    record runner "seed specs" schemathesis cases "$total_cases"
    record runner "seed specs" schemathesis seconds "$total_seconds"
    record runner "seed specs" schemathesis cases_per_second "$(awk -v n="$total_cases" -v s="$total_seconds" 'BEGIN { print n / s }')"
    record runner "seed specs" schemathesis peak_mb "$peak"
    # One endpoint, many cases: Stripe's POST /checkout (issue 04's throughput), the rate
    # both as the whole command and while sending (the summary line's own duration).
    # CPU per request of conform and of the sandbox serving it: on 2 cores the two share the
    # machine, so together they bound the rate.
    fresh_sandbox
    before=$(sandbox_cpu_ms)
    conform_run "$work/endpoint" specs/stripe-checkout.yaml --random "$endpoint_cases" >"$work/o" 2>&1 || true
    served=$(sandbox_cpu_ms_since "$before")
    cases=$(conform_cases "$work/o")
    record runner "POST /checkout" conform cases "$cases"
    record runner "POST /checkout" conform cases_per_second "$(awk -v n="$cases" -v s="$(wall "$work/t")" 'BEGIN { print n / s }')"
    record runner "POST /checkout" conform sending_cases_per_second "$(sending_rate "$work/endpoint")"
    record runner "POST /checkout" conform cpu_us "$(per_request_us "$(cpu_ms "$work/t")" "$cases")"
    record runner "POST /checkout" "sandbox serving conform" cpu_us "$(per_request_us "$served" "$cases")"
    fresh_sandbox
    st_command specs/stripe-checkout.yaml
    for workers in 1 4; do
        timed "$work/t" "${st_cmd[@]}" --max-examples "$st_endpoint_cases" --workers "$workers" --continue-on-failure >"$work/o" 2>&1 || true
        record runner "POST /checkout" "schemathesis --workers $workers" cases_per_second \
            "$(awk -v n="$(st_cases "$work/o")" -v s="$(wall "$work/t")" 'BEGIN { print n / s }')"
    done
    # wrk: the ceiling of the same sandbox on the same endpoint, and on a read
    # (GET /checkout/sessions/{id}, Gr4vy) for the sandbox's own goal.
    # Each measured wrk run follows a 2 s warm-up on the same endpoint: the steady state is
    # the ceiling, not a fresh process's first second (its allocator and connections).
    fresh_sandbox
    wrk -t2 -c64 -d2s -s Benchmarks/stripe-checkout.lua "$base/checkout" >/dev/null 2>&1
    before=$(sandbox_cpu_ms)
    timed "$work/t" wrk -t2 -c64 -d"${wrk_seconds}s" -s Benchmarks/stripe-checkout.lua "$base/checkout" >"$work/o" 2>&1
    served=$(sandbox_cpu_ms_since "$before")
    record runner "POST /checkout" wrk requests_per_second "$(awk '/Requests\/sec/ { print $2 }' "$work/o")"
    record runner "POST /checkout" wrk peak_mb "$(peak_mb "$work/t")"
    record runner "POST /checkout" "sandbox serving wrk" cpu_us "$(per_request_us "$served" "$(wrk_requests "$work/o")")"
    session=$(curl -s -X POST -H "Authorization: Bearer $SANDBOX_TOKEN" -H 'Content-Type: application/json' \
        -d '{"cart_items":[{"name":"A","quantity":1,"unit_amount":100}]}' "$base/checkout/sessions" \
        | "$python" -c 'import json, sys; print(json.load(sys.stdin)["id"])')
    wrk -t2 -c64 -d2s -H "Authorization: Bearer $SANDBOX_TOKEN" "$base/checkout/sessions/$session" >/dev/null 2>&1
    wrk -t2 -c64 -d"${wrk_seconds}s" -H "Authorization: Bearer $SANDBOX_TOKEN" "$base/checkout/sessions/$session" >"$work/o" 2>&1
    record runner "GET /checkout/sessions/{id}" wrk requests_per_second "$(awk '/Requests\/sec/ { print $2 }' "$work/o")"
    # The runner's own ceiling: one operation with nothing to draw and only the status to
    # judge (GET /, which the sandbox answers 404), beside wrk on the same route.
    fresh_sandbox
    conform_run "$work/floor" Benchmarks/runner-floor.yaml --random "$endpoint_cases" --checks status_code >"$work/o" 2>&1 || true
    record runner "GET /" conform sending_cases_per_second "$(sending_rate "$work/floor")"
    record runner "GET /" conform cpu_us "$(per_request_us "$(cpu_ms "$work/t")" "$(conform_cases "$work/o")")"
    fresh_sandbox
    wrk -t2 -c64 -d2s "$base/" >/dev/null 2>&1
    wrk -t2 -c64 -d"${wrk_seconds}s" "$base/" >"$work/o" 2>&1
    record runner "GET /" wrk requests_per_second "$(awk '/Requests\/sec/ { print $2 }' "$work/o")"
done

log "peak memory at ${memory_steps// /, } cases"
# Cases per run = coverage cases + random cases per operation x operations: solve for --random.
fresh_sandbox
conform_run "$work/count" "${specs[@]}" --random 0 >/dev/null 2>&1 || true
read -r coverage operations < <("$python" -c '
import json, sys
report = json.load(open(sys.argv[1]))
specs = report["specs"]
print(sum(s["cases"] for s in specs), sum(len(s["operations"]) for s in specs))' "$work/count/report.json")
for step in $memory_steps; do
    per_operation=$(( step > coverage ? (step - coverage + operations - 1) / operations : 0 ))
    fresh_sandbox
    conform_run "$work/memory" "${specs[@]}" --random "$per_operation" >"$work/o" 2>&1 || true
    cases=$(conform_cases "$work/o")
    record memory "$step" conform cases "$cases"
    record memory "$step" conform peak_mb "$(peak_mb "$work/t")"
    record memory "$step" conform seconds "$(wall "$work/t")"
done

# --- faults found in the same time budget --------------------------------------------------
log "faults, ${budget}s each per tool"
faults=$("$conform" sandbox --list-faults | awk 'NR > 1 { print $1 " " $2 }')
mkdir -p "$work/faults"
# judge LABEL SPEC [FAULT]: runs both tools on SPEC, each against a fresh sandbox (with
# FAULT), the same budget each (conform with --random as in the runs above), and records whether each reported anything (conform: exit 1 with findings;
# Schemathesis: a Failures section). Their outputs stay in $work/faults/.
judge() {
    local label="$1" spec="$2" fault="${3:-}" status=0 log="$work/faults/${1// /-}"
    fresh_sandbox "$fault"
    conform_run "$work/fault" "$spec" --random "$random" --budget "$budget" >"$log.conform.txt" 2>&1 || status=$?
    local found=0
    [ "$status" = 1 ] && grep -Eq '[1-9][0-9]* findings?' "$log.conform.txt" && found=1
    record faults "$label" conform found "$found"
    fresh_sandbox "$fault"
    # --max-time ends generation; the timeout stops a run that overshoots it anyway (SIGINT,
    # so Schemathesis still prints what it found).
    st_command "$spec"
    timeout -s INT -k 5 $((budget + 30)) "${st_cmd[@]}" --max-time "$budget" >"$log.schemathesis.txt" 2>&1 || true
    found=0
    grep -Eq '^Failures:' "$log.schemathesis.txt" && found=1
    record faults "$label" schemathesis found "$found"
}
while read -r fault api; do judge "$fault" "specs/$api.yaml" "$fault"; done <<<"$faults"
for spec in "${specs[@]}"; do judge "conformant $(basename "$spec" .yaml)" "$spec"; done
stop_sandbox

# --- the report --------------------------------------------------------------------------
"$python" Benchmarks/peers/report.py "$raw" "$out/latest.json" "$out/latest.md"
cat "$out/latest.md"
