#!/usr/bin/env bash
# Backs up the LHH database, stored files included (they live in PostgreSQL: table stored_file),
# into one pg_dump archive (custom format), checked and checksummed. See deploy/backup/README.md.
#
# Usage: deploy/backup/backup.sh FILE.dump
# Connection: the standard libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass, PGDATABASE).
# pg_dump must be of the server's major version or newer. The API may keep running: pg_dump reads one
# consistent snapshot, so a backup taken during traffic holds every write committed before it began.
set -euo pipefail
out="${1:?usage: backup.sh FILE.dump}"
command -v pg_dump >/dev/null || { echo "backup.sh: pg_dump is needed (Debian: apt-get install postgresql-client)" >&2; exit 2; }
tmp="$out.partial"
trap 'rm -f "$tmp"' EXIT
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$tmp"
# an archive that pg_restore cannot list is no backup
entries="$(pg_restore --list "$tmp" | grep -c ' TABLE DATA ' || true)"
[ "$entries" -gt 0 ] || { echo "backup.sh: the archive holds no table data" >&2; exit 1; }
mv "$tmp" "$out"
trap - EXIT
(cd "$(dirname "$out")" && sha256sum "$(basename "$out")") >"$out.sha256"
echo "backup.sh: $out ($(du -h "$out" | cut -f1), $entries tables with data, database ${PGDATABASE:-default} on ${PGHOST:-local socket}:${PGPORT:-5432}); checksum in $out.sha256"
