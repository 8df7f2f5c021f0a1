#!/usr/bin/env bash
# Load benchmark of the auth hot paths, direct and through the gateway, with wrk on loopback.
# Starts its own platform (state in bench/.state, its own ports) so a running './agrovet up' is untouched.
# Usage: ./agrovet bench            (DURATION=15s CONNECTIONS=32 THREADS=2 to change the load)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DURATION="${DURATION:-15s}" CONNECTIONS="${CONNECTIONS:-32}" THREADS="${THREADS:-2}"
STATE="$ROOT/bench/.state"
OUT="$ROOT/bench/results/auth-$(date -u +%Y%m%dT%H%M%SZ).md"
export AGROVET_STATE_DIR="$STATE" AGROVET_ROOT="$ROOT"
export AGROVET_GATEWAY_PORT="${AGROVET_GATEWAY_PORT:-18080}" AGROVET_AUTH_PORT="${AGROVET_AUTH_PORT:-18101}"
export AGROVET_PG_PORT="${AGROVET_PG_PORT:-18432}" AGROVET_REDIS_PORT="${AGROVET_REDIS_PORT:-18379}"
export AGROVET_ADMIN_PASSWORD="Bench-Chief-password-1" AGROVET_SERVICES=auth
# Budgets high enough that the benchmark measures the gateway, not its rate limiter.
export RateLimiting__Policies__Default__PermitLimit=100000000 RateLimiting__Policies__Strict__PermitLimit=100000000
GW="http://127.0.0.1:$AGROVET_GATEWAY_PORT" AUTH="http://127.0.0.1:$AGROVET_AUTH_PORT"

mkdir -p "$STATE" bench/results
start=$(date +%s.%N)
dotnet src/AppHost/bin/Release/net10.0/Agrovet.AppHost.dll up > "$STATE/up.log" 2>&1 &
UP=$!
trap 'kill -TERM $UP 2>/dev/null; wait $UP 2>/dev/null || true' EXIT
until grep -q "Agrovet is up" "$STATE/up.log" 2>/dev/null; do
  kill -0 $UP 2>/dev/null || { cat "$STATE/up.log"; echo "platform failed to start" >&2; exit 1; }
  sleep 0.2
done
up_seconds=$(echo "$(date +%s.%N) - $start" | bc)

user="bench_$(date +%s)"
curl -sf -X POST "$AUTH/api/auth/register/" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"email\":\"$user@example.org\",\"password\":\"Bench-password-1\",\"role\":\"consumer\"}" >/dev/null
token=$(curl -sf -X POST "$AUTH/api/auth/login/" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"Bench-password-1\"}" | grep -o '"access":"[^"]*"' | cut -d'"' -f4)
export AGROVET_BENCH_TOKEN="$token"

pid_on_port() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
peak_rss_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }

run() { # name url [extra wrk args]
  local name="$1" url="$2"; shift 2
  wrk -t2 -c8 -d3s -H "Authorization: Bearer $token" "$@" "$url" >/dev/null 2>&1 # warm-up (JIT, pools)
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $token" "$@" "$url")
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "$non2xx" | tee -a "$OUT"
}

{
  echo "# Auth benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback; PostgreSQL, Redis, services and wrk on the same machine."
  echo "\`./agrovet up\` (already built) to healthy: ${up_seconds}s"
  echo
  echo "| endpoint | req/s | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|"
} | tee "$OUT"
run "GET /api/auth/me/ (direct)" "$AUTH/api/auth/me/"
run "GET /api/auth/me/ (gateway)" "$GW/api/auth/me/"
run "POST /api/auth/token/verify/ (direct)" "$AUTH/api/auth/token/verify/" -s bench/scripts/verify.lua
run "POST /api/auth/token/verify/ (gateway)" "$GW/api/auth/token/verify/" -s bench/scripts/verify.lua

{
  echo
  echo "Peak RSS (VmHWM) after the runs: auth $(peak_rss_mb "$(pid_on_port "$AGROVET_AUTH_PORT")") MB, gateway $(peak_rss_mb "$(pid_on_port "$AGROVET_GATEWAY_PORT")") MB, redis $(peak_rss_mb "$(pid_on_port "$AGROVET_REDIS_PORT")") MB, postgres (postmaster) $(peak_rss_mb "$(pid_on_port "$AGROVET_PG_PORT")") MB"
} | tee -a "$OUT"
echo "Results written to $OUT"
