# Shared shell functions of deploy/bench/bench.sh and deploy/bench/large.sh (sourced, not run).
# The caller sets `set -euo pipefail` first. Every process started here is stopped by bench_cleanup
# (installed as the EXIT trap by bench_init).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_DIR="$ROOT/deploy/bench"
OUT="${BENCH_OUT:-$ROOT/api/target/bench}"   # logs and raw output of the last run
PG_PORT="${BENCH_PG_PORT:-25432}"
API_PORT="${BENCH_API_PORT:-18080}"
# the packaged (prod) app serves health and metrics on its management interface (issue #22), not on API_PORT
MGMT_PORT="${BENCH_MGMT_PORT:-19000}"
CLK_TCK="$(getconf CLK_TCK)"
PG_PID="" API_PID="" PG_DATADIR="" KC_PID=""

cpu_ms() { # user+system CPU time of process $1 so far, in ms (load-independent, unlike wall time)
  awk -v hz="$CLK_TCK" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz }' "/proc/$1/stat"
}
log() { printf '[bench] %s\n' "$*"; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }
need_tools() { local t; for t in "$@"; do command -v "$t" >/dev/null || die "'$t' is needed on the PATH"; done; }

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
bench_cleanup() {
  trap '' INT TERM
  stop_group "$API_PID" 20
  stop_group "$KC_PID" 20
  stop_group "$PG_PID" 20
  # pg_ctl detaches the postmaster into its own session: make sure it is gone.
  if [ -n "$PG_DATADIR" ] && [ -f "$PG_DATADIR/postmaster.pid" ]; then
    local pm; pm="$(head -n1 "$PG_DATADIR/postmaster.pid")"
    if [[ "$pm" =~ ^[0-9]+$ ]] && kill -0 "$pm" 2>/dev/null; then
      kill -INT "$pm" 2>/dev/null; sleep 2; kill -KILL "$pm" 2>/dev/null || true
    fi
    rm -rf "$PG_DATADIR"
  fi
  API_PID="" PG_PID="" KC_PID=""
}

bench_init() { # checks ports, makes $OUT, installs the traps
  need_tools java curl wrk psql setsid awk
  port_in_use "$API_PORT" && die "port $API_PORT is in use (set BENCH_API_PORT)"
  PG_PORT="$(free_port_from "$PG_PORT")"
  mkdir -p "$OUT"
  trap bench_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

# ---- build --------------------------------------------------------------------------------
build_app() { # sets APP_JAR, CP_FILE; honours BENCH_SKIP_BUILD=1
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
}

# ---- PostgreSQL ---------------------------------------------------------------------------
start_postgres() { # sets PG_PID, PG_DATADIR, JDBC_URL; exports PGHOST/PGPORT/... for psql and pgbench
  local i
  log "starting embedded PostgreSQL on port $PG_PORT"
  setsid java -Dot.epg.working-dir="$ROOT/api/target/embedded-pg" \
    -cp "$OUT/test-classes:$(cat "$CP_FILE")" \
    vn.lhh.testsupport.EmbeddedPostgresMain "$PG_PORT" </dev/null >"$OUT/postgres.log" 2>&1 &
  PG_PID=$!
  for i in $(seq 1 1200); do
    # the whole line, not just its start: the URL may still be on its way to the file
    [ -n "$(sed -n 's/^READY \(jdbc:.*\)$/\1/p' "$OUT/postgres.log" 2>/dev/null)" ] && break
    kill -0 "$PG_PID" 2>/dev/null || { tail -n 30 "$OUT/postgres.log" >&2; die "PostgreSQL did not start"; }
    sleep 0.1
  done
  grep -q '^READY ' "$OUT/postgres.log" || die "PostgreSQL not ready after 120 s"
  PG_DATADIR="$(sed -n 's/^DATADIR //p' "$OUT/postgres.log")"
  JDBC_URL="$(sed -n 's/^READY //p' "$OUT/postgres.log")"
  export PGHOST=localhost PGPORT="$PG_PORT" PGUSER=postgres PGPASSWORD=postgres PGDATABASE=postgres
  log "PostgreSQL is up ($JDBC_URL)"
}

# ---- API ----------------------------------------------------------------------------------
start_api() { # $1: OIDC auth-server-url. Sets API_PID, READY_MS, READY_CPU_MS, QUARKUS_STARTED
  # prod refuses to start without its required settings (RequiredSettings); the rate limits are off:
  # the load comes from one address and one partner on purpose
  local oidc="$1" t0 t1 i ready=0
  log "starting the API (prod profile) on port $API_PORT"
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  setsid env QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD=postgres QUARKUS_HTTP_PORT="$API_PORT" QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" \
    QUARKUS_OIDC_AUTH_SERVER_URL="$oidc" QUARKUS_HTTP_CORS_ORIGINS="http://localhost:5173" \
    LHH_UNION_NAME="Liên hiệp các hội Khoa học và Kỹ thuật tỉnh Nghệ An" LHH_UNION_PLACE="Nghệ An" \
    LHH_UNION_SIGNER_TITLE="TM. BAN THƯỜNG VỤ" \
    LHH_RATE_LIMIT_ANONYMOUS_PER_MINUTE=0 LHH_RATE_LIMIT_PARTNER_PER_MINUTE=0 \
    java ${BENCH_JAVA_OPTS:-} -jar "$APP_JAR" </dev/null >"$OUT/api.log" 2>&1 &
  API_PID=$!
  local ready_url="http://localhost:$MGMT_PORT/q/health/ready"
  for i in $(seq 1 2400); do   # 120 s at 50 ms
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$ready_url" 2>/dev/null)" = 200 ]; then ready=1; break; fi
    kill -0 "$API_PID" 2>/dev/null || { tail -n 40 "$OUT/api.log" >&2; die "the API exited during start-up"; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  [ "$ready" = 1 ] || { tail -n 40 "$OUT/api.log" >&2; die "the API was not ready after 120 s"; }
  READY_MS=$(( (t1 - t0) / 1000000 ))
  READY_CPU_MS="$(cpu_ms "$API_PID")"
  QUARKUS_STARTED="$(grep -o 'started in [0-9.]*s' "$OUT/api.log" | head -n1 || true)"
  log "API ready after ${READY_MS} ms (process start → /q/health/ready 200; Quarkus says: ${QUARKUS_STARTED:-n/a}; CPU used: ${READY_CPU_MS} ms)"
}
api_rss_mb() { awk '/^VmRSS:/ {printf "%d", $2 / 1024}' "/proc/$API_PID/status" 2>/dev/null || echo 0; }
api_hwm_mb() { awk '/^VmHWM:/ {printf "%d", $2 / 1024}' "/proc/$API_PID/status" 2>/dev/null || echo 0; }

# ---- Keycloak (the project's realm; only large.sh needs tokens) ---------------------------
start_keycloak() { # sets KC_PID, KC_URL, KC_MGMT_PORT; returns at once (see wait_keycloak)
  local version="${LHH_KEYCLOAK_VERSION:-26.7.3}"
  local src="$ROOT/.cache/keycloak/keycloak-$version"      # unpacked by the build; shared with the tests
  local home="$ROOT/.cache/keycloak-bench/keycloak-$version" # the benchmark's own copy
  if [ ! -x "$home/bin/kc.sh" ]; then
    if [ ! -x "$src/bin/kc.sh" ]; then
      log "unpacking Keycloak $version (first time only)"
      (cd "$ROOT" && ./mvnw -q -B -pl api dependency:unpack@unpack-keycloak)
    fi
    log "copying Keycloak for the benchmark → $home"
    mkdir -p "$(dirname "$home")"
    cp -a "$src" "$home.tmp.$$" && mv "$home.tmp.$$" "$home"
  fi
  mkdir -p "$home/data/import"
  rm -f "$home"/data/import/*.json
  cp "$ROOT/deploy/keycloak/realm-lhh.json" "$home/data/import/"
  local port; port="$(free_port_from "${BENCH_KC_PORT:-28180}")"
  KC_MGMT_PORT="$(free_port_from $((port + 1)))"
  KC_URL="http://localhost:$port"
  log "starting Keycloak on port $port (realm lhh, in-memory database) → $OUT/keycloak.log"
  setsid bash -c 'cd "$1" && shift && exec "$@"' _ "$home" env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    bin/kc.sh start-dev --http-port="$port" --http-management-port="$KC_MGMT_PORT" \
    --health-enabled=true --import-realm --db=dev-mem --hostname="$KC_URL" \
    --spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true </dev/null >"$OUT/keycloak.log" 2>&1 &
  KC_PID=$!
}
wait_keycloak() { # up to $1 seconds (default 300)
  local deadline=$((SECONDS + ${1:-300}))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://localhost:$KC_MGMT_PORT/health/ready")" = 200 ]; do
    kill -0 "$KC_PID" 2>/dev/null || { tail -n 30 "$OUT/keycloak.log" >&2; die "Keycloak exited"; }
    [ "$SECONDS" -lt "$deadline" ] || { tail -n 30 "$OUT/keycloak.log" >&2; die "Keycloak not ready"; }
    sleep 1
  done
}
kc_user_token() { # user password → access token (password grant on the public client lhh-cli)
  curl -sf "$KC_URL/realms/lhh/protocol/openid-connect/token" -d grant_type=password -d client_id=lhh-cli \
    --data-urlencode "username=$1" --data-urlencode "password=$2" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
kc_client_token() { # client-id secret → access token (client credentials)
  curl -sf "$KC_URL/realms/lhh/protocol/openid-connect/token" -d grant_type=client_credentials \
    --data-urlencode "client_id=$1" --data-urlencode "client_secret=$2" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# ---- data ---------------------------------------------------------------------------------
seed_associations() { # from to: associations number from..to (deterministic ids md5('association' || n))
  psql -q -v ON_ERROR_STOP=1 -v from="$1" -v to="$2" <<'SQL'
INSERT INTO association (id, name, abbreviation, field, status, member_count, description,
                         founded_on, created_at, updated_at, version)
SELECT md5('association' || g)::uuid,
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
FROM generate_series(:from, :to) AS g;
ANALYZE association;
SQL
}

# ---- load ---------------------------------------------------------------------------------
# wrk_measure conns duration url [extra wrk args...]: a warm-up of $WARMUP, then the measured run
# (timeout per request $WRK_TIMEOUT, default 30s, so that slow requests are measured, not dropped).
# Sets R_RPS R_P50 R_P95 R_P99 R_REQ R_ERR (socket errors + non-2xx/3xx) R_SOCK R_BAD R_CPUREQ
# (API CPU ms per request) R_CPUPCT (API CPU, % of one core) and R_FILE (raw output).
WRK_N=0
wrk_measure() {
  local conns="$1" dur="$2" url="$3"; shift 3
  local threads="${THREADS:-2}" c0 c1 t0 t1 line
  [ "$conns" -lt "$threads" ] && threads="$conns"
  WRK_N=$((WRK_N + 1)); R_FILE="$OUT/wrk-$WRK_N.txt"
  if [ "${WARMUP:-5s}" != 0 ] && [ "${WARMUP:-5s}" != 0s ]; then
    wrk -t"$threads" -c"$conns" -d"${WARMUP:-5s}" --timeout "${WRK_TIMEOUT:-30s}" -s "${WRK_SCRIPT:-$BENCH_DIR/report.lua}" "$@" "$url" >/dev/null 2>&1 || true
  fi
  c0="$(cpu_ms "$API_PID")"; t0=$(date +%s%N)
  wrk -t"$threads" -c"$conns" -d"$dur" --timeout "${WRK_TIMEOUT:-30s}" --latency -s "${WRK_SCRIPT:-$BENCH_DIR/report.lua}" "$@" "$url" >"$R_FILE" 2>&1 || true
  t1=$(date +%s%N); c1="$(cpu_ms "$API_PID")"
  line="$(grep '^BENCH ' "$R_FILE" || true)"
  [ -n "$line" ] || { cat "$R_FILE" >&2; die "wrk produced no result"; }
  _f() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  R_RPS="$(_f rps)"; R_P50="$(_f p50_ms)"; R_P95="$(_f p95_ms)"; R_P99="$(_f p99_ms)"; R_REQ="$(_f requests)"
  R_SOCK="$(_f socket_errors)"; R_BAD="$(_f non_2xx_3xx)"; R_ERR=$((R_SOCK + R_BAD))
  R_CPUREQ="$(awk -v c="$((c1 - c0))" -v n="$R_REQ" 'BEGIN { printf "%.3f", (n > 0 ? c / n : 0) }')"
  R_CPUPCT="$(awk -v c="$((c1 - c0))" -v w="$(( (t1 - t0) / 1000000 ))" 'BEGIN { printf "%.0f", (w > 0 ? 100 * c / w : 0) }')"
}
