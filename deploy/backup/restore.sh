#!/usr/bin/env bash
# Restores an archive made by backup.sh into a NEW, empty database (never over a live one), in one
# transaction: it is all there or nothing is. See deploy/backup/README.md.
#
# Usage: deploy/backup/restore.sh FILE.dump TARGET_DATABASE
# Connection: the standard libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass); the role
# needs CREATEDB and the right to create the extensions unaccent, pg_trgm and btree_gist (or a DBA
# creates them in the target database first). pg_restore must be of the archive's pg_dump version or newer.
set -euo pipefail
file="${1:?usage: restore.sh FILE.dump TARGET_DATABASE}"
target="${2:?usage: restore.sh FILE.dump TARGET_DATABASE}"
for t in pg_restore createdb psql; do
  command -v "$t" >/dev/null || { echo "restore.sh: $t is needed (Debian: apt-get install postgresql-client)" >&2; exit 2; }
done
if [ -f "$file.sha256" ]; then
  (cd "$(dirname "$file")" && sha256sum --check --quiet "$(basename "$file").sha256") \
    || { echo "restore.sh: $file does not match its checksum" >&2; exit 1; }
fi
exists="$(psql -X -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '${target//\'/\'\'}'")"
if [ "$exists" = 1 ]; then
  tables="$(psql -X -d "$target" -tAc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")"
  [ "$tables" = 0 ] || { echo "restore.sh: database $target exists and is not empty ($tables tables): refusing" >&2; exit 1; }
else
  createdb --template=template0 --encoding=UTF8 "$target"
fi
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$target" "$file"
psql -X -q -d "$target" -c "ANALYZE"
echo "restore.sh: $file restored into $target ($(psql -X -d "$target" -tAc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") tables)"
