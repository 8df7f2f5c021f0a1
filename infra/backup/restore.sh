#!/bin/sh
# Brings databases and media files back to one folder written by backup.sh. Stop the services first (nothing may
# hold a connection to the databases); start them again afterwards.
#
#   restore.sh <backup folder>
#   PGHOST, PGPORT, PGUSER, PGPASSWORD   the cluster's superuser (owners and grants are restored as dumped)
#   AGROVET_BACKUP_MEDIA                the media storage directory (optional): replaced by the backup's files
#
# Each database is dropped, made anew and restored in one transaction.
set -eu

folder=${1:?usage: restore.sh <backup folder>}
[ -f "$folder/manifest" ] || { echo "restore: $folder is not a backup (no manifest)" >&2; exit 2; }

for dump in "$folder"/*.dump; do
  [ -e "$dump" ] || continue
  database=$(basename "$dump" .dump)
  # The database is made anew (same owner, same rule that only its owner may connect), so it holds exactly what the
  # backup holds, including nothing a later migration added.
  owner=$(psql -X -At -v ON_ERROR_STOP=1 -v db="$database" -d postgres <<'SQL'
SELECT pg_catalog.pg_get_userbyid(datdba) FROM pg_database WHERE datname = :'db';
SQL
)
  if [ -z "$owner" ]; then
    echo "restore: database $database does not exist; start the platform once (it creates every database and role), then restore" >&2
    exit 3
  fi
  psql -X -q -v ON_ERROR_STOP=1 -v db="$database" -v owner="$owner" -d postgres <<'SQL' >/dev/null
SELECT format('DROP DATABASE %I WITH (FORCE)', :'db') \gexec
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', :'db', :'owner') \gexec
SELECT format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', :'db') \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', :'db', :'owner') \gexec
SQL
  pg_restore --single-transaction --exit-on-error --dbname="$database" "$dump"
  echo "restored $database"
done

media=${AGROVET_BACKUP_MEDIA:-}
if [ -n "$media" ] && [ -f "$folder/media.tar" ]; then
  mkdir -p "$media"
  find "$media" -mindepth 1 -delete
  tar -C "$media" -xf "$folder/media.tar"
  echo "restored media files into $media"
fi
echo "restore complete from $folder"
