#!/usr/bin/env bash
# Notification dispatcher figures (issue 17): throughput (mails/s through SMTP into GreenMail) and the time from a
# triggering write's commit to the mail being readable over IMAP. Runs NotificationDispatchBench on the test stack
# (real PostgreSQL, Keycloak, GreenMail on free ports; nothing of the local run is touched) with the %test dispatcher
# settings unless overridden: a tick every 1 s, 50 mails per tick per instance.
#
#   deploy/bench/notifications.sh                       500 mails, 20 latency samples
#   MAILS=2000 SAMPLES=50 BATCH=200 deploy/bench/notifications.sh
#   MAVEN_ARGS=-o deploy/bench/notifications.sh         offline (Maven 3.9 reads MAVEN_ARGS)
# Prints the throughput (from the write to the last mail sent, and between the first and the last mail sent) and
# the write-to-mailbox latency's p50 and p95; the whole output is in api/target/notification-bench.log.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MAILS="${MAILS:-500}" SAMPLES="${SAMPLES:-20}" BATCH="${BATCH:-50}"
LOG="$ROOT/api/target/notification-bench.log"
mkdir -p "$(dirname "$LOG")"
cd "$ROOT"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
./mvnw -B -pl api test -Dtest=NotificationDispatchBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dlhh.bench.mails="$MAILS" -Dlhh.bench.latency-samples="$SAMPLES" \
  -Dlhh.notifications.batch-size="$BATCH" -Dlhh.test.keycloak-ready-seconds=900 >"$LOG" 2>&1 \
  || { echo "bench failed; see $LOG" >&2; tail -40 "$LOG" >&2; exit 1; }
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
grep -h '^BENCH' "$LOG" | sed 's/^BENCH /  /'
