# Sourced by run.sh and profile.sh: the platform (every service and the gateway, ports 186xx,
# state in bench/.state-pipeline) and bare Kestrel on 18699, both started in the background and stopped on exit.
# Needs ROOT and STATE set; a Release build (dotnet build Agrovet.slnx -c Release).
export AGROVET_STATE_DIR="$STATE" AGROVET_ROOT="$ROOT"
export AGROVET_GATEWAY_PORT=18680 AGROVET_AUTH_PORT=18601 AGROVET_MEDIA_PORT=18602 AGROVET_PROFILES_PORT=18603 \
  AGROVET_MARKETPLACE_PORT=18604 AGROVET_CHAT_PORT=18605 AGROVET_FORUM_PORT=18606 AGROVET_COMPUTE_PORT=18607 \
  AGROVET_PG_PORT=18632 AGROVET_REDIS_PORT=18679
export AGROVET_ADMIN_PASSWORD="Bench-Chief-password-1" AGROVET_SERVICES="${AGROVET_SERVICES:-auth,media,profiles,marketplace,forum,chat,compute}"
# Budgets high enough that the benchmark measures the gateway, not its rate limiter.
export RateLimiting__Policies__Default__PermitLimit=100000000 RateLimiting__Policies__Strict__PermitLimit=100000000
BARE_PORT=18699
BARE="http://127.0.0.1:$BARE_PORT"
url() { echo "http://127.0.0.1:$1"; }
pid_on_port() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }

# name | url | bare Kestrel's path answering the same JSON: the cheapest endpoints of every service (no database, no
# Redis on the way). The gateway's /health/ lists every service's readiness (850 bytes against a service's 66), so bare
# Kestrel answers it with the same list.
TARGETS=(
  "gateway-health|$(url $AGROVET_GATEWAY_PORT)/health/|/health/gateway/"
  "auth-health|$(url $AGROVET_AUTH_PORT)/health/|/health/"
  "media-health|$(url $AGROVET_MEDIA_PORT)/health/|/health/"
  "profiles-health|$(url $AGROVET_PROFILES_PORT)/health/|/health/"
  "marketplace-health|$(url $AGROVET_MARKETPLACE_PORT)/health/|/health/"
  "forum-health|$(url $AGROVET_FORUM_PORT)/health/|/health/"
  "chat-health|$(url $AGROVET_CHAT_PORT)/health/|/health/"
  "compute-health|$(url $AGROVET_COMPUTE_PORT)/health/|/health/"
  "auth-jwks|$(url $AGROVET_AUTH_PORT)/api/auth/.well-known/jwks.json|/health/"
  "marketplace-categories|$(url $AGROVET_MARKETPLACE_PORT)/api/adds/categories/|/health/"
)
if [ -n "${ONLY:-}" ]; then
  selected=()
  for target in "${TARGETS[@]}"; do
    [[ " $ONLY " == *" ${target%%|*} "* ]] && selected+=("$target")
  done
  TARGETS=("${selected[@]}")
fi

rm -rf "$STATE"
mkdir -p "$STATE" "$ROOT/bench/results"
dotnet "$ROOT/src/AppHost/bin/Release/net10.0/Agrovet.AppHost.dll" up > "$STATE/up.log" 2>&1 &
UP=$!
ASPNETCORE_URLS="$BARE" dotnet "$ROOT/bench/pipeline/Bare/bin/Release/net10.0/Agrovet.Bench.Bare.dll" > "$STATE/bare.log" 2>&1 &
BARE_PID=$!
trap 'kill -TERM $BARE_PID $UP 2>/dev/null; wait $UP 2>/dev/null || true; rm -rf "$STATE"' EXIT
until grep -q "Agrovet is up" "$STATE/up.log" 2>/dev/null; do
  kill -0 $UP 2>/dev/null || { cat "$STATE/up.log"; echo "platform failed to start" >&2; exit 1; }
  sleep 0.2
done
until curl -sf "$BARE/health/" >/dev/null; do sleep 0.2; done
