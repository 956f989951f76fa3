# Sourced by compare.sh and faults.sh: one `conform sandbox` at a time, each started fresh on
# a port of its own, so no measured run sees what an earlier one created.
# Needs $conform, $next_port (the first port to try) and $sandbox_log; sets $sandbox (the
# running sandbox's process ID) and $base (its URL).
sandbox=""
# An interrupted benchmark leaves no sandbox behind either.
trap 'stop_sandbox' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
stop_sandbox() {
    [ -n "$sandbox" ] || return 0
    kill "$sandbox" 2>/dev/null || true
    wait "$sandbox" 2>/dev/null || true
    sandbox=""
}
# answers PORT: whether anything accepts connections on 127.0.0.1:PORT (curl 7: refused).
answers() {
    local status=0
    curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$1/" || status=$?
    [ "$status" != 7 ]
}
# fresh_sandbox [FAULT]: stops the running sandbox, starts `conform sandbox` (with FAULT) on
# the next free port and waits until it answers (10 s at most); sets $base.
fresh_sandbox() {
    stop_sandbox
    while answers "$next_port"; do next_port=$((next_port + 1)); done
    local port="$next_port"
    base="http://127.0.0.1:$port"
    "$conform" sandbox --port "$port" ${1:+--fault "$1"} >"$sandbox_log" 2>&1 &
    sandbox=$!
    next_port=$((port + 1))
    for _ in $(seq 100); do
        answers "$port" && return 0
        kill -0 "$sandbox" 2>/dev/null || break
        sleep 0.1
    done
    echo "the sandbox at $base did not start (see $sandbox_log)" >&2
    exit 1
}
