#!/usr/bin/env bash
# Proves a backup can be restored: dumps a database with pg_dump (custom format), restores it
# into a new database with pg_restore, and compares the row count of every table.
#
#   PGHOST=... PGPORT=... PGUSER=... PGPASSWORD=... scripts/backup-restore-check.sh SOURCE_DB [RESTORED_DB]
#
# Connection settings come from the usual libpq environment variables (never from this file).
# BACKUP_FILE=path keeps the dump there (default: a temporary file, removed afterwards).
# KEEP_RESTORED=1 keeps the restored database (default: dropped after a successful check).
# Exit status: 0 when every table has the same number of rows in both, 1 otherwise.
set -euo pipefail

source_db=${1:?usage: backup-restore-check.sh SOURCE_DB [RESTORED_DB]}
restored_db=${2:-${source_db}_restore_check}
dump=${BACKUP_FILE:-$(mktemp --suffix=.dump)}
keep_dump=${BACKUP_FILE:+1}

cleanup() {
  if [ -z "${keep_dump}" ]; then rm -f "$dump"; fi
}
trap cleanup EXIT

psql_at() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$1" -c "$2"; }

# A live database keeps changing while it is dumped and compared (jobs, the outbox): the dump and the source's row
# counts are taken from one snapshot, held open by a session beside them, so they describe the same moment.
coproc HOLD { psql -X -q -v ON_ERROR_STOP=1 -At -d "$source_db"; }
hold_in=${HOLD[1]}
hold_out=${HOLD[0]}
hold_pid=$HOLD_PID
held() { echo "$1" >&"$hold_in"; local line; read -r line <&"$hold_out"; echo "$line"; }
snapshot=$(held "BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT pg_export_snapshot();")
[ -n "$snapshot" ] || { echo "Could not hold a snapshot of ${source_db}." >&2; exit 1; }

echo "Dumping ${source_db} to ${dump}"
pg_dump --format=custom --snapshot="$snapshot" --file="$dump" --dbname="$source_db"

echo "Restoring into ${restored_db}"
dropdb --if-exists "$restored_db"
createdb "$restored_db"
pg_restore --exit-on-error --dbname="$restored_db" "$dump"

tables_sql="SELECT format('%I.%I', schemaname, tablename) FROM pg_tables
            WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"
source_tables=$(psql_at "$source_db" "$tables_sql")
restored_tables=$(psql_at "$restored_db" "$tables_sql")
status=0
if [ "$source_tables" != "$restored_tables" ]; then
  echo "The restored database does not have the same tables:" >&2
  diff <(echo "$source_tables") <(echo "$restored_tables") >&2 || true
  status=1
fi

printf '%-40s %12s %12s\n' table source restored
for table in $source_tables; do
  a=$(held "SELECT count(*) FROM ${table};")
  b=$(psql_at "$restored_db" "SELECT count(*) FROM ${table}" 2>/dev/null || echo missing)
  mark=""
  if [ "$a" != "$b" ]; then mark="  MISMATCH"; status=1; fi
  printf '%-40s %12s %12s%s\n' "$table" "$a" "$b" "$mark"
done

echo "COMMIT;" >&"$hold_in"
exec {hold_in}>&-
wait "$hold_pid" 2>/dev/null || true

# The audit hash chains must hold in the copy too (its trigger is restored after the rows).
if [ -n "$(psql_at "$restored_db" "SELECT 1 FROM pg_proc WHERE proname = 'audit_chain_first_break'")" ]; then
  broken=$(psql_at "$restored_db" "SELECT count(*) FROM (SELECT DISTINCT tenant_id FROM audit_log) t, LATERAL audit_chain_first_break(t.tenant_id) b")
  if [ "$broken" != "0" ]; then
    echo "Audit chains broken in the restored database: ${broken}" >&2
    status=1
  else
    echo "Audit chains intact in the restored database."
  fi
fi

if [ "$status" -eq 0 ]; then
  echo "All tables match: the backup restores."
  if [ -z "${KEEP_RESTORED:-}" ]; then dropdb "$restored_db"; fi
else
  echo "The restored database differs from the source (kept as ${restored_db} for inspection)." >&2
fi
exit "$status"
