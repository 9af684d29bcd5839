#!/usr/bin/env bash
# One-command local run: Keycloak (:8180), the API in Quarkus dev mode (:8080, with its own
# embedded PostgreSQL on :15432), a mail server for notifications (GreenMail: SMTP :3025, IMAP :3143)
# and, when webapp/ exists, the SPA (:5173).
#
#   deploy/local/run.sh            start everything; Ctrl-C stops everything
#   deploy/local/run.sh --reset    delete the local database first (demo data is inserted again)
#
# Logs: .cache/local/logs/{keycloak,api,webapp}.log   Data: .cache/local/postgres
# Demo only: every password printed here is a throw-away value.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KC_VERSION="${LHH_KEYCLOAK_VERSION:-26.7.3}"
KC_SRC="$ROOT/.cache/keycloak/keycloak-$KC_VERSION"        # shared with the test suite: never run from here
KC_HOME="$ROOT/.cache/keycloak-local/keycloak-$KC_VERSION" # the local run's own copy
REALM_FILE="$ROOT/deploy/keycloak/realm-lhh.json"
LOCAL_DIR="$ROOT/.cache/local"
PG_DATA="$LOCAL_DIR/postgres"
LOG_DIR="$LOCAL_DIR/logs"
WEBAPP_DIR="$ROOT/webapp"

API_PORT=8080 KC_PORT=8180 KC_MGMT_PORT=9000 SPA_PORT=5173 PG_PORT=15432
# the notifications' mail server: anyone reads any mailbox over IMAP (login = the address, any password)
MAIL_SMTP_PORT=3025 MAIL_IMAP_PORT=3143 MAIL_API_PORT=3080
GREENMAIL_VERSION="${LHH_GREENMAIL_VERSION:-2.1.5}"
GREENMAIL_JAR="$ROOT/.cache/greenmail/greenmail-standalone-$GREENMAIL_VERSION.jar"
KC_TIMEOUT="${LHH_KC_TIMEOUT:-240}"     # seconds; the first start includes Keycloak's build step (70-80 s)
API_TIMEOUT="${LHH_API_TIMEOUT:-600}"   # seconds; the first start may download dependencies and compile
SPA_TIMEOUT="${LHH_SPA_TIMEOUT:-180}"
STOP_TIMEOUT="${LHH_STOP_TIMEOUT:-30}"  # seconds to wait after SIGTERM before SIGKILL

RESET=0
for arg in "$@"; do
  case "$arg" in
    --reset) RESET=1 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Tham số không hợp lệ / unknown option: $arg (dùng / use --reset, --help)" >&2; exit 2 ;;
  esac
done

say()  { printf '\033[1m[run]\033[0m %s\n' "$*"; }
fail() { printf '\033[31m[run] LỖI / ERROR:\033[0m %s\n' "$*" >&2; }

# ---- preconditions -------------------------------------------------------------------------
for tool in java curl setsid; do
  command -v "$tool" >/dev/null || { fail "cần / needs '$tool' trên PATH / on the PATH"; exit 1; }
done

port_in_use() { # true when something accepts connections on localhost:$1 (IPv4 or IPv6)
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
  (exec 3<>"/dev/tcp/::1/$1") 2>/dev/null && return 0
  return 1
}
mkdir -p "$LOG_DIR"
# One local run per checkout: a second one would share (and stop) the first one's database.
if command -v flock >/dev/null; then
  exec 9>"$LOCAL_DIR/run.lock"
  if ! flock -n 9; then
    fail "run.sh đang chạy rồi từ thư mục này / run.sh is already running from this folder ($ROOT)"
    exit 1
  fi
fi

busy=()
ports=("$API_PORT:API" "$KC_PORT:Keycloak" "$KC_MGMT_PORT:Keycloak management" "$PG_PORT:PostgreSQL (dev)"
       "$MAIL_SMTP_PORT:SMTP (GreenMail)" "$MAIL_IMAP_PORT:IMAP (GreenMail)" "$MAIL_API_PORT:GreenMail API")
[ -f "$WEBAPP_DIR/package.json" ] && ports+=("$SPA_PORT:SPA")
for p in "${ports[@]}"; do
  port_in_use "${p%%:*}" && busy+=("${p%%:*} (${p#*:})")
done
if [ "${#busy[@]}" -gt 0 ]; then
  fail "cổng đang bị chiếm / port(s) already in use: ${busy[*]}"
  echo "  Hãy dừng tiến trình đang dùng cổng (vd. một lần chạy khác của run.sh) rồi thử lại." >&2
  echo "  Stop whatever uses them (e.g. another run.sh) and try again; 'ss -ltnp' shows who." >&2
  exit 1
fi

# A PostgreSQL left over from a run that was killed hard (pg_ctl detaches it into its own session).
stop_leftover_postgres() {
  local pidfile="$PG_DATA/postmaster.pid" pid i
  [ -f "$pidfile" ] || return 0
  pid="$(head -n1 "$pidfile" 2>/dev/null)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  grep -q postgres "/proc/$pid/cmdline" 2>/dev/null || return 0
  say "dừng PostgreSQL còn sót / stopping leftover PostgreSQL (pid $pid)"
  kill -INT "$pid" 2>/dev/null
  for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null
}
stop_leftover_postgres

if [ "$RESET" = 1 ]; then
  say "--reset: xoá dữ liệu cục bộ / deleting local data $PG_DATA"
  rm -rf "$PG_DATA"
fi

# ---- process groups and cleanup ------------------------------------------------------------
declare -A PGID=()   # service name -> process group id (each service runs in its own session)
declare -A LOGF=()
STOPPING=0

start_service() { # name logfile workdir cmd...
  local name="$1" log="$2" dir="$3"; shift 3
  : >"$log"
  # This script has no job control, so the background child is not a group leader and setsid
  # calls setsid() without forking: $! is the new session's (and process group's) id.
  # fd 9 (the lock) is closed so that no service (nor a detached postmaster) keeps holding it.
  ( cd "$dir" && exec setsid "$@" </dev/null >>"$log" 2>&1 9>&- ) &
  local pid=$!
  sleep 0.2
  local pg; pg="$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')"
  PGID[$name]="${pg:-$pid}"
  LOGF[$name]="$log"
}

group_alive() { pgrep -g "$1" >/dev/null 2>&1; }

cleanup() {
  [ "$STOPPING" = 1 ] && return
  STOPPING=1
  trap '' INT TERM
  [ "${#PGID[@]}" -gt 0 ] || { stop_leftover_postgres; return; }
  echo
  say "đang dừng tất cả / stopping everything ..."
  local name pg i alive
  for name in api webapp keycloak mail; do
    pg="${PGID[$name]:-}"; [ -n "$pg" ] && kill -TERM -- "-$pg" 2>/dev/null
  done
  for i in $(seq 1 $((STOP_TIMEOUT * 5))); do
    alive=0
    for pg in "${PGID[@]}"; do group_alive "$pg" && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.2
  done
  for name in "${!PGID[@]}"; do
    pg="${PGID[$name]}"
    if group_alive "$pg"; then
      say "$name không dừng sau ${STOP_TIMEOUT}s, buộc dừng / did not stop, sending SIGKILL"
      kill -KILL -- "-$pg" 2>/dev/null
    fi
  done
  stop_leftover_postgres
  say "đã dừng / stopped."
}
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap 'cleanup' EXIT

die_with_log() { # name message
  fail "$2"
  echo "----- ${LOGF[$1]} (40 dòng cuối / last 40 lines) -----" >&2
  tail -n 40 "${LOGF[$1]}" >&2
  echo "-----" >&2
  exit 1
}

wait_ready() { # name url timeout
  local name="$1" url="$2" timeout="$3" start=$SECONDS
  say "chờ / waiting for $name ($url, tối đa / up to ${timeout}s) ..."
  while :; do
    group_alive "${PGID[$name]}" || die_with_log "$name" "$name đã dừng khi khởi động / exited during start-up"
    if curl -fsS -o /dev/null --max-time 3 "$url" 2>/dev/null; then
      say "$name sẵn sàng / ready after $((SECONDS - start))s"
      return 0
    fi
    [ $((SECONDS - start)) -ge "$timeout" ] && die_with_log "$name" "$name chưa sẵn sàng sau / not ready after ${timeout}s"
    sleep 1
  done
}

# ---- Keycloak ------------------------------------------------------------------------------
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  if [ ! -x "$KC_SRC/bin/kc.sh" ]; then
    say "giải nén Keycloak / unpacking Keycloak $KC_VERSION (lần đầu / first time only) ..."
    (cd "$ROOT" && ./mvnw -q -B -pl api dependency:unpack@unpack-keycloak) \
      || { fail "không giải nén được Keycloak / could not unpack Keycloak"; exit 1; }
  fi
  say "sao chép Keycloak cho lần chạy cục bộ / copying Keycloak for the local run → $KC_HOME"
  mkdir -p "$(dirname "$KC_HOME")"
  cp -a "$KC_SRC" "$KC_HOME.tmp.$$" && mv "$KC_HOME.tmp.$$" "$KC_HOME" \
    || { fail "sao chép thất bại / copy failed"; exit 1; }
fi
# --db=dev-mem: the realm is imported afresh at every start, so realm-lhh.json changes take effect.
mkdir -p "$KC_HOME/data/import"
rm -f "$KC_HOME"/data/import/*.json
cp "$REALM_FILE" "$KC_HOME/data/import/"

say "khởi động Keycloak / starting Keycloak → $LOG_DIR/keycloak.log"
start_service keycloak "$LOG_DIR/keycloak.log" "$KC_HOME" \
  env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  bin/kc.sh start-dev --http-port=$KC_PORT --http-management-port=$KC_MGMT_PORT \
    --health-enabled=true --import-realm --db=dev-mem --hostname=http://localhost:$KC_PORT \
    --spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true

# ---- mail server (GreenMail standalone, from Maven Central) ---------------------------------
if [ ! -f "$GREENMAIL_JAR" ]; then
  say "tải GreenMail / fetching GreenMail $GREENMAIL_VERSION (lần đầu / first time only) ..."
  (cd "$ROOT" && ./mvnw -q -B dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" \
      -DoutputDirectory="$(dirname "$GREENMAIL_JAR")") || { fail "không tải được GreenMail / could not fetch GreenMail"; exit 1; }
fi
say "khởi động máy chủ thư / starting the mail server (GreenMail) → $LOG_DIR/mail.log"
# its web API would take :8080 (the API's port) by default
start_service mail "$LOG_DIR/mail.log" "$ROOT" \
  java -Xmx128m -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.auth.disabled \
    -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$MAIL_API_PORT \
    -jar "$GREENMAIL_JAR"

# ---- API (Quarkus dev mode) ----------------------------------------------------------------
HAVE_API=0
if [ -f "$ROOT/api/pom.xml" ]; then
  HAVE_API=1
  mkdir -p "$PG_DATA"
  say "khởi động API / starting the API (quarkus:dev) → $LOG_DIR/api.log"
  start_service api "$LOG_DIR/api.log" "$ROOT" \
    ./mvnw -B -pl api quarkus:dev \
      -Dlhh.localrun.data-dir="$PG_DATA" \
      -Dot.epg.working-dir="$LOCAL_DIR/embedded-pg" \
      -Ddebug=false -Dquarkus.console.enabled=false -Dquarkus.analytics.disabled=true
fi

# ---- SPA -----------------------------------------------------------------------------------
HAVE_SPA=0
if [ -f "$WEBAPP_DIR/package.json" ]; then
  HAVE_SPA=1
  command -v npm >/dev/null || { fail "cần / needs npm (Node.js 20+)"; exit 1; }
  if [ ! -d "$WEBAPP_DIR/node_modules" ]; then
    say "cài gói SPA / npm ci in webapp/ → $LOG_DIR/npm-ci.log"
    (cd "$WEBAPP_DIR" && npm ci --no-audit --no-fund </dev/null >"$LOG_DIR/npm-ci.log" 2>&1) || {
      fail "npm ci thất bại / failed"; tail -n 40 "$LOG_DIR/npm-ci.log" >&2; exit 1; }
  fi
  say "khởi động SPA / starting the SPA (vite) → $LOG_DIR/webapp.log"
  start_service webapp "$LOG_DIR/webapp.log" "$WEBAPP_DIR" \
    npm run dev -- --port $SPA_PORT --strictPort
fi

# ---- readiness -----------------------------------------------------------------------------
start=$SECONDS
until port_in_use "$MAIL_SMTP_PORT" && port_in_use "$MAIL_IMAP_PORT"; do
  group_alive "${PGID[mail]}" || die_with_log mail "máy chủ thư đã dừng khi khởi động / the mail server exited during start-up"
  [ $((SECONDS - start)) -ge 60 ] && die_with_log mail "máy chủ thư chưa sẵn sàng / the mail server is not ready after 60s"
  sleep 0.5
done
say "máy chủ thư sẵn sàng / mail server ready (SMTP :$MAIL_SMTP_PORT, IMAP :$MAIL_IMAP_PORT)"
wait_ready keycloak "http://localhost:$KC_MGMT_PORT/health/ready" "$KC_TIMEOUT"
[ "$HAVE_API" = 1 ] && wait_ready api "http://localhost:$API_PORT/q/health/ready" "$API_TIMEOUT"
[ "$HAVE_SPA" = 1 ] && wait_ready webapp "http://localhost:$SPA_PORT/" "$SPA_TIMEOUT"

cat <<EOF

==========================================================================================
 Hệ thống LHH đang chạy trên máy này (chỉ để thử nghiệm; mọi mật khẩu dưới đây là mật khẩu demo)
 The LHH system is running locally (demo only; every password below is a throw-away value)
------------------------------------------------------------------------------------------
EOF
[ "$HAVE_SPA" = 1 ] && echo " Ứng dụng web / Web app (SPA):     http://localhost:$SPA_PORT"
[ "$HAVE_API" = 1 ] && cat <<EOF
 API:                              http://localhost:$API_PORT/api/v1/associations
 Tài liệu API / Swagger UI:        http://localhost:$API_PORT/q/swagger-ui
 Kiểm tra sức khoẻ / Health:       http://localhost:$API_PORT/q/health/ready
EOF
cat <<EOF
 Keycloak (realm lhh):             http://localhost:$KC_PORT/realms/lhh/account
 Quản trị Keycloak / admin console: http://localhost:$KC_PORT/admin  (admin / admin)

 Tài khoản demo / demo logins (realm lhh), mật khẩu / password: demo
   admin     Thường trực Liên hiệp hội / standing office (admin)
   staff     Cán bộ văn phòng / union office staff
   staff2    Cán bộ văn phòng thứ hai (xử lý văn bản đến) / a second office user (document handling)
   officer   Cán bộ Hội Y học tỉnh Nghệ An / officer of that association
   officer2  Cán bộ Hội Làm vườn tỉnh Nghệ An / officer of another association
   expert    Chuyên gia Phạm Quang Minh (có việc được giao / has an assignment)
   expert2   Chuyên gia Võ Thị Thu Hà / a second expert
   coordinator   Đầu mối cuộc thi, huyện Nghi Lộc / contest coordinator of a district
   coordinator2  Đầu mối cuộc thi, Trường THCS Đặng Thai Mai / contest contact of a school
   judge     Giám khảo Đinh Xuân Quang (ngoài mạng lưới / external judge)
 Đối tác (client credentials) / partner machine client:
   client_id=partner-demo  client_secret=partner-demo-secret
   curl -s -d grant_type=client_credentials -d client_id=partner-demo \\
        -d client_secret=partner-demo-secret \\
        http://localhost:$KC_PORT/realms/lhh/protocol/openid-connect/token

 Thư điện tử (thông báo) / notification e-mails: GreenMail, nhận mọi thư / catches every mail
   SMTP localhost:$MAIL_SMTP_PORT   IMAP localhost:$MAIL_IMAP_PORT  (đăng nhập = địa chỉ thư, mật khẩu bất kỳ /
   login = the e-mail address, any password), e.g. officer@lhh.demo; trình duyệt / browser (GreenMail API):
   http://localhost:$MAIL_API_PORT  (GET /api/user/officer@lhh.demo/messages)

 Nhật ký / logs: $LOG_DIR/*.log
EOF
[ "$HAVE_API" = 1 ] && cat <<EOF
 Dữ liệu / data: $PG_DATA
   giữ lại giữa các lần chạy, xoá bằng --reset / kept between runs, reset with --reset
EOF
cat <<EOF
 Nhấn Ctrl-C để dừng tất cả / press Ctrl-C to stop everything.
==========================================================================================
EOF

# ---- supervise until Ctrl-C / SIGTERM or until a service dies -------------------------------
while :; do
  for name in "${!PGID[@]}"; do
    group_alive "${PGID[$name]}" || die_with_log "$name" "$name đã dừng bất ngờ / exited unexpectedly"
  done
  sleep 2
done
