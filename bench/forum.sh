#!/usr/bin/env bash
# Load benchmark of the forum: feeds (new and hot, pages 1 to 50 by following next links, exact count), a 1,000-comment
# thread of depth 50, and voting throughput with exact totals, direct and through the gateway, with wrk on loopback,
# against 100,000 posts, 1,000,000 votes, 10,000 users and 50 communities seeded by bench/forum/seed.sql. Starts its
# own platform (auth, forum and the gateway; state in bench/.state-forum, ports 19xxx) so a running './agrovet up' is
# untouched. Build first: dotnet build Agrovet.slnx -c Release.
# Usage: bench/forum.sh   (POSTS=100000 VOTES=1000000 USERS=10000 COMMUNITIES=50 DURATION=15s CONNECTIONS=32 THREADS=2)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
POSTS="${POSTS:-100000}" VOTES="${VOTES:-1000000}" USERS="${USERS:-10000}" COMMUNITIES="${COMMUNITIES:-50}"
DURATION="${DURATION:-15s}" CONNECTIONS="${CONNECTIONS:-32}" THREADS="${THREADS:-2}"
STATE="$ROOT/bench/.state-forum"
OUT="$ROOT/bench/results/forum-$(date -u +%Y%m%dT%H%M%SZ).md"
export AGROVET_STATE_DIR="$STATE" AGROVET_ROOT="$ROOT"
export AGROVET_GATEWAY_PORT=19080 AGROVET_AUTH_PORT=19101 AGROVET_MEDIA_PORT=19102 AGROVET_PROFILES_PORT=19103 \
  AGROVET_MARKETPLACE_PORT=19104 AGROVET_CHAT_PORT=19105 AGROVET_FORUM_PORT=19106 AGROVET_COMPUTE_PORT=19107 \
  AGROVET_PG_PORT=19432 AGROVET_REDIS_PORT=19379
export AGROVET_ADMIN_PASSWORD="Bench-Chief-password-1" AGROVET_SERVICES=auth,forum
export RateLimiting__Policies__Default__PermitLimit=100000000 RateLimiting__Policies__Strict__PermitLimit=100000000
GW="http://127.0.0.1:$AGROVET_GATEWAY_PORT" AUTH="http://127.0.0.1:$AGROVET_AUTH_PORT" FORUM="http://127.0.0.1:$AGROVET_FORUM_PORT"

rm -rf "$STATE"
mkdir -p "$STATE" bench/results
dotnet src/AppHost/bin/Release/net10.0/Agrovet.AppHost.dll up > "$STATE/up.log" 2>&1 &
UP=$!
trap 'kill -TERM $UP 2>/dev/null; wait $UP 2>/dev/null || true; rm -rf "$STATE"' EXIT
until grep -q "Agrovet is up" "$STATE/up.log" 2>/dev/null; do
  kill -0 $UP 2>/dev/null || { cat "$STATE/up.log"; echo "platform failed to start" >&2; exit 1; }
  sleep 0.2
done

user="bench_voter_$(date +%s%N | tail -c 9)"
curl -sf -X POST "$AUTH/api/auth/register/" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"email\":\"$user@example.org\",\"password\":\"Bench-password-1\",\"role\":\"consumer\"}" >/dev/null
token=$(curl -sf -X POST "$AUTH/api/auth/login/" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"Bench-password-1\"}" | jq -r .access)

password=$(jq -r '.role_passwords.forum' "$STATE/secrets.json")
seed_start=$(date +%s.%N)
seeded=$(PGPASSWORD="$password" psql -h 127.0.0.1 -p "$AGROVET_PG_PORT" -U forum -d foro_db -qAt -F ' ' \
  -v users="$USERS" -v communities="$COMMUNITIES" -v posts="$POSTS" -v votes="$VOTES" -f bench/forum/seed.sql | tail -1)
seed_seconds=$(echo "$(date +%s.%N) - $seed_start" | bc)
read -r thread_post first_id last_id <<<"$seeded"
export AGROVET_BENCH_FIRST_ID="$first_id" AGROVET_BENCH_LAST_ID="$last_id" AGROVET_BENCH_TOKEN="$token"
count=$(curl -sf "$FORUM/api/foro/posts/?community=all&sort=new&page_size=1" | jq .count)
# The thread answers whole once before it is loaded (a body cut mid-answer still starts with 200).
curl -sf "$FORUM/api/foro/posts/$thread_post/comments/?depth=50&limit=1000&sort=best" | jq -e '.count == 1000' >/dev/null \
  || { echo "the 1,000-comment thread does not come back whole: see $STATE/logs/forum.log" >&2; exit 1; }
votes_before=$(PGPASSWORD="$password" psql -h 127.0.0.1 -p "$AGROVET_PG_PORT" -U forum -d foro_db -qAt -c "SELECT count(*) FROM post_votes")

pid_on_port() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
peak_rss_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }

run() { # name url [extra wrk args]
  local name="$1" url="$2"; shift 2
  wrk -t2 -c8 -d3s "$@" "$url" >/dev/null 2>&1
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url")
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "$non2xx" | tee -a "$OUT"
}

{
  echo "# Forum benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback after a 3 s warm-up; PostgreSQL, Redis, every service and wrk on the same machine."
  echo "Seeded $POSTS posts ($count counted by the feed), $votes_before votes, $USERS users, $COMMUNITIES communities and a 1,000-comment thread of depth 50 in ${seed_seconds}s. Feeds: anonymous, all communities, 20 a page, each connection following next links from page 1 to 50 and over again. Thread: ?depth=50&limit=1000&sort=best. Votes: random post, random value (+1, -1, 0), one signed-in user."
  echo
  echo "| endpoint | req/s | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|"
} > "$OUT"

for base in "$FORUM" "$GW"; do
  where=$([[ $base == "$FORUM" ]] && echo direct || echo gateway)
  AGROVET_BENCH_SORT=new run "feed new p1-50 ($where)" "$base" -s bench/forum/feed-pages.lua
  AGROVET_BENCH_SORT=hot run "feed hot p1-50 ($where)" "$base" -s bench/forum/feed-pages.lua
  run "thread 1,000 comments ($where)" "$base/api/foro/posts/$thread_post/comments/?depth=50&limit=1000&sort=best"
  run "vote ($where)" "$base" -s bench/forum/vote.lua
done

# Exact totals after the voting runs: every post's ups/downs equal its votes.
mismatches=$(PGPASSWORD="$password" psql -h 127.0.0.1 -p "$AGROVET_PG_PORT" -U forum -d foro_db -qAt -c "
  SELECT count(*) FROM posts AS p LEFT JOIN (
    SELECT post_id, count(*) FILTER (WHERE value = 1) AS ups, count(*) FILTER (WHERE value = -1) AS downs FROM post_votes GROUP BY post_id) AS v
  ON v.post_id = p.id WHERE p.ups <> coalesce(v.ups, 0) OR p.downs <> coalesce(v.downs, 0)")
{
  echo
  echo "Posts whose totals differ from their votes after the runs: $mismatches."
  echo "Peak RSS: forum $(peak_rss_mb "$(pid_on_port "$AGROVET_FORUM_PORT")") MB, gateway $(peak_rss_mb "$(pid_on_port "$AGROVET_GATEWAY_PORT")") MB."
} | tee -a "$OUT"
