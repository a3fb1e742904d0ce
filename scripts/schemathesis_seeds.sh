#!/usr/bin/env bash
# The independent schemathesis run of issue 12, pinned: every check, every phase, against
# `weshop mock` on loopback, once per seed (default 1 2 7). Exits non-zero if any seed
# finds a failure or an error. Run from the repository root (schemathesis.toml applies).
#
#   scripts/schemathesis_seeds.sh [SEED...]
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-python}"
key="weshop-contract-test-key"
seeds=("$@")
[ ${#seeds[@]} -gt 0 ] || seeds=(1 2 7)
log="$(mktemp)"
"$python" -m weshop mock --port 0 --speed 1000 --api-key "$key" >"$log" 2>&1 &
mock=$!
trap 'kill "$mock" 2>/dev/null || true; wait "$mock" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do
    url="$(head -n 1 "$log")"
    [ -n "$url" ] && break
    sleep 0.1
done
case "$url" in http://127.0.0.1:*) ;; *) echo "the mock did not start: $(cat "$log")" >&2; exit 2 ;; esac
status=0
for seed in "${seeds[@]}"; do
    echo "== schemathesis seed $seed against $url"
    # contract_tests/hooks.py appends each createRun/estimatePower case's agent here.
    tally="$(mktemp)"
    started=$SECONDS
    WESHOP_AGENT_TALLY="$tally" "$python" -c "from schemathesis.cli import schemathesis; schemathesis()" \
        run generated/openapi.yaml --checks all --url "$url" --seed "$seed" || status=1
    echo "== seed $seed: $((SECONDS - started)) s; the agents the run bodies named:"
    "$python" scripts/agent_tally.py "$tally"
    rm -f "$tally"
done
exit "$status"
