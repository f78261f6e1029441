#!/usr/bin/env bash
# Measures POST /api/v1/checks (one identifier, and batches of 1,000) against a bare Kestrel
# endpoint in the same run, with wrk at 64 connections, both servers on 127.0.0.1. The app runs in
# Release against its own throwaway PostgreSQL cluster holding $ENTRIES active list entries (binary
# COPY). The figures go into docs/benchmarks.md, between the "checks" markers.
#
#   bash benchmarks/run-checks.sh            # DURATION=10s CONNECTIONS=64 ENTRIES=100000 by default
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
ENTRIES=${ENTRIES:-100000}
THREADS=${THREADS:-2}

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    echo "wrk is missing: apt-get install -y wrk" >&2
    exit 1
  fi
fi

echo "Building (Release)..."
for project in src/CreditPlatform.Web benchmarks/CheckBench benchmarks/BareKestrel; do
  dotnet build -c Release -v q --nologo -clp:ErrorsOnly "$project"
done

# Both servers run with the workstation garbage collector: on two cores shared with PostgreSQL and
# wrk, the server collector's per-core heaps and spinning threads cost more than they give.
export DOTNET_gcServer=0

work=$(mktemp -d /var/tmp/cp-bench.XXXXXX)
chmod 755 "$work"
bench="dotnet benchmarks/CheckBench/bin/Release/net10.0/CheckBench.dll"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  $bench down "$work" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

$bench up "$work" > "$work/env"
# shellcheck disable=SC1091
source "$work/env"
app_port=$(free_port)
bare_port=$(free_port)

echo "Starting the app on 127.0.0.1:$app_port..."
# Request logging is an Information line per request; under load a deployment logs at Warning.
# The per-key rate limit is off: the run measures the check, not the 429 answer.
ASPNETCORE_ENVIRONMENT=Production Database__MigrateOnStartup=true Demo__Seed=true RateLimiting__ApiPermitsPerSecond=0 \
  Serilog__MinimumLevel__Default=Warning Serilog__MinimumLevel__Override__CreditPlatform=Warning \
  dotnet src/CreditPlatform.Web/bin/Release/net10.0/CreditPlatform.Web.dll --contentRoot "$PWD/src/CreditPlatform.Web" --urls "http://127.0.0.1:$app_port" \
  > "$work/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$app_port/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$app_port/health/ready" >/dev/null

echo "Copying $ENTRIES list entries..."
$bench seed "$ENTRIES" "$work/bodies"
synced=$(date +%s.%N)
for _ in $(seq 1 600); do
  curl -fs -H "X-Api-Key: $Demo__ApiKey" -H 'Content-Type: application/json' --data @"$work/bodies/probe.json" \
    "http://127.0.0.1:$app_port/api/v1/checks" | grep -q '"restricted":true' && break
  sleep 0.1
done
sync_seconds=$(echo "$(date +%s.%N) - $synced" | bc)
echo "The index caught up with the bulk load in ${sync_seconds}s"

echo "Starting the bare Kestrel endpoint on 127.0.0.1:$bare_port..."
ASPNETCORE_ENVIRONMENT=Production dotnet benchmarks/BareKestrel/bin/Release/net10.0/BareKestrel.dll --urls "http://127.0.0.1:$bare_port" \
  > "$work/bare.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
  curl -fs -X POST -H 'Content-Type: application/json' -d '{}' "http://127.0.0.1:$bare_port/api/v1/checks" >/dev/null 2>&1 && break
  sleep 0.5
done

app_pid=${pids[0]}
bare_pid=${pids[1]}
hz=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# run NAME PORT BODY CONNECTIONS DURATION KEY PID: wrk's report goes to $work/NAME.txt, and the
# server's CPU time per request (user + system, in microseconds) to $work/NAME.cpu. CPU per request
# is what a busy, shared machine disturbs least.
run() {
  local threads=$(( $4 < THREADS ? $4 : THREADS ))
  local before after requests
  before=$(cpu_ticks "$7")
  BODY_FILE="$work/bodies/$3" API_KEY="$6" wrk -t"$threads" -c"$4" -d"$5" --timeout 30s --latency -s benchmarks/post.lua \
    "http://127.0.0.1:$2/api/v1/checks" > "$work/$1.txt"
  after=$(cpu_ticks "$7")
  requests=$(awk '/requests in/ {print $1}' "$work/$1.txt")
  echo "scale=0; ($after - $before) * 1000000 / $hz / $requests" | bc > "$work/$1.cpu"
}
cpu() { cat "$work/$1.cpu"; }
rps() { awk '/Requests\/sec/ {print $2}' "$work/$1.txt"; }
# Latency percentile in ms from wrk's distribution ("50%  1.23ms", "99%  850.00us", "1.02s").
pct() {
  awk -v p="$2%" '$1 == p { v = $2; n = v + 0;
    if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000;
    printf "%.2f", n }' "$work/$1.txt"
}
errors() { awk '/Non-2xx|Socket errors/ {print}' "$work/$1.txt" | tr '\n' ' '; }

# Long enough for tiered compilation to reach optimised code on the hot paths (it waits for quiet
# periods, so a server under steady load tiers up slowly).
echo "Warming up..."
run warm-app "$app_port" single.json "$CONNECTIONS" 20s "$Demo__ApiKey" "$app_pid"
run warm-batch "$app_port" batch.json 8 10s "$Demo__ApiKey" "$app_pid"
run warm-bare "$bare_port" single.json "$CONNECTIONS" 10s "" "$bare_pid"

echo "Measuring ($DURATION each)..."
run bare "$bare_port" single.json "$CONNECTIONS" "$DURATION" "" "$bare_pid"
run single "$app_port" single.json "$CONNECTIONS" "$DURATION" "$Demo__ApiKey" "$app_pid"
run reject "$app_port" single.json "$CONNECTIONS" "$DURATION" "cpk_unknown_key" "$app_pid"
run batch "$app_port" batch.json "$CONNECTIONS" "$DURATION" "$Demo__ApiKey" "$app_pid"
run batch1 "$app_port" batch.json 1 "$DURATION" "$Demo__ApiKey" "$app_pid"

ratio=$(echo "scale=1; 100 * $(rps single) / $(rps bare)" | bc)
# A figure over failed requests would measure the error path: every run but "reject" must be all 2xx.
failed=0
for r in bare single batch batch1; do
  if [ -n "$(errors $r)" ]; then echo "$r: $(errors $r)" >&2; failed=1; fi
done
if [ "$failed" = "1" ]; then
  echo "Some requests failed; docs/benchmarks.md is left as it was. The app's log ends with:" >&2
  tail -20 "$work/app.log" >&2
  exit 1
fi

section=$(cat <<MD
<!-- checks:begin -->
## Check API (POST /api/v1/checks)

Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), \
wrk $THREADS threads, $CONNECTIONS connections, $DURATION per run, app, bare endpoint, wrk and PostgreSQL on the same machine.
The app runs in Release with $ENTRIES active entries on COURT_DEFAULTERS (plus the demo lists); every
identifier checked is also written to \`check_log\` (binary COPY from a background queue) during the run.
Request logging is at Warning for the run (an Information line per request otherwise); both servers
use the workstation garbage collector (\`DOTNET_gcServer=0\`) and are warmed up before measuring.

| run | requests/s | identifiers/s | p50 (ms) | p99 (ms) | server CPU per request (µs) |
|---|---:|---:|---:|---:|---:|
| bare Kestrel endpoint, same body as single | $(rps bare) | | $(pct bare 50) | $(pct bare 99) | $(cpu bare) |
| check, 1 identifier, $CONNECTIONS connections | $(rps single) | $(rps single) | $(pct single 50) | $(pct single 99) | $(cpu single) |
| same request with an unknown key (401: the fast path steps aside, the whole endpoint pipeline answers) | $(rps reject) | | $(pct reject 50) | $(pct reject 99) | $(cpu reject) |
| check, batch of 1,000, $CONNECTIONS connections | $(rps batch) | $(echo "$(rps batch) * 1000" | bc) | $(pct batch 50) | $(pct batch 99) | $(cpu batch) |
| check, batch of 1,000, 1 connection | $(rps batch1) | $(echo "$(rps batch1) * 1000" | bc) | $(pct batch1 50) | $(pct batch1 99) | $(cpu batch1) |

Single-identifier checks reach **${ratio}%** of the bare endpoint's requests/s (target ≥ 60%, p99 < 10 ms);
by CPU time per request the check costs $(echo "scale=1; $(cpu single) / $(cpu bare)" | bc)× the bare endpoint. The 401 row goes through the whole
endpoint pipeline (request log, status pages, routing, tenant resolution, authentication, authorisation,
problem details), as every check did before \`CheckFastPath\`: $(cpu reject) µs.
Load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg) (other work shares these cores; figures vary with it).
A batch of 1,000 takes **$(pct batch1 50) ms** at the median on one connection (target < 20 ms); at
$CONNECTIONS connections the batch latency is mostly queueing for the two cores.
After copying $ENTRIES entries in one transaction, a check saw the last of them ${sync_seconds} s later
(the index reloads when a notification burst is larger than 5,000 entries).

Reproduce: \`bash benchmarks/run-checks.sh\` (variables DURATION, CONNECTIONS, ENTRIES, THREADS).
<!-- checks:end -->
MD
)

mkdir -p docs
doc=docs/benchmarks.md
if [ ! -f "$doc" ]; then
  printf '# Benchmarks\n\nFigures measured on this project'"'"'s machines; each section says how to reproduce it.\n\n' > "$doc"
fi
if grep -q '<!-- checks:begin -->' "$doc"; then
  python3 - "$doc" "$section" <<'PY'
import re, sys
path, section = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
text = re.sub(r"<!-- checks:begin -->.*?<!-- checks:end -->", lambda _: section, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
else
  printf '%s\n' "$section" >> "$doc"
fi
echo "$section"
