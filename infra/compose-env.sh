#!/bin/sh
# Prints an env file for infra/docker-compose.yml with a fresh random password for every role, Redis and the admin:
#   infra/compose-env.sh > infra/.env && chmod 600 infra/.env
set -eu
secret() { head -c 24 /dev/urandom | base64 | tr -d '/+=' | cut -c1-28; }
cat <<ENV
POSTGRES_PASSWORD=$(secret)
AUTH_DB_PASSWORD=$(secret)
MEDIA_DB_PASSWORD=$(secret)
PROFILES_DB_PASSWORD=$(secret)
MARKETPLACE_DB_PASSWORD=$(secret)
CHAT_DB_PASSWORD=$(secret)
FORUM_DB_PASSWORD=$(secret)
REDIS_PASSWORD=$(secret)
GRAFANA_ADMIN_PASSWORD=$(secret)
AGROVET_ADMIN_PASSWORD=Agrovet-$(secret)
AGROVET_TAG=latest
ENV
