#!/usr/bin/env bash
# Throughput of the media service: 5 MB multipart uploads and GET of a 5 MB file's content, direct and through the
# gateway, with wrk on loopback, and the media service's peak RSS (VmHWM) per phase.
# Starts its own platform (auth, media and the gateway; state in bench/.state-media, removed afterwards; ports 18xxx),
# so a running './agrovet up' is untouched. Build first: dotnet build Agrovet.slnx -c Release (./agrovet bench does).
# Usage: bench/media.sh   (DURATION=10s CONNECTIONS=8 THREADS=2)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DURATION="${DURATION:-10s}" CONNECTIONS="${CONNECTIONS:-8}" THREADS="${THREADS:-2}"
SIZE_MB=5
STATE="$ROOT/bench/.state-media"
OUT="$ROOT/bench/results/media-$(date -u +%Y%m%dT%H%M%SZ).md"
export AGROVET_STATE_DIR="$STATE" AGROVET_ROOT="$ROOT"
export AGROVET_GATEWAY_PORT="${AGROVET_GATEWAY_PORT:-18080}" AGROVET_AUTH_PORT="${AGROVET_AUTH_PORT:-18101}"
export AGROVET_MEDIA_PORT="${AGROVET_MEDIA_PORT:-18102}"
export AGROVET_PG_PORT="${AGROVET_PG_PORT:-18432}" AGROVET_REDIS_PORT="${AGROVET_REDIS_PORT:-18379}"
export AGROVET_ADMIN_PASSWORD="Bench-Chief-password-1" AGROVET_SERVICES=auth,media
# Budgets high enough that the benchmark measures the gateway, not its rate limiter.
export RateLimiting__Policies__Default__PermitLimit=100000000 RateLimiting__Policies__Strict__PermitLimit=100000000
# A fresh platform each run; the media service keeps its files under $AGROVET_STATE_DIR/media.
rm -rf "$STATE"
GW="http://127.0.0.1:$AGROVET_GATEWAY_PORT" AUTH="http://127.0.0.1:$AGROVET_AUTH_PORT" MEDIA="http://127.0.0.1:$AGROVET_MEDIA_PORT"

mkdir -p "$STATE" bench/results
dotnet src/AppHost/bin/Release/net10.0/Agrovet.AppHost.dll up > "$STATE/up.log" 2>&1 &
UP=$!
WORK="$(mktemp -d)"
# The platform's data (gigabytes of uploads) is of no use after the run: stop it and remove its state.
trap 'kill -TERM $UP 2>/dev/null; wait $UP 2>/dev/null || true; rm -rf "$WORK" "$STATE"' EXIT
until grep -q "Agrovet is up" "$STATE/up.log" 2>/dev/null; do
  kill -0 $UP 2>/dev/null || { cat "$STATE/up.log"; echo "platform failed to start" >&2; exit 1; }
  sleep 0.2
done

user="bench_$(date +%s)"
curl -sf -X POST "$AUTH/api/auth/register/" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"email\":\"$user@example.org\",\"password\":\"Bench-password-1\",\"role\":\"consumer\"}" >/dev/null
token=$(curl -sf -X POST "$AUTH/api/auth/login/" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"Bench-password-1\"}" | grep -o '"access":"[^"]*"' | cut -d'"' -f4)

# A 5 MB "video" (an MP4 ftyp header, then random bytes) and the multipart body that uploads it.
boundary="agrovet-bench-$RANDOM$RANDOM"
video="$WORK/video.mp4"
{ printf '\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isommp41'; head -c $((SIZE_MB * 1024 * 1024 - 24)) /dev/urandom; } > "$video"
{
  printf -- '--%s\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nvideo\r\n' "$boundary"
  printf -- '--%s\r\nContent-Disposition: form-data; name="is_public"\r\n\r\ntrue\r\n' "$boundary"
  printf -- '--%s\r\nContent-Disposition: form-data; name="file"; filename="bench.mp4"\r\nContent-Type: video/mp4\r\n\r\n' "$boundary"
  cat "$video"
  printf -- '\r\n--%s--\r\n' "$boundary"
} > "$WORK/upload.body"
export AGROVET_BENCH_BODY="$WORK/upload.body" AGROVET_BENCH_BOUNDARY="$boundary"
media_id=$(curl -sf -X POST "$MEDIA/api/media/" -H "Authorization: Bearer $token" \
  -H "Content-Type: multipart/form-data; boundary=$boundary" --data-binary @"$WORK/upload.body" | grep -o '"id":"[^"]*"' | cut -d'"' -f4)

pid_on_port() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
media_pid=$(pid_on_port "$AGROVET_MEDIA_PORT")
peak_rss_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }
idle_rss_mb=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$media_pid/status")
reset_peak() { echo 5 > "/proc/$1/clear_refs" 2>/dev/null || true; } # Linux: VmHWM starts again from the current RSS.

run() { # name url [extra wrk args]
  local name="$1" url="$2"; shift 2
  wrk -t2 -c4 -d2s -H "Authorization: Bearer $token" "$@" "$url" >/dev/null 2>&1 # warm-up (JIT, pools)
  reset_peak "$media_pid"
  local out; out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $token" "$@" "$url")
  local rps p50 p99 non2xx mbs
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  mbs=$(echo "$rps * $SIZE_MB" | bc)
  printf '| %s | %.1f | %.0f | %s | %s | %s | %s |\n' "$name" "$rps" "$mbs" "$p50" "$p99" "$non2xx" "$(peak_rss_mb "$media_pid")" | tee -a "$OUT"
}

{
  echo "# Media benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback; PostgreSQL, Redis, services and wrk on the same machine. Files of ${SIZE_MB} MB; each upload is streamed to a temporary file, fsynced, renamed, then recorded with its media.created event."
  echo
  echo "| scenario | req/s | MB/s | p50 | p99 | non-2xx | media peak RSS (MB) |"
  echo "|---|---|---|---|---|---|---|"
} | tee "$OUT"
run "POST /api/media/ 5 MB upload (direct)" "$MEDIA/api/media/" -s bench/scripts/upload.lua
run "POST /api/media/ 5 MB upload (gateway)" "$GW/api/media/" -s bench/scripts/upload.lua
run "GET /api/media/{id}/content 5 MB (direct)" "$MEDIA/api/media/$media_id/content"
run "GET /api/media/{id}/content 5 MB (gateway)" "$GW/api/media/$media_id/content"

# One 100 MB video through the gateway: if any layer buffered whole files, the media service's peak RSS would jump by
# at least the file's size.
big="$WORK/big.body"
{
  printf -- '--%s\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nvideo\r\n' "$boundary"
  printf -- '--%s\r\nContent-Disposition: form-data; name="file"; filename="big.mp4"\r\nContent-Type: video/mp4\r\n\r\n' "$boundary"
  printf '\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isommp41'; head -c $((100 * 1024 * 1024 - 24 - 1024)) /dev/urandom
  printf -- '\r\n--%s--\r\n' "$boundary"
} > "$big"
before_big=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$media_pid/status")
reset_peak "$media_pid"
big_status=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -X POST "$GW/api/media/" -H "Authorization: Bearer $token" \
  -H "Content-Type: multipart/form-data; boundary=$boundary" --data-binary @"$big")
big_peak=$(peak_rss_mb "$media_pid")

{
  echo
  echo "One ~100 MB upload through the gateway (status and seconds: $big_status): media RSS $before_big MB before, peak $big_peak MB during."
  echo "Media RSS after start-up and one upload, before the load: $idle_rss_mb MB."
  echo "The media peak RSS column is VmHWM measured per scenario (reset through /proc/<pid>/clear_refs before each). Gateway peak RSS over the run: $(peak_rss_mb "$(pid_on_port "$AGROVET_GATEWAY_PORT")") MB. Files stored during the run: $(find "$STATE/media" -type f | wc -l), $(du -sh "$STATE/media" | cut -f1)."
} | tee -a "$OUT"
echo "Results written to $OUT"
