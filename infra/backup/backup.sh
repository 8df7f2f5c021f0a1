#!/bin/sh
# One backup of the platform: every service's database (pg_dump, custom format) and the media files, in one folder
# named by the UTC time it started: $AGROVET_BACKUP_ROOT/20261124T020048Z/{auth_db.dump,...,media.tar,manifest}.
# Used by ./agrovet backup, the compose `backup` profile and the Kubernetes CronJob.
#
#   PGHOST, PGPORT, PGUSER, PGPASSWORD   a role that may read every database (the cluster's superuser)
#   AGROVET_BACKUP_DATABASES            space-separated database names
#   AGROVET_BACKUP_MEDIA                the media storage directory (optional)
#   AGROVET_BACKUP_ROOT                 where dated folders go
#   AGROVET_BACKUP_KEEP                 keep this many newest folders, delete older ones (optional)
#
# Each dump is one consistent snapshot of its database. The files are copied after the dumps, so every file a dumped
# row names is there (files uploaded meanwhile are extra and harmless). The folder appears under its final name only
# when complete.
set -eu

root=${AGROVET_BACKUP_ROOT:?set AGROVET_BACKUP_ROOT to the folder that receives backups}
databases=${AGROVET_BACKUP_DATABASES:?set AGROVET_BACKUP_DATABASES to the databases to dump}
media=${AGROVET_BACKUP_MEDIA:-}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
partial="$root/.$stamp.partial"
target="$root/$stamp"

mkdir -p "$partial"
trap 'rm -rf "$partial"' EXIT
{
  echo "created=$stamp"
  echo "server=$(psql -X -At -d postgres -c 'SHOW server_version')"
} > "$partial/manifest"

for database in $databases; do
  pg_dump --format=custom --compress=6 --dbname="$database" --file="$partial/$database.dump"
  echo "database=$database $(wc -c < "$partial/$database.dump" | tr -d ' ')" >> "$partial/manifest"
  echo "dumped $database"
done

if [ -n "$media" ]; then
  if [ -d "$media" ]; then
    tar -C "$media" -cf "$partial/media.tar" .
    echo "media=$(find "$media" -type f | wc -l | tr -d ' ') files" >> "$partial/manifest"
    echo "archived media files from $media"
  else
    echo "media=none" >> "$partial/manifest"
  fi
fi

mv "$partial" "$target"
trap - EXIT
echo "backup written to $target"

if [ -n "${AGROVET_BACKUP_KEEP:-}" ]; then
  ls -1d "$root"/[0-9]*T*Z 2>/dev/null | sort -r | tail -n +"$((AGROVET_BACKUP_KEEP + 1))" | while read -r old; do
    rm -rf "$old" && echo "removed old backup $old"
  done
fi
