#!/usr/bin/env bash
# Per-request cost of the shared pipeline: each service's cheapest endpoints against bare Kestrel answering the same
# /health/ JSON, in alternating wrk runs, medians reported. Starts its own platform (every service and the gateway;
# state in bench/.state-pipeline, ports 186xx) so a running './agrovet up' and the
# other benchmarks (18xxx) are untouched. Build first: dotnet build Agrovet.slnx -c Release (./agrovet bench pipeline does).
# Usage: bench/pipeline/run.sh   (ROUNDS=5 DURATION=10s CONNECTIONS=32 THREADS=2 WARMUP=10 LABEL=after ONLY='auth-health gateway-health')
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
ROUNDS="${ROUNDS:-5}" DURATION="${DURATION:-10s}" CONNECTIONS="${CONNECTIONS:-32}" THREADS="${THREADS:-2}" LABEL="${LABEL:-}" WARMUP="${WARMUP:-10}"
STATE="$ROOT/bench/.state-pipeline"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$ROOT/bench/results/pipeline-$STAMP.md"
RAW="$STATE/runs.tsv"
source "$ROOT/bench/pipeline/platform.sh"

# One wrk run; appends "target round side rps p50_ms p99_ms non2xx cpu_us_per_request" to $RAW. The server's CPU
# time per request (utime+stime from /proc over the requests wrk completed) holds still when the machine is busy,
# where req/s follows whatever else runs.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
measure() { # target round side url pid
  local out before after
  before=$(cpu_ticks "$5")
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$4")
  after=$(cpu_ticks "$5")
  awk -v t="$1" -v r="$2" -v s="$3" -v ticks="$((after - before))" -v hz="$(getconf CLK_TCK)" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /requests in/ { n = $1 }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    END { printf "%s\t%s\t%s\t%.0f\t%.3f\t%.3f\t%d\t%.1f\n", t, r, s, rps, p50, p99, bad + 0, n ? ticks / hz * 1e6 / n : 0 }' <<<"$out" | tee -a "$RAW"
}

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
# Warm-up, not recorded: a service's CPU per request keeps falling for its first 10-20 s under load (tiered JIT and
# PGO re-compile the hot path in the background), bare Kestrel's settles within seconds.
for target in "${TARGETS[@]}"; do
  IFS='|' read -r name target_url bare_path <<<"$target"
  wrk -t2 -c32 -d"${WARMUP}s" "$target_url" >/dev/null 2>&1
  wrk -t2 -c32 -d"${WARMUP}s" "$BARE$bare_path" >/dev/null 2>&1
done

for round in $(seq 1 "$ROUNDS"); do
  for target in "${TARGETS[@]}"; do
    IFS='|' read -r name target_url bare_path <<<"$target"
    port="${target_url#http://127.0.0.1:}" port="${port%%/*}"
    pid=$(pid_on_port "$port")
    # Alternate which side goes first, so that a drift in the machine's load does not favour one side.
    if (( round % 2 )); then
      measure "$name" "$round" bare "$BARE$bare_path" "$BARE_PID"
      measure "$name" "$round" service "$target_url" "$pid"
    else
      measure "$name" "$round" service "$target_url" "$pid"
      measure "$name" "$round" bare "$BARE$bare_path" "$BARE_PID"
    fi
  done
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

{
  echo "# Pipeline benchmark $(date -u +%Y-%m-%dT%H:%MZ)${LABEL:+ ($LABEL)}"
  echo
  echo "Machine: $(nproc) cores; wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback, $ROUNDS rounds, bare Kestrel and the"
  echo "service alternating (the order flips every round); medians of the rounds. Load average (1/5/15 min) at the start:"
  echo "$load_start, at the end: $load_end. Commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (with uncommitted changes)')."
  echo
  python3 bench/pipeline/summarize.py "$RAW"
  echo
  echo "Raw runs (target, round, side, req/s, p50 ms, p99 ms, non-2xx, server CPU µs per request):"
  echo
  echo '```'
  cat "$RAW"
  echo '```'
  echo
  echo "RSS after the runs: gateway $(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$(pid_on_port $AGROVET_GATEWAY_PORT)/status") MB, auth $(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$(pid_on_port $AGROVET_AUTH_PORT)/status") MB, bare $(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$BARE_PID/status") MB."
} > "$OUT"
cat "$OUT"
echo "Results written to $OUT"
