#!/usr/bin/env bash
# Export benchmark (issue #18): the association list of BENCH_EXPORT_ROWS associations (100,000 by
# default, half of them with a current term) downloaded as XLSX (twice: cold, then warm) and as CSV
# from the packaged API (prod profile) on a throw-away PostgreSQL. For each download: the wall time,
# the file size, the rows in the file (counted in the sheet's XML), and the API's memory in the same
# run: RSS before, the peak RSS sampled every 50 ms during the download, and the process's VmHWM.
# The export is public (active associations), so no Keycloak is needed: OIDC is configured but unused.
#
# Settings (environment):
#   BENCH_EXPORT_ROWS=100000     associations
#   BENCH_JAVA_OPTS=...          JVM options of the API (e.g. -Xmx256m to show the memory stays flat)
#   BENCH_SKIP_BUILD=1 BENCH_PG_PORT BENCH_API_PORT   as in bench.sh
# Writes $OUT/export-summary.md (OUT defaults to api/target/bench).
set -euo pipefail
# shellcheck source=deploy/bench/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ROWS="${BENCH_EXPORT_ROWS:-100000}"
need_tools java curl psql setsid awk unzip
port_in_use "$API_PORT" && die "port $API_PORT is in use (set BENCH_API_PORT)"
PG_PORT="$(free_port_from "$PG_PORT")"
mkdir -p "$OUT"
trap bench_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"

build_app
start_postgres
start_api "http://localhost:1/realms/lhh"   # never reached: the export is anonymous
BASE="http://localhost:$API_PORT"

log "seeding $ROWS associations (half with a current term)"
t0=$SECONDS
seed_associations 1 "$ROWS"
psql -q -v ON_ERROR_STOP=1 <<'SQL'
INSERT INTO association_term (id, association_id, number, start_date, end_date, created_at, updated_at, version)
SELECT md5('term' || a.id)::uuid, a.id, 1 + (abs(hashtext(a.id::text)) % 9), DATE '2022-01-01' + (abs(hashtext(a.id::text)) % 900),
       DATE '2027-01-01' + (abs(hashtext(a.id::text)) % 900), now(), now(), 0
FROM association a WHERE abs(hashtext(a.id::text)) % 2 = 0;
UPDATE association a SET current_term_end = t.end_date FROM association_term t WHERE t.association_id = a.id;
ANALYZE association; ANALYZE association_term;
SQL
N="$(psql -tAc "SELECT count(*) FROM association WHERE status = 'active'")"
NT="$(psql -tAc "SELECT count(*) FROM association_term")"
log "seeded in $((SECONDS - t0)) s: $N active associations, $NT terms"

# a small export first: classes loaded, JIT warm for the code paths, connection pool filled
curl -sf -o /dev/null "$BASE/api/v1/associations/export?format=xlsx&q=hoi%20y%20hoc%20so%2012"

SUMMARY="$OUT/export-summary.md"
{
  echo "# Export benchmark: $N associations ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "Machine: $(nproc) cores, load average at start $LOAD_START; API JVM options: '${BENCH_JAVA_OPTS:-(defaults)}'; rows per page read: 500."
  echo
  echo "| download | time (s) | size (MB) | data rows in file | RSS before (MB) | peak RSS during (MB) | VmHWM after (MB) | API CPU (s) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
} >"$SUMMARY"

measure() { # label format
  local label="$1" format="$2" file="$OUT/export.$2" before peak hwm cpu0 cpu1 t rows size sampler
  before="$(api_rss_mb)"
  cpu0="$(cpu_ms "$API_PID")"
  # sample the API's RSS while the download runs
  ( peak=0; while :; do r="$(api_rss_mb)"; [ "$r" -gt "$peak" ] && peak="$r" && echo "$peak" >"$OUT/export-peak"; sleep 0.05; done ) &
  sampler=$!
  echo "$before" >"$OUT/export-peak"
  t="$(curl -sf -o "$file" -w '%{time_total}' "$BASE/api/v1/associations/export?format=$format")"
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  peak="$(cat "$OUT/export-peak")"
  hwm="$(api_hwm_mb)"
  cpu1="$(cpu_ms "$API_PID")"
  size="$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.1f", b / 1048576 }')"
  if [ "$format" = xlsx ]; then
    [ "$(head -c 4 "$file" | od -An -tx1 | tr -d ' ')" = 504b0304 ] || die "$label: not a ZIP file"
    rows=$(( $(unzip -p "$file" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l) - 1 ))
  else
    [ "$(head -c 3 "$file" | od -An -tx1 | tr -d ' ')" = efbbbf ] || die "$label: no UTF-8 BOM"
    rows=$(( $(grep -c $'\r$' "$file") - 1 ))
  fi
  [ "$rows" = "$N" ] || log "WARNING: $label has $rows data rows, expected $N"
  log "$label: ${t}s, ${size} MB, $rows rows, RSS ${before} → peak ${peak} MB (VmHWM ${hwm} MB), API CPU $(( (cpu1 - cpu0) / 1000 )) s"
  printf '| %s | %.1f | %s | %s | %s | %s | %s | %.1f |\n' "$label" "$t" "$size" "$rows" "$before" "$peak" "$hwm" \
    "$(awk -v c=$((cpu1 - cpu0)) 'BEGIN { print c / 1000 }')" >>"$SUMMARY"
}

measure "XLSX (first)" xlsx
measure "XLSX (again)" xlsx
measure "CSV" csv
{
  echo
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). VmHWM is the process's peak since it started (start-up and seeding included)."
} >>"$SUMMARY"
cat "$SUMMARY"
