#!/usr/bin/env bash
# Load benchmark of the marketplace hot paths (ad detail, search, purchase), direct and through the gateway, with
# wrk on loopback, against 50,000 seeded ads. Starts its own platform (auth, marketplace and the gateway only; state in
# bench/.state-marketplace, ports 18xxx)
# so a running './agrovet up' is untouched. Build first: dotnet build Agrovet.slnx -c Release (./agrovet bench does).
# Usage: bench/marketplace.sh   (ADS=50000 DURATION=15s CONNECTIONS=32 THREADS=2 QUERY=vacuna NARROW_QUERY=vacuna+aftosa)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ADS="${ADS:-50000}" DURATION="${DURATION:-15s}" CONNECTIONS="${CONNECTIONS:-32}" THREADS="${THREADS:-2}" QUERY="${QUERY:-vacuna}" NARROW_QUERY="${NARROW_QUERY:-vacuna+aftosa}"
STATE="$ROOT/bench/.state-marketplace"
OUT="$ROOT/bench/results/marketplace-$(date -u +%Y%m%dT%H%M%SZ).md"
export AGROVET_STATE_DIR="$STATE" AGROVET_ROOT="$ROOT"
export AGROVET_GATEWAY_PORT=18080 AGROVET_AUTH_PORT=18101 AGROVET_MEDIA_PORT=18102 AGROVET_PROFILES_PORT=18103 \
  AGROVET_MARKETPLACE_PORT=18104 AGROVET_CHAT_PORT=18105 AGROVET_FORUM_PORT=18106 AGROVET_COMPUTE_PORT=18107 \
  AGROVET_PG_PORT=18432 AGROVET_REDIS_PORT=18379
export AGROVET_ADMIN_PASSWORD="Bench-Chief-password-1" AGROVET_SERVICES=auth,marketplace
# Budgets high enough that the benchmark measures the gateway, not its rate limiter.
export RateLimiting__Policies__Default__PermitLimit=100000000 RateLimiting__Policies__Strict__PermitLimit=100000000
GW="http://127.0.0.1:$AGROVET_GATEWAY_PORT" AUTH="http://127.0.0.1:$AGROVET_AUTH_PORT" MARKET="http://127.0.0.1:$AGROVET_MARKETPLACE_PORT"

# A fresh platform each run: the seeded table is exactly $ADS ads.
rm -rf "$STATE"
mkdir -p "$STATE" bench/results
dotnet src/AppHost/bin/Release/net10.0/Agrovet.AppHost.dll up > "$STATE/up.log" 2>&1 &
UP=$!
# The platform's data is of no use after the run: stop it and remove its state.
trap 'kill -TERM $UP 2>/dev/null; wait $UP 2>/dev/null || true; rm -rf "$STATE"' EXIT
until grep -q "Agrovet is up" "$STATE/up.log" 2>/dev/null; do
  kill -0 $UP 2>/dev/null || { cat "$STATE/up.log"; echo "platform failed to start" >&2; exit 1; }
  sleep 0.2
done

register() { # role -> prints "id username"
  local user="bench_$1_$(date +%s%N | tail -c 9)"
  local id
  id=$(curl -sf -X POST "$AUTH/api/auth/register/" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"email\":\"$user@example.org\",\"password\":\"Bench-password-1\",\"role\":\"$1\"}" | jq -r .id)
  echo "$id $user"
}
read -r seller_id seller_name < <(register businessman)
read -r _ buyer_name < <(register consumer)
token=$(curl -sf -X POST "$AUTH/api/auth/login/" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$buyer_name\",\"password\":\"Bench-password-1\"}" | jq -r .access)

password=$(jq -r '.role_passwords.marketplace' "$STATE/secrets.json")
seed_start=$(date +%s.%N)
marketplace_db="Host=127.0.0.1;Port=$AGROVET_PG_PORT;Database=marketplace_db;Username=marketplace;Password=$password"
seeded=$(dotnet bench/seed/bin/Release/net10.0/Agrovet.Bench.Seed.dll ads --connection="$marketplace_db" \
  --count="$ADS" --seller-id="$seller_id" --seller-username="$seller_name" | tail -1)
seed_seconds=$(echo "$(date +%s.%N) - $seed_start" | bc)
export AGROVET_BENCH_FIRST_ID AGROVET_BENCH_LAST_ID AGROVET_BENCH_STOCK_AD_ID AGROVET_BENCH_TOKEN="$token" AGROVET_BENCH_QUERY="$QUERY"
AGROVET_BENCH_FIRST_ID=$(jq -r .first_id <<<"$seeded")
AGROVET_BENCH_LAST_ID=$(jq -r .last_id <<<"$seeded")
AGROVET_BENCH_STOCK_AD_ID=$(jq -r .stock_ad_id <<<"$seeded")
matches=$(curl -sf "$MARKET/api/adds/?q=$QUERY&page_size=1" | jq .count)
narrow_matches=$(curl -sf "$MARKET/api/adds/?q=$NARROW_QUERY&page_size=1" | jq .count)
listed=$(curl -sf "$MARKET/api/adds/?page_size=1" | jq .count)

pid_on_port() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
peak_rss_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }

run() { # name url [extra wrk args]
  local name="$1" url="$2"; shift 2
  AGROVET_BENCH_RUN="warm-$RANDOM$RANDOM" wrk -t2 -c8 -d3s "$@" "$url" >/dev/null 2>&1 # warm-up (JIT, pools, cache)
  local out; out=$(AGROVET_BENCH_RUN="run-$RANDOM$RANDOM" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url")
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "$non2xx" | tee -a "$OUT"
}

{
  echo "# Marketplace benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback (after a 3 s warm-up); PostgreSQL, Redis, every service and wrk on the same machine."
  echo "Seeded $ADS ads in ${seed_seconds}s (binary COPY + VACUUM ANALYZE); $listed listed. Ad detail: ids drawn uniformly over all $ADS ads, anonymous, after one read of every ad (memory cache 30 s, Redis 10 min). Search: \`?q=$QUERY\` ($matches matching ads) and \`?q=$NARROW_QUERY\` ($narrow_matches), ranked, page of 20 with the exact count, anonymous; a repeated search reuses its remembered count and best ids (per instance, 10 s, dropped by any change that can move an ad) and reads the page's ads fresh, and the uncached row changes the filter on every request so that each one ranks every match in PostgreSQL. Purchase: 1 unit per request of an ad with 10^9 units, a new Idempotency-Key each, as a signed-in consumer."
  echo
  echo "| endpoint | req/s | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|"
} | tee "$OUT"
# Read every ad once first (as traffic over the whole catalogue would), so the runs measure a warm cache: memory for
# what this instance read in the last 30 s, Redis for the rest. wrk stops the pass when done but waits out -d.
wrk -t2 -c16 -d20s -s bench/scripts/ad-detail-warm.lua "$MARKET" -- 2 >/dev/null 2>&1
run "GET /api/adds/{id}/ (direct)" "$MARKET" -s bench/scripts/ad-detail.lua
run "GET /api/adds/{id}/ (gateway)" "$GW" -s bench/scripts/ad-detail.lua
run "GET /api/adds/?q=$QUERY (direct)" "$MARKET/api/adds/?q=$QUERY"
run "GET /api/adds/?q=$QUERY (gateway)" "$GW/api/adds/?q=$QUERY"
run "GET /api/adds/?q=$QUERY, every request a new filter (direct, uncached)" "$MARKET" -s bench/scripts/search-uncached.lua
run "GET /api/adds/?q=$NARROW_QUERY (direct)" "$MARKET/api/adds/?q=$NARROW_QUERY"
run "GET /api/adds/?q=$NARROW_QUERY (gateway)" "$GW/api/adds/?q=$NARROW_QUERY"
run "POST /api/adds/{id}/purchase/ (direct)" "$MARKET" -s bench/scripts/purchase.lua
run "POST /api/adds/{id}/purchase/ (gateway)" "$GW" -s bench/scripts/purchase.lua

orders=$(curl -sf "$MARKET/api/orders/?role=buyer&page_size=1" -H "Authorization: Bearer $token" | jq .count)
stock=$(curl -sf "$MARKET/api/adds/$AGROVET_BENCH_STOCK_AD_ID/" | jq .stock)
{
  echo
  echo "Load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Purchases check: $orders orders placed; the ad's stock went from 1000000000 to $stock ($((1000000000 - stock)) units sold)."
  echo "Peak RSS (VmHWM) after the runs: marketplace $(peak_rss_mb "$(pid_on_port "$AGROVET_MARKETPLACE_PORT")") MB, gateway $(peak_rss_mb "$(pid_on_port "$AGROVET_GATEWAY_PORT")") MB, redis $(peak_rss_mb "$(pid_on_port "$AGROVET_REDIS_PORT")") MB, postgres (postmaster) $(peak_rss_mb "$(pid_on_port "$AGROVET_PG_PORT")") MB"
} | tee -a "$OUT"
echo "Results written to $OUT"
