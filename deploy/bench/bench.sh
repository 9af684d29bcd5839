#!/usr/bin/env bash
# Read-path benchmark of the packaged API (prod profile) against a throw-away PostgreSQL.
# See deploy/bench/README.md. Always exits 0 once it has measured; the PASS/MISS lines tell.
#
# Settings (environment):
#   BENCH_THREADS=2 BENCH_CONNECTIONS=32 BENCH_DURATION=20s BENCH_WARMUP=5s  (wrk)
#   BENCH_SUITE=all         all | associations | experts
#   BENCH_ROWS=10000        associations seeded
#   BENCH_EXPERTS=100000    experts seeded (experts suite)
#   BENCH_EXPERT_CONNECTIONS=4 BENCH_EXPERT_DURATION=15s  wrk for the expert searches (a latency target)
#   BENCH_PG_PORT=25432     first port tried for PostgreSQL (the next free one is used)
#   BENCH_API_PORT=18080    API port (must be free)
#   BENCH_SKIP_BUILD=1      reuse api/target/quarkus-app as it is
#   BENCH_JAVA_OPTS=...     extra JVM options for the API (default none)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_DIR="$ROOT/deploy/bench"
OUT="$ROOT/api/target/bench"          # logs and raw wrk output of the last run
THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
DURATION="${BENCH_DURATION:-20s}"
WARMUP="${BENCH_WARMUP:-5s}"
ROWS="${BENCH_ROWS:-10000}"
SUITE="${BENCH_SUITE:-all}"
EXPERTS="${BENCH_EXPERTS:-100000}"
EXPERT_CONNECTIONS="${BENCH_EXPERT_CONNECTIONS:-4}"
EXPERT_DURATION="${BENCH_EXPERT_DURATION:-15s}"
TARGET_EXPERT_P95_MS=50
case "$SUITE" in all|associations|experts) ;; *) echo "BENCH_SUITE must be all, associations or experts" >&2; exit 2 ;; esac
PG_PORT="${BENCH_PG_PORT:-25432}"
API_PORT="${BENCH_API_PORT:-18080}"
TARGET_BYID_P99_MS=25
TARGET_READY_MS=3000

CLK_TCK="$(getconf CLK_TCK)"
cpu_ms() { # user+system CPU time of process $1 so far, in ms (load-independent, unlike wall time)
  awk -v hz="$CLK_TCK" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz }' "/proc/$1/stat"
}
log() { printf '[bench] %s\n' "$*"; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

for tool in java curl wrk psql setsid awk; do
  command -v "$tool" >/dev/null || die "'$tool' is needed on the PATH"
done

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
  (exec 3<>"/dev/tcp/::1/$1") 2>/dev/null && return 0
  return 1
}
free_port_from() { # first free port at or above $1, never 5432/15432
  local p="$1"
  while port_in_use "$p" || [ "$p" = 5432 ] || [ "$p" = 15432 ]; do p=$((p + 1)); done
  echo "$p"
}

port_in_use "$API_PORT" && die "port $API_PORT is in use (set BENCH_API_PORT)"
PG_PORT="$(free_port_from "$PG_PORT")"
OIDC_PORT="$(free_port_from 18999)"   # nothing listens there: reads are anonymous

mkdir -p "$OUT"
PG_PID="" API_PID="" PG_DATADIR=""

stop_group() { # pid timeout-seconds
  local pid="$1" i
  [ -n "$pid" ] || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || return 0
  for i in $(seq 1 $(($2 * 10))); do
    pgrep -g "$pid" >/dev/null 2>&1 || return 0
    sleep 0.1
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
}
cleanup() {
  trap '' INT TERM
  stop_group "$API_PID" 20
  stop_group "$PG_PID" 20
  # pg_ctl detaches the postmaster into its own session: make sure it is gone.
  if [ -n "$PG_DATADIR" ] && [ -f "$PG_DATADIR/postmaster.pid" ]; then
    local pm; pm="$(head -n1 "$PG_DATADIR/postmaster.pid")"
    if [[ "$pm" =~ ^[0-9]+$ ]] && kill -0 "$pm" 2>/dev/null; then
      kill -INT "$pm" 2>/dev/null; sleep 2; kill -KILL "$pm" 2>/dev/null || true
    fi
    rm -rf "$PG_DATADIR"
  fi
  API_PID="" PG_PID=""
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- build --------------------------------------------------------------------------------
cd "$ROOT"
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  log "building: ./mvnw -q -pl api package -DskipTests"
  ./mvnw -q -B -pl api package -DskipTests
fi
[ -f "$ROOT/api/target/quarkus-app/quarkus-run.jar" ] || die "api/target/quarkus-app is missing (build the api module)"
[ -f "$ROOT/api/target/test-classes/vn/lhh/testsupport/EmbeddedPostgresMain.class" ] \
  || die "EmbeddedPostgresMain is not compiled (run without BENCH_SKIP_BUILD)"
# Private copies, so that a rebuild of api/target during the run does not pull the rug.
rm -rf "$OUT/quarkus-app" "$OUT/test-classes"
cp -a "$ROOT/api/target/quarkus-app" "$OUT/quarkus-app"
cp -a "$ROOT/api/target/test-classes" "$OUT/test-classes"
APP_JAR="$OUT/quarkus-app/quarkus-run.jar"
CP_FILE="$OUT/test-classpath.txt"
if [ ! -s "$CP_FILE" ] || [ "$ROOT/api/pom.xml" -nt "$CP_FILE" ] || [ "$ROOT/pom.xml" -nt "$CP_FILE" ]; then
  log "resolving the test classpath (for EmbeddedPostgresMain)"
  ./mvnw -q -B -pl api dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
fi

# ---- PostgreSQL ---------------------------------------------------------------------------
log "starting embedded PostgreSQL on port $PG_PORT"
setsid java -Dot.epg.working-dir="$ROOT/api/target/embedded-pg" \
  -cp "$OUT/test-classes:$(cat "$CP_FILE")" \
  vn.lhh.testsupport.EmbeddedPostgresMain "$PG_PORT" </dev/null >"$OUT/postgres.log" 2>&1 &
PG_PID=$!
for i in $(seq 1 1200); do
  # the whole line, not just its start: the URL may still be on its way to the file
  [ -n "$(sed -n 's/^READY \(jdbc:.*\)$/\1/p' "$OUT/postgres.log")" ] && break
  kill -0 "$PG_PID" 2>/dev/null || { tail -n 30 "$OUT/postgres.log" >&2; die "PostgreSQL did not start"; }
  sleep 0.1
done
grep -q '^READY ' "$OUT/postgres.log" || die "PostgreSQL not ready after 120 s"
PG_DATADIR="$(sed -n 's/^DATADIR //p' "$OUT/postgres.log")"
JDBC_URL="$(sed -n 's/^READY //p' "$OUT/postgres.log")"
export PGHOST=localhost PGPORT="$PG_PORT" PGUSER=postgres PGPASSWORD=postgres PGDATABASE=postgres
log "PostgreSQL is up ($JDBC_URL) before the API starts: the API's time to ready excludes it"

# ---- API ----------------------------------------------------------------------------------
log "starting the API (prod profile) on port $API_PORT"
t0=$(date +%s%N)
# shellcheck disable=SC2086
setsid env QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=postgres QUARKUS_HTTP_PORT="$API_PORT" \
  QUARKUS_OIDC_AUTH_SERVER_URL="http://localhost:$OIDC_PORT/realms/lhh" \
  java ${BENCH_JAVA_OPTS:-} -jar "$APP_JAR" </dev/null >"$OUT/api.log" 2>&1 &
API_PID=$!
READY_URL="http://localhost:$API_PORT/q/health/ready"
ready=0
for i in $(seq 1 1200); do   # 60 s at 50 ms
  if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$READY_URL" 2>/dev/null)" = 200 ]; then ready=1; break; fi
  kill -0 "$API_PID" 2>/dev/null || { tail -n 40 "$OUT/api.log" >&2; die "the API exited during start-up"; }
  sleep 0.05
done
t1=$(date +%s%N)
[ "$ready" = 1 ] || { tail -n 40 "$OUT/api.log" >&2; die "the API was not ready after 60 s"; }
READY_MS=$(( (t1 - t0) / 1000000 ))
READY_CPU_MS="$(cpu_ms "$API_PID")"
QUARKUS_STARTED="$(grep -o 'started in [0-9.]*s' "$OUT/api.log" | head -n1 || true)"
log "API ready after ${READY_MS} ms (process start → /q/health/ready 200; Quarkus says: ${QUARKUS_STARTED:-n/a}; CPU used: ${READY_CPU_MS} ms)"

# ---- data ---------------------------------------------------------------------------------
log "seeding $ROWS associations"
psql -q -v ON_ERROR_STOP=1 <<SQL
INSERT INTO association (id, name, abbreviation, field, status, member_count, description,
                         founded_on, created_at, updated_at, version)
SELECT gen_random_uuid(),
       (ARRAY['Hội Khoa học', 'Hội Kỹ thuật', 'Hội Y học', 'Hội Nông nghiệp', 'Hội Tin học',
              'Hội Môi trường', 'Hội Kinh tế', 'Hội Giáo dục'])[1 + g % 8]
         || ' ' || (ARRAY['Đà Nẵng', 'Huế', 'Quảng Nam', 'Nghệ An', 'Cần Thơ', 'Hà Nội', 'Lâm Đồng'])[1 + g % 7]
         || ' số ' || g,
       'H' || g,
       (ARRAY['Khoa học tự nhiên', 'Kỹ thuật và công nghệ', 'Y dược', 'Nông nghiệp',
              'Khoa học xã hội và nhân văn'])[1 + g % 5],
       'active',
       (g * 37) % 2000,
       'Hội nghề nghiệp thành viên, dữ liệu thử tải số ' || g,
       DATE '1990-01-01' + (g % 9000),
       now() - (g || ' minutes')::interval, now(), 0
FROM generate_series(1, $ROWS) AS g;
ANALYZE association;
SQL
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
URLS=("$BASE/q/health/live")
CONNS=("$CONNECTIONS")
DURS=("$DURATION")
if [ "$SUITE" != experts ]; then
  NAMES+=("search q=hoi khoa hoc" "by id")
  URLS+=("$BASE/api/v1/associations?q=hoi%20khoa%20hoc&page=1&size=20" "$BASE/api/v1/associations/$BY_ID")
  CONNS+=("$CONNECTIONS" "$CONNECTIONS"); DURS+=("$DURATION" "$DURATION")
fi
if [ "$SUITE" != associations ]; then
  # typical directory searches: a full name, a name typed with a typo, a common surname, a field,
  # an organisation, a filter without words, words and a facet filter together
  E="$BASE/api/v1/experts"
  NAMES+=("experts q=nguyen van hung" "experts q=nguyen van hugn (typo)" "experts q=tran thi"
          "experts q=thuy loi" "experts q=dai hoc vinh" "experts field=y-te" "experts q=hung&field=thuy-loi")
  URLS+=("$E?q=nguyen%20van%20hung" "$E?q=nguyen%20van%20hugn" "$E?q=tran%20thi" "$E?q=thuy%20loi"
         "$E?q=dai%20hoc%20vinh" "$E?field=y-te" "$E?q=hung&field=thuy-loi")
  for _ in 1 2 3 4 5 6 7; do CONNS+=("$EXPERT_CONNECTIONS"); DURS+=("$EXPERT_DURATION"); done
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
  threads="$THREADS"; [ "${CONNS[$i]}" -lt "$threads" ] && threads="${CONNS[$i]}"
  log "wrk ${NAMES[$i]}: warm-up $WARMUP, then -t$threads -c${CONNS[$i]} -d${DURS[$i]}"
  wrk -t"$threads" -c"${CONNS[$i]}" -d"$WARMUP" "${URLS[$i]}" >/dev/null
  c0="$(cpu_ms "$API_PID")"
  wrk -t"$threads" -c"${CONNS[$i]}" -d"${DURS[$i]}" --latency -s "$BENCH_DIR/report.lua" "${URLS[$i]}" \
    >"$OUT/wrk-$i.txt" 2>&1
  line="$(grep '^BENCH ' "$OUT/wrk-$i.txt" || true)"
  [ -n "$line" ] || { cat "$OUT/wrk-$i.txt" >&2; die "wrk produced no result"; }
  field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  RPS[$i]="$(field rps)"; P50[$i]="$(field p50_ms)"; P95[$i]="$(field p95_ms)"; P99[$i]="$(field p99_ms)"
  c1="$(cpu_ms "$API_PID")"
  CPUREQ[$i]="$(awk -v c="$((c1 - c0))" -v n="$(field requests)" 'BEGIN { printf "%.3f", (n > 0 ? c / n : 0) }')"
  errs="$(field socket_errors)"; bad="$(field non_2xx_3xx)"
  NOTE[$i]=""
  if [ "$errs" != 0 ]; then NOTE[$i]+="  (socket errors: $errs)"; fi
  if [ "$bad" != 0 ]; then NOTE[$i]+="  (non-2xx: $bad)"; fi
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
  if [ "$SUITE" != experts ]; then
    byid_ok="$(awk -v p="${P99[2]}" -v t="$TARGET_BYID_P99_MS" 'BEGIN { print (p < t) ? "PASS" : "MISS" }')"
    echo "$byid_ok  by-id p99 < ${TARGET_BYID_P99_MS} ms at $CONNECTIONS connections (measured ${P99[2]} ms)"
  fi
  ready_ok="$([ "$READY_MS" -lt "$TARGET_READY_MS" ] && echo PASS || echo MISS)"
  echo "$ready_ok  time to ready < $((TARGET_READY_MS / 1000)) s (measured ${READY_MS} ms)"
  for i in "${!URLS[@]}"; do
    case "${NAMES[$i]}" in experts*)
      ok="$(awk -v p="${P95[$i]}" -v t="$TARGET_EXPERT_P95_MS" 'BEGIN { print (p < t) ? "PASS" : "MISS" }')"
      echo "$ok  ${NAMES[$i]}: p95 < ${TARGET_EXPERT_P95_MS} ms at ${CONNS[$i]} connections (measured ${P95[$i]} ms)" ;;
    esac
  done
} | tee "$OUT/summary.txt"
log "raw output: $OUT/"
exit 0
