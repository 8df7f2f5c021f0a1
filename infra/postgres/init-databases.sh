#!/bin/sh
# Runs once, when the PostgreSQL container initialises an empty data directory (docker-entrypoint-initdb.d):
# a database and a login role per service, and a role can open only its own database (CONNECT is revoked from
# PUBLIC). Passwords come from the environment: AUTH_DB_PASSWORD, MEDIA_DB_PASSWORD, ...
set -eu

create() { # database role password
  [ -n "$3" ] || { echo "init-databases: no password for role $2 (set the variable in infra/.env)" >&2; exit 1; }
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v db="$1" -v role="$2" -v password="$3" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SELECT format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', :'db') \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', :'db', :'role') \gexec
SQL
}

create auth_db auth "${AUTH_DB_PASSWORD:-}"
create media_db media "${MEDIA_DB_PASSWORD:-}"
create profiles_db profiles "${PROFILES_DB_PASSWORD:-}"
create marketplace_db marketplace "${MARKETPLACE_DB_PASSWORD:-}"
# Chat and forum get theirs as soon as their passwords are set (their services are on the way).
if [ -n "${CHAT_DB_PASSWORD:-}" ]; then create chat_db chat "$CHAT_DB_PASSWORD"; fi
if [ -n "${FORUM_DB_PASSWORD:-}" ]; then create foro_db forum "$FORUM_DB_PASSWORD"; fi
# Every new database lets PUBLIC connect unless told otherwise; the maintenance database is the superuser's.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -c 'REVOKE CONNECT ON DATABASE postgres FROM PUBLIC'
