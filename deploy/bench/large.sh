#!/usr/bin/env bash
# Large-data benchmark of the packaged API (prod profile, real Keycloak tokens) against a
# throw-away PostgreSQL (issue #8). See deploy/bench/README.md ("Large data set").
#
# Phase 1 ("10k"): 10,000 associations and 10,000 experts; by-id and search scenarios.
# Phase 2 ("100k"): grown to 100,000 associations and 100,000 experts, plus 50,000 program tasks
# with progress, 5,000 bulletin issues with 50,000 articles and 50,000 contest entries (when the
# contest tables exist); the same scenarios again, deep pages, the annual report, a staff write mix
# with If-Match and a partner crawling the bulletin feed. Every wrk scenario is followed by pgbench
# running the API's main SQL for it (deploy/bench/pgbench/) at the same concurrency.
#
# Settings (environment):
#   BENCH_THREADS=2 BENCH_WARMUP=5s BENCH_DURATION=15s       wrk, each scenario
#   BENCH_PGBENCH_DURATION=10                                 pgbench seconds, each scenario (0: skip pgbench)
#   BENCH_CONNECTIONS=16        cheap scenarios (by id, association search, write mix)
#   BENCH_SLOW_CONNECTIONS=4    expensive ones (expert search, report, deep pages): a busy office, not a flood
#   BENCH_FEED_CONNECTIONS=2    partners crawling the feed at once (one connection each)
#   BENCH_FEED_SIZE=20          feed page size (the API's default; at most 100)
#   BENCH_SMALL=10000 BENCH_LARGE=100000   associations and experts in phases 1 and 2
#   BENCH_TASKS=50000 BENCH_ISSUES=5000 BENCH_ARTICLES_PER_ISSUE=10 BENCH_CONTEST_ENTRIES=50000
#   BENCH_DEEP_PAGE=400         the deep page compared with page 1 (by number, and by the cursor page DEEP_PAGE-1 hands out)
#   BENCH_WRK_TIMEOUT=30s       wrk's per-request timeout (wrk's own default, 2 s, would drop slow requests)
#   BENCH_SCENARIOS=regex       only the scenarios whose name matches (the trivial ones always run), e.g. 'search' for the
#                               search box alone (GET /api/v1/search?q=nguyen hung, anonymous and staff)
#   BENCH_SKIP_BUILD=1 BENCH_JAVA_OPTS=... BENCH_PG_PORT BENCH_API_PORT BENCH_KC_PORT   as in bench.sh
set -euo pipefail
# shellcheck source=deploy/bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

THREADS="${BENCH_THREADS:-2}"
WARMUP="${BENCH_WARMUP:-5s}"
DURATION="${BENCH_DURATION:-15s}"
PGB_SECS="${BENCH_PGBENCH_DURATION:-10}"
C_FAST="${BENCH_CONNECTIONS:-16}"
C_SLOW="${BENCH_SLOW_CONNECTIONS:-4}"
C_FEED="${BENCH_FEED_CONNECTIONS:-2}"
FEED_SIZE="${BENCH_FEED_SIZE:-20}"
SMALL="${BENCH_SMALL:-10000}"
LARGE="${BENCH_LARGE:-100000}"
TASKS="${BENCH_TASKS:-50000}"
ISSUES="${BENCH_ISSUES:-5000}"
APIS="${BENCH_ARTICLES_PER_ISSUE:-10}"
CONTEST_ENTRIES="${BENCH_CONTEST_ENTRIES:-50000}"
DEEP_PAGE="${BENCH_DEEP_PAGE:-400}"
WRK_TIMEOUT="${BENCH_WRK_TIMEOUT:-30s}"   # per request: slower ones count as errors
PH1="$((SMALL / 1000))k" PH2="$((LARGE / 1000))k"   # phase labels
export BENCH_DIR BENCH_THREADS="$THREADS" BENCH_FEED_SIZE="$FEED_SIZE"

need_tools pgbench
bench_init
SUMMARY="$OUT/large-summary.md"
T_START=$SECONDS
LOAD_MAX=0
note_load() { LOAD_MAX="$(awk -v a="$LOAD_MAX" '{ print ($1 > a) ? $1 : a }' /proc/loadavg)"; }
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"

# ---- build, PostgreSQL, Keycloak, API -----------------------------------------------------
build_app
start_postgres
start_keycloak     # starts in the background (its first start includes a build step of a minute or more)
start_api "$KC_URL/realms/lhh"   # OIDC connects on the first request with a token
BASE="http://localhost:$API_PORT"
API_PORT_USED="$API_PORT"

# ---- results ------------------------------------------------------------------------------
declare -a ROWS_OUT
declare -A TRIVIAL   # "phase/conns" → req/s of /q/health/live
PGB_TPS="" PGB_LAT=""
pgbench_run() { # conns pgbench-args...: sets PGB_TPS, PGB_LAT
  local conns="$1"; shift
  PGB_TPS="" PGB_LAT=""
  [ "$PGB_SECS" != 0 ] || return 0
  local j=2; [ "$conns" -lt 2 ] && j=1
  local raw="$OUT/pgbench-$WRK_N.txt"
  pgbench -n -c "$conns" -j "$j" -T "$PGB_SECS" "$@" >"$raw" 2>&1 || { tail -n 5 "$raw" >&2; log "pgbench failed (see $raw)"; return 0; }
  PGB_TPS="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$raw" | tail -n1 | awk '{ printf "%.1f", $1 }')"
  PGB_LAT="$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$raw")"
}
template() { # file name=value... → a filled copy in $OUT, printed
  local src="$BENCH_DIR/pgbench/$1" dst="$OUT/pgb-$((WRK_N + 1))-$1"; shift
  cp "$src" "$dst"
  local kv; for kv in "$@"; do
    local k="${kv%%=*}" v="${kv#*=}"
    v="${v//\\/\\\\}"; v="${v//&/\\&}"; v="${v//|/\\|}"
    sed -i "s|@$k@|$v|g" "$dst"
  done
  echo "$dst"
}
# scenario phase name conns url pgbench-args... ("-": no pgbench; else e.g. -f file).
# Extra wrk arguments come from the array WRK_ARGS (headers, -s script via WRK_SCRIPT).
scenario() {
  local phase="$1" name="$2" conns="$3" url="$4"; shift 4
  if [ -n "${BENCH_SCENARIOS:-}" ] && [ "$name" != trivial ] && ! [[ "$name" =~ $BENCH_SCENARIOS ]]; then return 0; fi
  log "[$phase] $name: wrk -c$conns -d$DURATION (after $WARMUP warm-up) $url"
  wrk_measure "$conns" "$DURATION" "$url" "${WRK_ARGS[@]}"
  note_load
  local extra=""
  extra="$(grep -h '^WRITES \|^FEED ' "$R_FILE" | tr '\n' ' ' || true)"
  local fe; fe="$(sed -n 's/^FEED .*entries=\([0-9]*\).*/\1/p' "$R_FILE")"
  if [ -n "$fe" ]; then extra+="$(awk -v e="$fe" -v d="${DURATION%s}" 'BEGIN { printf "%.0f feed entries/s", e / d }')"; fi
  local matches=""
  if [ "${WRK_ARGS[*]}" = "" ]; then
    matches="$(curl -s "$url" | grep -o '"total":[0-9]*' | head -n1 | cut -d: -f2 || true)"
  fi
  if [ "$1" != "-" ]; then
    log "[$phase] $name: pgbench -c$conns -T$PGB_SECS $*"
    pgbench_run "$conns" "$@"
    note_load
  else
    PGB_TPS="" PGB_LAT=""
  fi
  if [ "$name" = trivial ]; then TRIVIAL["$phase/$conns"]="$R_RPS"; fi
  local triv="${TRIVIAL[$phase/$conns]:-}"
  local rt="" rp=""
  [ -n "$triv" ] && rt="$(awk -v a="$R_RPS" -v b="$triv" 'BEGIN { printf "%.3f", a / b }')"
  [ -n "$PGB_TPS" ] && rp="$(awk -v a="$R_RPS" -v b="$PGB_TPS" 'BEGIN { printf "%.2f", a / b }')"
  ROWS_OUT+=("| $phase | $name | $conns | $R_RPS | $R_P50 | $R_P95 | $R_P99 | $R_ERR | ${rt:-—} | ${PGB_TPS:-—} | ${PGB_LAT:-—} | ${rp:-—} | $R_CPUREQ | $R_CPUPCT | ${matches:-} ${extra:+($extra)} |")
  log "[$phase] $name: ${R_RPS} req/s, p50 ${R_P50} p95 ${R_P95} p99 ${R_P99} ms, errors ${R_ERR}; ÷trivial ${rt:-—}; pgbench ${PGB_TPS:-—} tps → ÷pgbench ${rp:-—}; API CPU ${R_CPUREQ} ms/req, ${R_CPUPCT} %; $matches $extra"
}

# pgbench_only phase name conns pgbench-args...: a database cost the API pays only sometimes (no wrk)
pgbench_only() {
  local phase="$1" name="$2" conns="$3"; shift 3
  if [ -n "${BENCH_SCENARIOS:-}" ] && ! [[ "$name" =~ $BENCH_SCENARIOS ]]; then return 0; fi
  WRK_N=$((WRK_N + 1))
  log "[$phase] $name: pgbench -c$conns -T$PGB_SECS $*"
  pgbench_run "$conns" "$@"
  note_load
  ROWS_OUT+=("| $phase | $name | $conns | — | — | — | — | — | — | ${PGB_TPS:-—} | ${PGB_LAT:-—} | — | — | — | pgbench only |")
  log "[$phase] $name: pgbench ${PGB_TPS:-—} tps, ${PGB_LAT:-—} ms average"
}

declare -A RSS
read_scenarios() { # phase: the anonymous read scenarios run at both sizes
  local ph="$1"
  WRK_ARGS=(); WRK_SCRIPT=""
  scenario "$ph" trivial "$C_FAST" "http://localhost:$MGMT_PORT/q/health/live" -
  scenario "$ph" trivial "$C_SLOW" "http://localhost:$MGMT_PORT/q/health/live" -
  if [ "$C_FEED" != "$C_SLOW" ] && [ "$C_FEED" != "$C_FAST" ]; then scenario "$ph" trivial "$C_FEED" "http://localhost:$MGMT_PORT/q/health/live" -; fi
  scenario "$ph" "associations by id" "$C_FAST" "$BASE/api/v1/associations/$ASSOC_ID" \
    -f "$(template assoc-byid.sql ASSOC_ID="$ASSOC_ID")"
  scenario "$ph" "associations q=hoi khoa hoc" "$C_FAST" "$BASE/api/v1/associations?q=hoi%20khoa%20hoc&page=1&size=20" \
    -f "$(template assoc-search.sql)"
  scenario "$ph" "experts q=nguyen van hung" "$C_SLOW" "$BASE/api/v1/experts?q=nguyen%20van%20hung" \
    -f "$(template expert-search.sql WHERE_Q="AND e.search_vector @@ to_tsquery('simple', '''nguyen'' & ''van'' & ''hung'':*')" \
       RANK="(CASE WHEN e.name_key = 'nguyen van hung' THEN 3 WHEN e.name_key LIKE 'nguyen van hung%' ESCAPE '\\' THEN 2 WHEN e.name_key LIKE '%nguyen van hung%' ESCAPE '\\' THEN 1 ELSE 0 END)" \
       ORDER="rank DESC, name_key, id" PORDER="p.rank DESC, p.name_key, p.id" OFFSET=0)"
  # the one search box (issue #23): every kind the caller may open, five hits each, one request
  scenario "$ph" "search q=nguyen hung (anonymous)" "$C_SLOW" "$BASE/api/v1/search?q=nguyen%20hung" -
}
deep_scenarios() {
  local ph="$1" off=$(( (DEEP_PAGE - 1) * 20 ))
  local cl=$(( off + 20 > 1000 ? off + 21 : 1001 ))   # the API's bounded count by page number: max(1000, offset + size) + 1
  WRK_ARGS=(); WRK_SCRIPT=""
  scenario "$ph" "associations list page 1" "$C_SLOW" "$BASE/api/v1/associations?page=1&size=20" -f "$(template assoc-page.sql OFFSET=0 COUNT_LIMIT=1001)"
  scenario "$ph" "associations list page $DEEP_PAGE" "$C_SLOW" "$BASE/api/v1/associations?page=$DEEP_PAGE&size=20" -f "$(template assoc-page.sql OFFSET=$off COUNT_LIMIT=$cl)"
  # the same deep page by keyset: the cursor that page DEEP_PAGE-1 hands out, and its sort keys for pgbench
  local cursor k0 k1
  cursor="$(curl -s "$BASE/api/v1/associations?page=$((DEEP_PAGE - 1))&size=20" | grep -o '"nextCursor":"[^"]*"' | cut -d'"' -f4 || true)"
  IFS='|' read -r k0 k1 < <(psql -tA -F'|' -c "SELECT lower(name), id FROM association WHERE status = 'active' ORDER BY lower(name), id OFFSET $((off - 1)) LIMIT 1")
  if [ -n "$cursor" ]; then
    scenario "$ph" "associations list page $DEEP_PAGE by cursor" "$C_SLOW" "$BASE/api/v1/associations?size=20&cursor=$cursor" \
      -f "$(template assoc-keyset.sql K0="$k0" K1="$k1")"
  else
    log "no cursor from page $((DEEP_PAGE - 1)): keyset scenario skipped"
  fi
  scenario "$ph" "experts (no words) page 1" "$C_SLOW" "$BASE/api/v1/experts?page=1&size=20" \
    -f "$(template expert-browse.sql OFFSET=0)"
  scenario "$ph" "experts (no words) page $DEEP_PAGE" "$C_SLOW" "$BASE/api/v1/experts?page=$DEEP_PAGE&size=20" \
    -f "$(template expert-browse.sql OFFSET=$off)"
  # what the first browse after a profile changed costs: the counts over every visible profile, made again
  pgbench_only "$ph" "experts (no words): counts made again after a change" "$C_SLOW" \
    -f "$(template expert-search.sql WHERE_Q="" RANK=0 ORDER="name_key, id" PORDER="p.name_key, p.id" OFFSET=0)"
}

# ---- phase 1: 10k -------------------------------------------------------------------------
log "phase 1: seeding $SMALL associations and $SMALL experts"
seed_associations 1 "$SMALL"
EXPERTS="$SMALL" "$BENCH_DIR/seed-experts.sh"
ASSOC_ID="$(psql -tAc "SELECT md5('association' || ($SMALL / 2))::uuid")"
P1="$(psql -tAc 'SELECT count(*) FROM association')/$(psql -tAc 'SELECT count(*) FROM expert')"
log "phase 1 rows (associations/experts): $P1; by-id target $ASSOC_ID"
log "waiting for Keycloak (so that its start-up does not share the cores with the measurements)"
wait_keycloak 300
read_scenarios "$PH1"
deep_scenarios "$PH1"
RSS[$PH1]="$(api_rss_mb)"

# ---- phase 2: 100k ------------------------------------------------------------------------
log "phase 2: growing to $LARGE associations and $LARGE experts"
t0=$SECONDS
seed_associations $((SMALL + 1)) "$LARGE"
EXPERTS_FROM=$((SMALL + 1)) EXPERTS="$LARGE" "$BENCH_DIR/seed-experts.sh"
log "seeding $TASKS program tasks with progress, $ISSUES bulletin issues with $((ISSUES * APIS)) articles"
TASKS="$TASKS" ISSUES="$ISSUES" ARTICLES_PER_ISSUE="$APIS" "$BENCH_DIR/seed-large.sh"
HAVE_CONTEST=0
if [ "$(psql -tAc "SELECT to_regclass('contest_entry') IS NOT NULL")" = t ]; then
  log "seeding $CONTEST_ENTRIES contest entries"
  ENTRIES="$CONTEST_ENTRIES" "$BENCH_DIR/seed-contest.sh"
  HAVE_CONTEST=1
else
  log "no contest tables in this schema: contest entries not seeded"
fi
SEED_SECS=$((SECONDS - t0))
COUNTS="$(psql -tA -F' ' -c "SELECT (SELECT count(*) FROM association), (SELECT count(*) FROM expert), (SELECT count(*) FROM program),
  (SELECT count(*) FROM program_task), (SELECT count(*) FROM task_progress), (SELECT count(*) FROM bulletin_issue),
  (SELECT count(*) FROM bulletin_article)")"
read -r N_ASSOC N_EXPERT N_PROGRAM N_TASK N_PROGRESS N_ISSUE N_ARTICLE <<<"$COUNTS"
N_CONTEST="$([ "$HAVE_CONTEST" = 1 ] && psql -tAc 'SELECT count(*) FROM contest_entry' || echo 0)"
DB_SIZE="$(psql -tAc 'SELECT pg_size_pretty(pg_database_size(current_database()))')"
log "phase 2 rows: $N_ASSOC associations, $N_EXPERT experts, $N_PROGRAM programs, $N_TASK tasks, $N_PROGRESS progress updates, $N_ISSUE issues, $N_ARTICLE articles, $N_CONTEST contest entries ($DB_SIZE; seeded in ${SEED_SECS}s)"
read_scenarios "$PH2"
deep_scenarios "$PH2"
STAFF_TOKEN="$(kc_user_token staff demo)"
[ -n "$STAFF_TOKEN" ] || die "no token for staff (password grant on lhh-cli)"

# the search box as the office uses it: all nine kinds, office rules (drafts, documents, tasks, entries)
WRK_ARGS=(-H "Authorization: Bearer $STAFF_TOKEN"); WRK_SCRIPT=""
scenario "$PH2" "search q=nguyen hung (staff, every kind)" "$C_SLOW" "$BASE/api/v1/search?q=nguyen%20hung" -

# the annual report of a current program (100 tasks of the year, with their latest progress)
PROGRAM_ID="$(psql -tAc "SELECT md5('program1')::uuid")"
YEAR=2025
WRK_ARGS=(-H "Authorization: Bearer $STAFF_TOKEN"); WRK_SCRIPT=""
code="$(curl -s -o "$OUT/report.json" -w '%{http_code}' -H "Authorization: Bearer $STAFF_TOKEN" "$BASE/api/v1/programs/$PROGRAM_ID/reports/$YEAR")"
[ "$code" = 200 ] || { head -c 400 "$OUT/report.json" >&2; die "report answered $code"; }
scenario "$PH2" "program report $YEAR (JSON, staff)" "$C_SLOW" "$BASE/api/v1/programs/$PROGRAM_ID/reports/$YEAR" \
  -f "$(template report.sql PROGRAM_ID="$PROGRAM_ID" YEAR="$YEAR")"

# the contest: one edition's entries (page 1 and a deep page by cursor) and its statistics, as staff
if [ "$HAVE_CONTEST" = 1 ]; then
  STAFF_TOKEN="$(kc_user_token staff demo)"
  EDITION_ID="$(psql -tAc "SELECT edition_id FROM contest_entry GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")"
  N_ED="$(psql -tAc "SELECT count(*) FROM contest_entry WHERE edition_id = '$EDITION_ID'")"
  WRK_ARGS=(-H "Authorization: Bearer $STAFF_TOKEN"); WRK_SCRIPT=""
  scenario "$PH2" "contest entries of an edition, page 1 (staff; $N_ED entries)" "$C_SLOW" "$BASE/api/v1/contest-entries?edition=$EDITION_ID&size=20" \
    -f "$(template contest-entries.sql EDITION="$EDITION_ID" AFTER="" OFFSET=0 COUNT_LIMIT=1001)"
  CDEEP=$(( N_ED / 20 * 4 / 5 ))   # a page four fifths down the list
  if [ "$CDEEP" -ge 2 ]; then
    ccursor="$(curl -s -H "Authorization: Bearer $STAFF_TOKEN" "$BASE/api/v1/contest-entries?edition=$EDITION_ID&size=20&page=$((CDEEP - 1))" \
      | grep -o '"nextCursor":"[^"]*"' | cut -d'"' -f4 || true)"
    IFS='|' read -r cn cid < <(psql -tA -F'|' -c "SELECT number, id FROM contest_entry WHERE edition_id = '$EDITION_ID' ORDER BY number, id OFFSET $(( (CDEEP - 1) * 20 - 1 )) LIMIT 1")
    scenario "$PH2" "contest entries, page $CDEEP by number (staff)" "$C_SLOW" "$BASE/api/v1/contest-entries?edition=$EDITION_ID&size=20&page=$CDEEP" \
      -f "$(template contest-entries.sql EDITION="$EDITION_ID" AFTER="" OFFSET=$(( (CDEEP - 1) * 20 )) COUNT_LIMIT=$(( (CDEEP - 1) * 20 + 21 > 1001 ? (CDEEP - 1) * 20 + 21 : 1001 )))"
    [ -n "$ccursor" ] && scenario "$PH2" "contest entries, page $CDEEP by cursor (staff)" "$C_SLOW" "$BASE/api/v1/contest-entries?edition=$EDITION_ID&size=20&cursor=$ccursor" \
      -f "$(template contest-entries.sql EDITION="$EDITION_ID" AFTER="AND e.number >= $cn AND (e.number > $cn OR (e.number = $cn AND e.id > '$cid'))" OFFSET=0 COUNT_LIMIT=1001)"
  fi
  scenario "$PH2" "contest statistics of an edition (staff)" "$C_SLOW" "$BASE/api/v1/contest-editions/$EDITION_ID/statistics" -
fi

# the write mix: GET a task (its ETag), PUT it back changed with If-Match
psql -tAc "SELECT id FROM program_task ORDER BY md5(id::text)" >"$OUT/write-ids.txt"
export BENCH_WRITE_IDS="$OUT/write-ids.txt"
STAFF_TOKEN="$(kc_user_token staff demo)"
WRK_ARGS=(-H "Authorization: Bearer $STAFF_TOKEN"); WRK_SCRIPT="$BENCH_DIR/writes.lua"
scenario "$PH2" "write mix: GET task + PUT If-Match (staff)" "$C_FAST" "$BASE/" \
  -D ntasks="$N_TASK" -f "$BENCH_DIR/pgbench/write-get.sql@1" -f "$BENCH_DIR/pgbench/write-put.sql@1"

# a partner crawling the change feed, page after page
PARTNER_TOKEN="$(kc_client_token partner-demo partner-demo-secret)"
[ -n "$PARTNER_TOKEN" ] || die "no token for partner-demo (client credentials)"
FEED_MAX="$(psql -tAc "SELECT greatest(0, max(feed_seq) - $FEED_SIZE) FROM bulletin_issue")"
WRK_ARGS=(-H "Authorization: Bearer $PARTNER_TOKEN"); WRK_SCRIPT="$BENCH_DIR/feed.lua"
scenario "$PH2" "partner feed crawl (size=$FEED_SIZE, partner token)" "$C_FEED" "$BASE/" -f "$(template feed.sql FEED_MAX="$FEED_MAX" SIZE="$FEED_SIZE" SIZE1="$((FEED_SIZE + 1))")"

RSS[$PH2]="$(api_rss_mb)"
HWM="$(api_hwm_mb)"
API_CPU_TOTAL_S=$(( $(cpu_ms "$API_PID") / 1000 ))
WALL=$((SECONDS - T_START))

# ---- report -------------------------------------------------------------------------------
{
  echo "### Run of $(date -u '+%Y-%m-%d %H:%M UTC') (deploy/bench/large.sh, commit $(git -C "$ROOT" rev-parse --short HEAD))"
  echo
  echo "Machine: $(nproc) cores ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM, $(java -version 2>&1 | head -n1); API, PostgreSQL, Keycloak, wrk and pgbench on the same machine."
  echo "Load average: $LOAD_START at the start, highest 1-minute value seen after a scenario $LOAD_MAX, $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo "Data: phase $PH1 = $P1 associations/experts; phase $PH2 = $N_ASSOC associations, $N_EXPERT experts, $N_PROGRAM programs, $N_TASK program tasks, $N_PROGRESS progress updates, $N_ISSUE bulletin issues, $N_ARTICLE articles, $N_CONTEST contest entries (database $DB_SIZE; phase-2 seeding took ${SEED_SECS} s)."
  echo "wrk -t$THREADS, $WARMUP warm-up + $DURATION per scenario; pgbench -j2 -T$PGB_SECS at the same connections. Whole run: ${WALL} s."
  echo "API: time to ready ${READY_MS} ms (Keycloak starting beside it); RSS ${RSS[$PH1]} MB after phase $PH1, ${RSS[$PH2]} MB at the end (peak $HWM MB); API CPU time over the whole run ${API_CPU_TOTAL_S} s."
  echo
  echo "| rows | scenario | conns | req/s | p50 ms | p95 ms | p99 ms | errors | ÷ trivial | pgbench tps | pgbench avg ms | ÷ pgbench | API CPU ms/req | API CPU % | matches / notes |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${ROWS_OUT[@]}"
} | tee "$SUMMARY"
log "summary: $SUMMARY; raw output: $OUT/"
exit 0
