#!/usr/bin/env bash
# Planted sandbox faults found by conform and by Schemathesis, each tool timed, in one run:
# for the conformant sandbox and for every fault of `conform sandbox --list-faults`, a fresh
# `conform sandbox --port P [--fault F]` per tool run, then `conform run specs/<api>.yaml` and
# `st run specs/<api>.yaml --max-examples 100 --checks all` against it.
# A tool finds a fault when it reports a failure on the fault's operation (operation and
# check: conform's report.json findings, Schemathesis' JSON report failures, its stateful ones
# placed by the calls their JUnit report gives) that it did not report on the conformant
# sandbox. Prints the table and writes it to reports/bench/faults.md and faults.tsv.
#
# Usage (from anywhere): Benchmarks/faults.sh
#   CONFORM=PATH       conform release binary (default .build-release/release/conform)
#   SCHEMATHESIS=PATH  Schemathesis' CLI (default /work/venvs/st/bin/st;
#                      `pip install schemathesis==4.32.5`)
#   QUICK=1            short run: --max-examples 10 instead of 100
#   MAX_EXAMPLES=N     Schemathesis' --max-examples (overrides QUICK)
#   ST_SEED=1          Schemathesis' --seed (fixed, so the conformant and fault runs draw alike)
#   FAULTS='A B'       only these faults (default: every listed fault)
#   CONFORM_ARGS='…'   extra `conform run` options (default none: conform's defaults)
#   OUT=reports/bench/faults  where the table goes (OUT.md, OUT.tsv)
#   PORT=18700         the first sandbox's port (each tool run takes the next free one)
#   CONFORM_TIMEOUT=120, ST_TIMEOUT=600  seconds before one tool run is stopped
# Raw outputs stay in Benchmarks/.scratch/faults/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
conform="${CONFORM:-$root/.build-release/release/conform}"
st="${SCHEMATHESIS:-/work/venvs/st/bin/st}"
if [ "${QUICK:-0}" = 1 ]; then examples="${MAX_EXAMPLES:-10}"; else examples="${MAX_EXAMPLES:-100}"; fi
st_seed="${ST_SEED:-1}"
next_port="${PORT:-18700}"
conform_timeout="${CONFORM_TIMEOUT:-120}"
st_timeout="${ST_TIMEOUT:-600}"
read -r -a conform_args <<<"${CONFORM_ARGS:-}"
work="$root/Benchmarks/.scratch/faults"
out="${OUT:-$root/reports/bench/faults}"
[ -x "$conform" ] || { echo "no conform binary at $conform (build: swift build -c release --product conform, or set CONFORM)" >&2; exit 2; }
[ -x "$st" ] || { echo "no Schemathesis CLI at $st (pip install schemathesis==4.32.5, then set SCHEMATHESIS)" >&2; exit 2; }
rm -rf "$work" && mkdir -p "$work" "$(dirname "$out")"
runs="$work/runs.tsv"
log() { printf '== %s\n' "$*" >&2; }

# The sandbox's test credentials, as `conform sandbox --help` states them (SandboxCredentials).
help=$("$conform" sandbox --help | tr '\n' ' ')
token=$(sed -n "s/.*bearer token '\([^']*\)'.*/\1/p" <<<"$help")
basic=$(sed -n "s/.*basic '\([^']*\)'.*/\1/p" <<<"$help")
[ -n "$token" ] && [ -n "$basic" ] || { echo "no test credentials in 'conform sandbox --help'" >&2; exit 2; }
export SANDBOX_TOKEN="$token" SANDBOX_BASIC="$basic"

# FAULT API OPERATION CHECK, one fault a line.
"$conform" sandbox --list-faults | awk 'NR > 1 { print $1 "\t" $2 "\t" $3 "\t" $4 }' >"$work/faults.tsv"
if [ -n "${FAULTS:-}" ]; then
    for fault in $FAULTS; do
        grep -q "^$fault"$'\t' "$work/faults.tsv" || { echo "unknown fault '$fault'" >&2; exit 2; }
    done
    awk -v keep=" $FAULTS " 'index(keep, " " $1 " ")' "$work/faults.tsv" >"$work/faults.selected"
    mv "$work/faults.selected" "$work/faults.tsv"
fi

# --- the sandbox: one per tool run, so no run sees what an earlier one created ------------
sandbox_log="$work/sandbox.log"
source Benchmarks/sandbox.sh

# --- the tools ---------------------------------------------------------------------------
# seconds_since START: wall seconds since START (an $EPOCHREALTIME).
seconds_since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }'; }
# conform_run DIR API RECORD: conform on specs/API.yaml against $base, goldens from
# $work/golden under --record RECORD, reports into DIR; sets $seconds and $status.
conform_run() {
    local dir="$1" api="$2" record="$3" start="$EPOCHREALTIME"
    mkdir -p "$dir"
    status=0
    timeout -k 5 "$conform_timeout" "$conform" run "specs/$api.yaml" --target "$base" \
        --bearer-env SANDBOX_TOKEN --basic-env SANDBOX_BASIC --golden "$work/golden" --record "$record" \
        --reports "$dir" "${conform_args[@]}" >"$dir/output.txt" 2>&1 || status=$?
    seconds=$(seconds_since "$start")
}
# st_run DIR API: Schemathesis on specs/API.yaml against $base with every check, its JUnit and
# JSON reports into DIR, run inside DIR (its .hypothesis and .schemathesis stores stay there,
# and --generation-database none keeps one run from replaying another's examples), its seed
# fixed; sets
# $seconds and $status. SIGINT at the timeout, so Schemathesis still writes its reports.
st_run() {
    local dir="$1" api="$2" start
    local cmd=("$st" run "$root/specs/$api.yaml" --max-examples "$examples" --checks all
        --seed "$st_seed" --report junit,json --report-dir "$dir" --generation-database none --no-color)
    case "$api" in
    # The Quaderno spec's server URL has a path (/api), which conform keeps and --url replaces.
    quaderno*) cmd+=(--url "$base/api" -a "$SANDBOX_BASIC") ;;
    *) cmd+=(--url "$base" -H "Authorization: Bearer $SANDBOX_TOKEN") ;;
    esac
    mkdir -p "$dir"
    start="$EPOCHREALTIME"
    status=0
    (cd "$dir" && timeout -s INT -k 10 "$st_timeout" "${cmd[@]}" >output.txt 2>&1) || status=$?
    seconds=$(seconds_since "$start")
}
# record_run LABEL API FAULT OPERATION CHECK TOOL DIR: one line of $runs.
record_run() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" "$seconds" "$status" >>"$runs"; }

# --- the runs ----------------------------------------------------------------------------
apis=$(for spec in specs/*.yaml; do basename "$spec" .yaml; done)
# Goldens recorded against the conformant sandbox by this binary, so golden faults count;
# the committed golden/ gives the normalization rules.
cp -r golden "$work/golden"
for api in $apis; do
    log "golden records, conformant $api"
    fresh_sandbox
    conform_run "$work/record/$api" "$api" all
    record_run "record $api" "$api" - - - conform "$work/record/$api"
done
for api in $apis; do
    log "conformant $api"
    fresh_sandbox
    conform_run "$work/conformant/$api/conform" "$api" never
    record_run "conformant $api" "$api" - - - conform "$work/conformant/$api/conform"
    fresh_sandbox
    st_run "$work/conformant/$api/schemathesis" "$api"
    record_run "conformant $api" "$api" - - - schemathesis "$work/conformant/$api/schemathesis"
done
while IFS=$'\t' read -r fault api operation check; do
    log "$fault ($api $operation, $check)"
    fresh_sandbox "$fault"
    conform_run "$work/fault/$fault/conform" "$api" never
    record_run "$fault" "$api" "$fault" "$operation" "$check" conform "$work/fault/$fault/conform"
    fresh_sandbox "$fault"
    st_run "$work/fault/$fault/schemathesis" "$api"
    record_run "$fault" "$api" "$fault" "$operation" "$check" schemathesis "$work/fault/$fault/schemathesis"
done <"$work/faults.tsv"
stop_sandbox

# --- the table ---------------------------------------------------------------------------
machine="$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at the end"
machine+="; conform ${conform#"$root"/}, the worktree at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
machine+="; $("$st" --version 2>&1 | head -1)"
machine+="; --max-examples $examples --seed $st_seed${CONFORM_ARGS:+; conform $CONFORM_ARGS}"
python3 Benchmarks/faults-report.py "$runs" "$machine" "$out.md" "$out.tsv"
cat "$out.md"
