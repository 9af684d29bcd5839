#!/usr/bin/env bash
# Read-path benchmark of the packaged API (prod profile) against a throw-away PostgreSQL.
# See deploy/bench/README.md. Always exits 0 once it has measured; the PASS/MISS lines tell.
#
# Settings (environment):
#   BENCH_THREADS=2 BENCH_CONNECTIONS=32 BENCH_DURATION=20s BENCH_WARMUP=5s BENCH_WRK_TIMEOUT=30s  (wrk)
#   BENCH_SUITE=all         all | associations | experts | search (the one search box over the experts and associations)
#   BENCH_ROWS=10000        associations seeded
#   BENCH_EXPERTS=100000    experts seeded (experts suite)
#   BENCH_EXPERT_CONNECTIONS=4 BENCH_EXPERT_DURATION=15s  wrk for the expert searches (a latency target)
#   BENCH_PG_PORT=25432     first port tried for PostgreSQL (the next free one is used)
#   BENCH_API_PORT=18080    API port (must be free)
#   BENCH_MGMT_PORT=19000   the API's management port: health and metrics (must be free)
#   BENCH_SKIP_BUILD=1      reuse api/target/quarkus-app as it is
#   BENCH_JAVA_OPTS=...     extra JVM options for the API (default none)
set -euo pipefail

# shellcheck source=deploy/bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
DURATION="${BENCH_DURATION:-20s}"
WARMUP="${BENCH_WARMUP:-5s}"
WRK_TIMEOUT="${BENCH_WRK_TIMEOUT:-30s}"   # per request; wrk's own 2 s would drop slow requests
ROWS="${BENCH_ROWS:-10000}"
SUITE="${BENCH_SUITE:-all}"
EXPERTS="${BENCH_EXPERTS:-100000}"
EXPERT_CONNECTIONS="${BENCH_EXPERT_CONNECTIONS:-4}"
EXPERT_DURATION="${BENCH_EXPERT_DURATION:-15s}"
TARGET_EXPERT_P95_MS=50
TARGET_SEARCH_P95_MS=100
case "$SUITE" in all|associations|experts|search) ;; *) echo "BENCH_SUITE must be all, associations, experts or search" >&2; exit 2 ;; esac
TARGET_BYID_P99_MS=25
TARGET_READY_MS=3000

bench_init
OIDC_PORT="$(free_port_from 18999)"   # nothing listens there: reads are anonymous

# ---- build, PostgreSQL, API ---------------------------------------------------------------
build_app
start_postgres
log "PostgreSQL is up before the API starts: the API's time to ready excludes it"
start_api "http://localhost:$OIDC_PORT/realms/lhh"

# ---- data ---------------------------------------------------------------------------------
log "seeding $ROWS associations"
seed_associations 1 "$ROWS"
TOTAL_ROWS="$(psql -tAc 'SELECT count(*) FROM association')"
BY_ID="$(psql -tAc "SELECT id FROM association ORDER BY name OFFSET ($TOTAL_ROWS / 2) LIMIT 1")"
log "association rows: $TOTAL_ROWS; by-id target: $BY_ID"

if [ "$SUITE" != associations ]; then
  log "seeding $EXPERTS experts (Vietnamese names, 1-3 fields, titles and degrees, affiliations)"
  EXPERTS="$EXPERTS" "$BENCH_DIR/seed-experts.sh"
  EXPERT_ROWS="$(psql -tAc 'SELECT count(*) FROM expert')"
  log "expert rows: $EXPERT_ROWS"
fi

BASE="http://localhost:$API_PORT"
NAMES=("trivial (/q/health/live)")
URLS=("http://localhost:$MGMT_PORT/q/health/live")
CONNS=("$CONNECTIONS")
DURS=("$DURATION")
if [ "$SUITE" = all ] || [ "$SUITE" = associations ]; then
  NAMES+=("search q=hoi khoa hoc" "by id")
  URLS+=("$BASE/api/v1/associations?q=hoi%20khoa%20hoc&page=1&size=20" "$BASE/api/v1/associations/$BY_ID")
  CONNS+=("$CONNECTIONS" "$CONNECTIONS"); DURS+=("$DURATION" "$DURATION")
fi
if [ "$SUITE" = all ] || [ "$SUITE" = experts ]; then
  # typical directory searches: a full name, a name typed with a typo, a common surname, a field,
  # an organisation, a filter without words, words and a facet filter together
  E="$BASE/api/v1/experts"
  NAMES+=("experts q=nguyen van hung" "experts q=nguyen van hugn (typo)" "experts q=tran thi"
          "experts q=thuy loi" "experts q=dai hoc vinh" "experts field=y-te" "experts q=hung&field=thuy-loi")
  URLS+=("$E?q=nguyen%20van%20hung" "$E?q=nguyen%20van%20hugn" "$E?q=tran%20thi" "$E?q=thuy%20loi"
         "$E?q=dai%20hoc%20vinh" "$E?field=y-te" "$E?q=hung&field=thuy-loi")
  for _ in 1 2 3 4 5 6 7; do CONNS+=("$EXPERT_CONNECTIONS"); DURS+=("$EXPERT_DURATION"); done
fi
if [ "$SUITE" = all ] || [ "$SUITE" = search ]; then
  # the one search box (issue #23), anonymous: every public kind (associations, experts, posts, articles,
  # events), five hits each, in one request; a two-word name as people type it, and words of many names
  NAMES+=("box search q=nguyen hung" "box search q=hoi khoa hoc")
  URLS+=("$BASE/api/v1/search?q=nguyen%20hung" "$BASE/api/v1/search?q=hoi%20khoa%20hoc")
  for _ in 1 2; do CONNS+=("$EXPERT_CONNECTIONS"); DURS+=("$EXPERT_DURATION"); done
fi
for u in "${URLS[@]}"; do
  code="$(curl -s -o "$OUT/sample.json" -w '%{http_code}' "$u")"
  [ "$code" = 200 ] || { head -c 600 "$OUT/sample.json" >&2; echo >&2; die "GET $u answered $code"; }
done
declare -a TOTALS
for i in "${!URLS[@]}"; do
  TOTALS[$i]="$(curl -s "${URLS[$i]}" | grep -o '"total":[0-9]*' | head -n1 | cut -d: -f2 || true)"
  [ -n "${TOTALS[$i]}" ] && log "${NAMES[$i]}: ${TOTALS[$i]} matches"
done

# ---- load ---------------------------------------------------------------------------------
declare -a RPS P50 P95 P99 NOTE CPUREQ
for i in "${!URLS[@]}"; do
  log "wrk ${NAMES[$i]}: warm-up $WARMUP, then -t$THREADS -c${CONNS[$i]} -d${DURS[$i]}"
  wrk_measure "${CONNS[$i]}" "${DURS[$i]}" "${URLS[$i]}"
  RPS[$i]="$R_RPS"; P50[$i]="$R_P50"; P95[$i]="$R_P95"; P99[$i]="$R_P99"; CPUREQ[$i]="$R_CPUREQ"
  NOTE[$i]=""
  if [ "$R_SOCK" != 0 ]; then NOTE[$i]+="  (socket errors: $R_SOCK)"; fi
  if [ "$R_BAD" != 0 ]; then NOTE[$i]+="  (non-2xx: $R_BAD)"; fi
done

RSS_KB="$(awk '/^VmRSS:/ {print $2}' "/proc/$API_PID/status" 2>/dev/null || echo 0)"
HWM_KB="$(awk '/^VmHWM:/ {print $2}' "/proc/$API_PID/status" 2>/dev/null || echo 0)"

# ---- report -------------------------------------------------------------------------------
{
  echo
  echo "LHH API read benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -n1)"
  echo "wrk -t$THREADS (fewer for fewer connections), after a $WARMUP warm-up each; $TOTAL_ROWS associations${EXPERT_ROWS:+, $EXPERT_ROWS experts}; API, PostgreSQL and wrk on one machine"
  echo
  printf '%-36s %5s %9s %8s %8s %8s %9s %8s %10s\n' "endpoint" "conns" "req/s" "p50 ms" "p95 ms" "p99 ms" "req/s ÷1" "CPU/req" "matches"
  for i in "${!URLS[@]}"; do
    ratio="$(awk -v a="${RPS[$i]}" -v b="${RPS[0]}" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')"
    printf '%-36s %5s %9s %8s %8s %8s %9s %8s %10s%s\n' "${NAMES[$i]}" "${CONNS[$i]}" "${RPS[$i]}" "${P50[$i]}" "${P95[$i]}" "${P99[$i]}" \
      "$ratio" "${CPUREQ[$i]}" "${TOTALS[$i]:-}" "${NOTE[$i]}"
  done
  echo
  echo "API time to ready: ${READY_MS} ms (PostgreSQL already up; Quarkus: ${QUARKUS_STARTED:-n/a}; API CPU time until ready: ${READY_CPU_MS} ms)"
  echo "Machine load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (anything well above 0 means other work shared the cores)"
  echo "API RSS after the run: $((RSS_KB / 1024)) MB (peak VmHWM $((HWM_KB / 1024)) MB)"
  echo
  if [ "$SUITE" = all ] || [ "$SUITE" = associations ]; then
    byid_ok="$(awk -v p="${P99[2]}" -v t="$TARGET_BYID_P99_MS" 'BEGIN { print (p < t) ? "PASS" : "MISS" }')"
    echo "$byid_ok  by-id p99 < ${TARGET_BYID_P99_MS} ms at $CONNECTIONS connections (measured ${P99[2]} ms)"
  fi
  ready_ok="$([ "$READY_MS" -lt "$TARGET_READY_MS" ] && echo PASS || echo MISS)"
  echo "$ready_ok  time to ready < $((TARGET_READY_MS / 1000)) s (measured ${READY_MS} ms)"
  for i in "${!URLS[@]}"; do
    case "${NAMES[$i]}" in experts*)
      ok="$(awk -v p="${P95[$i]}" -v t="$TARGET_EXPERT_P95_MS" 'BEGIN { print (p < t) ? "PASS" : "MISS" }')"
      echo "$ok  ${NAMES[$i]}: p95 < ${TARGET_EXPERT_P95_MS} ms at ${CONNS[$i]} connections (measured ${P95[$i]} ms)" ;;
    "box search"*)
      ok="$(awk -v p="${P95[$i]}" -v t="$TARGET_SEARCH_P95_MS" 'BEGIN { print (p < t) ? "PASS" : "MISS" }')"
      echo "$ok  ${NAMES[$i]}: p95 < ${TARGET_SEARCH_P95_MS} ms at ${CONNS[$i]} connections (measured ${P95[$i]} ms)" ;;
    esac
  done
} | tee "$OUT/summary.txt"
log "raw output: $OUT/"
exit 0
