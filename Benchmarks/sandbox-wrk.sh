#!/usr/bin/env bash
# Measures the release sandbox with wrk (apt-get install -y wrk):
#   POST /checkout (Stripe) and GET /checkout/sessions/{id} (Gr4vy, bearer), 2 threads, 64 connections, 10 s.
# Usage: Benchmarks/sandbox-wrk.sh [port]   (run from the package root)
set -euo pipefail
port="${1:-18181}"
base="http://127.0.0.1:${port}"
here="$(cd "$(dirname "$0")" && pwd)"

swift build -c release --product conform
.build/release/conform sandbox --port "$port" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -s -o /dev/null "$base/" && break; sleep 0.1; done

echo "== POST /checkout"
wrk -t2 -c64 -d10s -s "$here/stripe-checkout.lua" "$base/checkout"

id=$(curl -s -X POST "$base/checkout/sessions" -H 'Authorization: Bearer sandbox-token' \
    -H 'Content-Type: application/json' -d '{"cart_items":[{"name":"GoPro","quantity":1,"unit_amount":37999}]}' \
    | sed -E 's/.*"id":"([^"]+)".*/\1/')
echo "== GET /checkout/sessions/$id"
wrk -t2 -c64 -d10s -s "$here/gr4vy-get-session.lua" "$base/checkout/sessions/$id"
