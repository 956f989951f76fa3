#!/usr/bin/env bash
# Distinct server exceptions found by conform and by Schemathesis in the same time budget,
# against two real Python services from PyPI on loopback: httpbin 0.10.4 (Flask under
# gunicorn, Swagger 2.0 served at /spec.json by flasgger, which the httpbin venv needs) and jupyter-server 2.21.1 (Tornado, the
# Swagger 2.0 api.yaml shipped in its package). Every tool gets a fresh server, whose log
# goes to a file; exceptions.py reads the tracebacks there (type and innermost frame).
#
#   Benchmarks/peers/exceptions.sh OUT_DIR NAME=CONFORM_BINARY... [st]
#
#   e.g. exceptions.sh /tmp/exc before=/tmp/conform-main after=.build/debug/conform st
#
# Environment: BUDGET (seconds per tool and service, default 60), RANDOM_CASES (conform's
# --random, default 50), VENVS (default /work/venvs: st/, httpbin/, jup/ as in the README).
# Prints one table per service and writes OUT_DIR/SERVICE.TOOL.{log,exceptions,out}.
set -euo pipefail

out=$1
shift
mkdir -p "$out"
budget=${BUDGET:-60}
random_cases=${RANDOM_CASES:-50}
venvs=${VENVS:-/work/venvs}
here=$(cd "$(dirname "$0")" && pwd)
token=conform-benchmark-token
port=18941
server_pid=

start_server() { # SERVICE LOG
    case $1 in
    httpbin)
        "$venvs/httpbin/bin/gunicorn" -b "127.0.0.1:$port" -w 2 --capture-output --error-logfile "$2" \
            httpbin:app >>"$2" 2>&1 &
        ;;
    jupyter)
        local root
        root=$(mktemp -d)
        # Terminals off: a fuzzer would spawn a shell per POST /api/terminals.
        "$venvs/jup/bin/jupyter-server" --ip 127.0.0.1 --port "$port" --no-browser --allow-root \
            --IdentityProvider.token="$token" --ServerApp.terminals_enabled=False \
            --ServerApp.root_dir="$root" >>"$2" 2>&1 &
        ;;
    esac
    server_pid=$!
    for _ in $(seq 100); do
        curl -s -o /dev/null "http://127.0.0.1:$port/" && return 0
        sleep 0.2
    done
    echo "error: $1 did not start; see $2" >&2
    return 1
}

stop_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
}
trap stop_server EXIT

spec_of() { # SERVICE: the spec file (httpbin's is fetched from a running server once)
    case $1 in
    httpbin)
        if [ ! -s "$out/httpbin-spec.json" ]; then
            start_server httpbin "$out/httpbin-spec.log"
            curl -s "http://127.0.0.1:$port/spec.json" >"$out/httpbin-spec.raw.json"
            stop_server
            # flasgger leaves path parameters without `required: true`, which Swagger 2.0
            # requires (conform refuses the document); both tools get the mended copy.
            python3 -c 'import json, sys
spec = json.load(open(sys.argv[1]))
for item in spec["paths"].values():
    for operation in item.values():
        for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
            if parameter.get("in") == "path": parameter["required"] = True
json.dump(spec, open(sys.argv[2], "w"), indent=1)' "$out/httpbin-spec.raw.json" "$out/httpbin-spec.json"
        fi
        echo "$out/httpbin-spec.json"
        ;;
    jupyter) echo "$venvs/jup/lib/python3.11/site-packages/jupyter_server/services/api/api.yaml" ;;
    esac
}

headers_for() { # SERVICE: the credentials header, for the tool's -H/--header
    [ "$1" = jupyter ] && echo "Authorization: token $token" || true
}

for service in httpbin jupyter; do
    spec=$(spec_of "$service")
    header=$(headers_for "$service")
    for tool in "$@"; do
        name=${tool%%=*}
        log="$out/$service.$name.log"
        : >"$log"
        start_server "$service" "$log"
        begin=$(date +%s.%N)
        if [ "$tool" = st ]; then
            args=(run "$spec" --url "http://127.0.0.1:$port" --max-time "$budget" --checks all)
            [ -n "$header" ] && args+=(-H "$header")
            timeout -s INT -k 5 $((budget + 30)) "$venvs/st/bin/st" "${args[@]}" >"$out/$service.$name.out" 2>&1 || true
        else
            args=(run "$spec" --target "http://127.0.0.1:$port" --budget "$budget" --random "$random_cases" --seed 1
                --reports "$out/$service.$name.reports" --golden "$out/$service.$name.golden" --record never
                --checks server_error,status_code,content_type,response_schema,negative_rejected,positive_accepted)
            [ -n "$header" ] && args+=(--header "$header")
            timeout -k 5 $((budget + 120)) "${tool#*=}" "${args[@]}" >"$out/$service.$name.out" 2>&1 || true
        fi
        seconds=$(echo "$(date +%s.%N) - $begin" | bc)
        stop_server
        python3 "$here/exceptions.py" "$log" >"$out/$service.$name.exceptions"
        printf '%s\t%s\t%d distinct exceptions\t%.0fs\n' "$service" "$name" \
            "$(wc -l <"$out/$service.$name.exceptions")" "$seconds" | tee -a "$out/summary.tsv"
    done
done

# Which tool found which exception: one Markdown table per service.
python3 - "$out" "$@" <<'PY'
import sys
out, tools = sys.argv[1], [t.split("=")[0] for t in sys.argv[2:]]
for service in ["httpbin", "jupyter"]:
    found = {}
    for tool in tools:
        for line in open(f"{out}/{service}.{tool}.exceptions"):
            _, kind, frame = line.rstrip("\n").split("\t")
            found.setdefault((kind, frame), set()).add(tool)
    print(f"\n{service}\n\n| exception | innermost frame | " + " | ".join(tools) + " |")
    print("|---|---|" + ":-:|" * len(tools))
    for (kind, frame), by in sorted(found.items()):
        print(f"| `{kind}` | `{frame}` | " + " | ".join("found" if t in by else "–" for t in tools) + " |")
PY
