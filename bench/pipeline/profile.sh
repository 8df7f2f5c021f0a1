#!/usr/bin/env bash
# CPU profile of one service under wrk load: perf samples (cpu-clock, frame-pointer stacks; the runtime writes
# /tmp/perf-<pid>.map so JIT-compiled frames have names), summed into what the shared pipeline spends per request.
# Same platform as run.sh (ports 186xx, state in bench/.state-pipeline). Needs perf (Debian 'linux-perf').
# Usage: bench/pipeline/profile.sh [target]   (bare, or a target of run.sh's list; default auth-health; SECONDS_=20 CONNECTIONS=32 WARMUP=15)
# On a busy machine give the warm-up longer (WARMUP=60): with ReadyToRun off every framework method is JIT-compiled first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
TARGET="${1:-auth-health}" PROFILE_SECONDS="${SECONDS_:-20}" CONNECTIONS="${CONNECTIONS:-32}" LABEL="${LABEL:-}" WARMUP="${WARMUP:-15}"
STATE="$ROOT/bench/.state-pipeline"
OUT="$ROOT/bench/results/pipeline-profile-$TARGET-$(date -u +%Y%m%dT%H%M%SZ).md"
command -v perf >/dev/null || { echo "perf is missing: apt-get install linux-perf" >&2; exit 1; }
# Frames get names: the runtime lists JIT-compiled code in /tmp/perf-<pid>.map (in anonymous memory, so W^X's double
# mapping off), and framework code is JIT-compiled rather than run precompiled (ReadyToRun), which perf cannot name.
export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 DOTNET_ReadyToRun=0
ONLY="$TARGET"
service="${TARGET%%-*}"
[ "$service" = gateway ] || [ "$service" = bare ] || export AGROVET_SERVICES="$service" # the gateway always runs
[ "$service" = bare ] && export AGROVET_SERVICES=auth
source "$ROOT/bench/pipeline/platform.sh"
if [ "$TARGET" = bare ]; then
  target_url="$BARE/health/" pid=$BARE_PID
else
  [ ${#TARGETS[@]} -eq 1 ] || { echo "unknown target $TARGET (bare, or one of run.sh's)" >&2; exit 1; }
  IFS='|' read -r _ target_url _ <<<"${TARGETS[0]}"
  port="${target_url#http://127.0.0.1:}"; port="${port%%/*}"
  pid=$(pid_on_port "$port")
fi

wrk -t2 -c8 -d"${WARMUP}s" "$target_url" >/dev/null 2>&1 # warm-up: tiered JIT settles before sampling
wrk -t2 -c"$CONNECTIONS" -d"$((PROFILE_SECONDS + 3))s" "$target_url" > "$STATE/wrk.txt" &
WRK=$!
sleep 1
perf record -F 999 -e cpu-clock -g -p "$pid" -o "$STATE/perf.data" -- sleep "$PROFILE_SECONDS" 2> "$STATE/perf-record.log"
wait $WRK
perf script -i "$STATE/perf.data" > "$STATE/perf.script" 2> /dev/null

{
  echo "# Pipeline profile: $TARGET $(date -u +%Y-%m-%dT%H:%MZ)${LABEL:+ ($LABEL)}"
  echo
  echo "\`$target_url\` under wrk -t2 -c$CONNECTIONS; perf cpu-clock at 999 Hz on the service process (pid $pid) for ${PROFILE_SECONDS}s."
  echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg). Commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (with uncommitted changes)')."
  echo "wrk during the profile: $(awk '/Requests\/sec/ {print $2}' "$STATE/wrk.txt") req/s."
  echo
  python3 bench/pipeline/stacks.py "$STATE/perf.script"
} > "$OUT"
mkdir -p "$ROOT/bench/.state-profiles"
cp "$STATE/perf.script" "$ROOT/bench/.state-profiles/$TARGET.perf.script"
cat "$OUT"
echo "Profile written to $OUT; stacks kept in bench/.state-profiles/$TARGET.perf.script"
