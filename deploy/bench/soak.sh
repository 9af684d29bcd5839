#!/usr/bin/env bash
# Soak run of the packaged API (prod profile, real Keycloak tokens) against a throw-away PostgreSQL
# (issue #9): a mixed read/write workload at a steady rate for SOAK_MINUTES (10) minutes, reported
# minute by minute: requests, error count, latency percentiles, API memory (RSS, heap used, heap live
# after the last major GC) and database size. Loopback only; bounded in time; stops everything it
# started (lib.sh). See deploy/bench/README.md ("Soak run").
#
# Settings (environment):
#   SOAK_MINUTES=10          one wrk run of 60 s per minute (the staff token is renewed between them)
#   SOAK_CONNECTIONS=4       wrk connections (threads: 2)
#   SOAK_RATE=40             target requests per second over all connections (wrk's delay() per connection)
#   SOAK_ROWS=2000           associations seeded before the run (the reads pick among them)
#   BENCH_SKIP_BUILD=1 BENCH_JAVA_OPTS=... BENCH_PG_PORT BENCH_API_PORT BENCH_KC_PORT   as in bench.sh
set -euo pipefail
# shellcheck source=deploy/bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MINUTES="${SOAK_MINUTES:-10}"
CONNS="${SOAK_CONNECTIONS:-4}"
RATE="${SOAK_RATE:-40}"
ROWS="${SOAK_ROWS:-2000}"
THREADS=2; [ "$CONNS" -lt 2 ] && THREADS=1
DELAY_MS=$(( CONNS * 1000 / RATE ))
export BENCH_DIR SOAK_DELAY_MS="$DELAY_MS"

bench_init
SUMMARY="$OUT/soak-summary.md"
SAMPLES="$OUT/soak-memory.tsv"
build_app
start_postgres
start_keycloak
start_api "$KC_URL/realms/lhh"
wait_keycloak 600

log "seeding $ROWS associations"
seed_associations 1 "$ROWS"
SOAK_IDS="$OUT/soak-ids.txt"; export SOAK_IDS
psql -tAc "SELECT id FROM association ORDER BY id" >"$SOAK_IDS"

metric() { # name [label filter] → sum of the metric's values in MB
  curl -s --max-time 5 "http://localhost:$MGMT_PORT/q/metrics" \
    | awk -v m="$1" -v f="${2:-}" '(index($1, m "{") == 1 || $1 == m) && index($1, f) { s += $NF } END { printf "%d", s / 1048576 }'
}
sample() { # elapsed-seconds → one line of the memory file
  printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$(api_rss_mb)" "$(metric jvm_memory_used_bytes 'area="heap"')" \
    "$(metric jvm_gc_live_data_size_bytes)" "$(psql -tAc 'SELECT pg_database_size(current_database()) / 1048576')"
}
printf 'seconds\trss_mb\theap_used_mb\theap_live_after_gc_mb\tdb_mb\n' >"$SAMPLES"
sample 0 >>"$SAMPLES"
T0=$SECONDS
( while sleep 10; do sample $((SECONDS - T0)) >>"$SAMPLES"; done ) &
SAMPLER=$!
trap 'kill $SAMPLER 2>/dev/null; bench_cleanup' EXIT

log "soak: $MINUTES x 60 s, $CONNS connections, target $RATE req/s (each connection waits ${DELAY_MS} ms between requests)"
declare -a ROW
TOTAL_REQ=0 TOTAL_ERR=0
for m in $(seq 1 "$MINUTES"); do
  TOKEN="$(kc_user_token staff demo)"
  [ -n "$TOKEN" ] || die "no staff token from Keycloak"
  f="$OUT/soak-minute-$m.txt"
  SOAK_SLICE="$m" wrk -t"$THREADS" -c"$CONNS" -d60s --timeout 30s -s "$BENCH_DIR/soak.lua" \
    -H "Authorization: Bearer $TOKEN" "http://localhost:$API_PORT" >"$f" 2>&1 || true
  line="$(grep '^BENCH ' "$f" || true)"; mix="$(grep '^SOAK ' "$f" || true)"
  [ -n "$line" ] || { cat "$f" >&2; die "wrk produced no result in minute $m"; }
  _f() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
  req="$(_f requests "$line")"; sock="$(_f socket_errors "$line")"; bad="$(_f non_2xx_3xx "$line")"
  err=$((sock + bad)); TOTAL_REQ=$((TOTAL_REQ + req)); TOTAL_ERR=$((TOTAL_ERR + err))
  mem="$(tail -n1 "$SAMPLES")"
  ROW[$m]="| $m | $(_f rps "$line") | $req | $err | $(_f p50_ms "$line") | $(_f p95_ms "$line") | $(_f p99_ms "$line") | $(_f max_ms "$line") | $(_f creates "$mix") / $(_f replaces "$mix") | $(cut -f2 <<<"$mem") | $(cut -f3 <<<"$mem") | $(cut -f4 <<<"$mem") | $(cut -f5 <<<"$mem") | $(cut -d' ' -f1 /proc/loadavg) |"
  log "minute $m: ${ROW[$m]}"
done
kill "$SAMPLER" 2>/dev/null || true
sample $((SECONDS - T0)) >>"$SAMPLES"

{
  echo "LHH API soak run — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -n1)"
  echo
  echo "$MINUTES minutes, wrk -t$THREADS -c$CONNS, target $RATE req/s (delay ${DELAY_MS} ms per connection), staff token;"
  echo "mix: 60 % GET association by id, 10 % search (q=hoi khoa hoc, page 1-5), 20 % POST create (Idempotency-Key), 10 % PUT replace (If-Match);"
  echo "$ROWS associations seeded; API, PostgreSQL, Keycloak and wrk on one machine."
  echo
  echo "| minute | req/s | requests | errors | p50 ms | p95 ms | p99 ms | max ms | creates / replaces | API RSS MB | heap used MB | heap live after GC MB | DB MB | load avg |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for m in $(seq 1 "$MINUTES"); do echo "${ROW[$m]}"; done
  echo
  echo "Total: $TOTAL_REQ requests, $TOTAL_ERR errors (socket errors + non-2xx/3xx)."
  echo "Memory samples every 10 s: $SAMPLES"
  echo "API time to ready: ${READY_MS} ms; API CPU time over the whole run: $(cpu_ms "$API_PID") ms"
} | tee "$SUMMARY"
log "raw output: $OUT/"
exit 0
