#!/usr/bin/env bash
# Runs every benchmark of design.md §6 and rewrites docs/benchmarks.md (and the README's summary table):
#   1. check API vs a bare Kestrel endpoint (benchmarks/run-checks.sh, its own cluster);
#   2. a generated national-scale data set (benchmarks/CreditPlatform.DataGenerator, binary COPY);
#   3. start-up time and resident memory of the app over that data set (check index loaded);
#   4. set-based score recompute of every subject from the ledger (which also gives every score row its running state);
#   5. ingestion through POST /events/batch vs binary COPY of the same rows, same run;
#   6. table sizes (bytes per row, for docs/scaling.md);
#   7. the Domain engine and tier mapper (BenchmarkDotNet, short job).
#
#   bash benchmarks/run-all.sh                 # 10 tenants, 1M subjects, 10M entries, 1M list entries
#   SMALL=1 bash benchmarks/run-all.sh         # a hundredth of that, for a quick run
#   CITUS=1 SMALL=1 bash benchmarks/run-all.sh # then steps 2-6 again on a Citus coordinator and two workers on this
#                                              # machine (same data set, same run), plus shard sizes and the cost of
#                                              # moving and isolating the largest tenant: docs/benchmarks.md, "On Citus"
# Variables: TENANTS SUBJECTS ENTRIES LIST_ENTRIES EVENTS BATCH PARALLEL SKIP_CHECKS=1 SKIP_ENGINE=1 CITUS=1
#   PROFILE=<dir>: log every statement during ingestion (log_min_duration_statement = 0) and write the log and its
#   summary per statement (benchmarks/profile-statements.py) into <dir>; the figures of such a run include the
#   logging's own cost, so they are not written to the docs.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

size_args=()
if [ "${SMALL:-0}" = "1" ]; then size_args+=(--small); fi
for pair in tenants:TENANTS subjects:SUBJECTS entries:ENTRIES list-entries:LIST_ENTRIES; do
  variable=${pair#*:}
  if [ -n "${!variable:-}" ]; then size_args+=("--${pair%%:*}" "${!variable}"); fi
done
EVENTS=${EVENTS:-200000}
BATCH=${BATCH:-10000}
PARALLEL=${PARALLEL:-2}

if [ "${SKIP_CHECKS:-0}" != "1" ]; then
  DURATION=${DURATION:-10s} bash benchmarks/run-checks.sh
fi

echo "Building (Release)..."
for project in src/CreditPlatform.Web benchmarks/CheckBench benchmarks/CreditPlatform.DataGenerator benchmarks/CreditPlatform.Benchmarks; do
  dotnet build -c Release -v q --nologo -clp:ErrorsOnly "$project"
done
export DOTNET_gcServer=${DOTNET_gcServer:-0}

work=$(mktemp -d /var/tmp/cp-all.XXXXXX)
chmod 755 "$work"
bench="dotnet benchmarks/CheckBench/bin/Release/net10.0/CheckBench.dll"
generator="dotnet benchmarks/CreditPlatform.DataGenerator/bin/Release/net10.0/CreditPlatform.DataGenerator.dll"
app_pid=""
cleanup() {
  status=$?
  if [ "$status" != "0" ] && [ -f "$work/app.log" ]; then
    echo "The run failed ($status); the app's log ends with:" >&2
    grep -v '^\s*$' "$work/app.log" | tail -40 >&2
  fi
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  $bench down "$work/citus" >/dev/null 2>&1 || true
  $bench down "$work" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

$bench up "$work" > "$work/env"
# shellcheck disable=SC1091
source "$work/env"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"

start_app() {
  ASPNETCORE_ENVIRONMENT=Production Database__MigrateOnStartup=true Demo__Seed=true RateLimiting__ApiPermitsPerSecond=0 \
    Serilog__MinimumLevel__Default=Warning Serilog__MinimumLevel__Override__CreditPlatform=Warning \
    dotnet src/CreditPlatform.Web/bin/Release/net10.0/CreditPlatform.Web.dll --contentRoot "$PWD/src/CreditPlatform.Web" --urls "$url" >> "$work/app.log" 2>&1 &
  app_pid=$!
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }
wait_ready() {
  for _ in $(seq 1 1200); do
    curl -fs "$url/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "The app did not become ready; see the log:" >&2; tail -50 "$work/app.log" >&2; exit 1
}
restricted() {
  curl -fs -H "X-Api-Key: $Demo__ApiKey" -H 'Content-Type: application/json' --data @"$work/probe.json" "$url/api/v1/checks" 2>/dev/null \
    | grep -q '"restricted":true'
}
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$app_pid/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }
# PostgreSQL's CPU time: the postmaster with its reaped children, plus every live backend and worker.
pg_ticks() {
  local master total p
  master=$(head -1 "$work/pg/postmaster.pid")
  total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$master/stat")
  for p in $(cat /proc/"$master"/task/*/children 2>/dev/null); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
# psql as the cluster's superuser, from the owner's connection string the cluster printed.
owner_psql() {
  local cs="$ConnectionStrings__Default" field
  field() { echo "$cs" | tr ';' '\n' | sed -n "s/^$1=//Ip" | head -1; }
  PGPASSWORD=$(field Password) psql -X -q -h "$(field Host)" -p "$(field Port)" -U "$(field Username)" -d "$(field Database)" "$@"
}
value() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" "$work/$1.txt" | head -1; }

echo "Migrating and seeding..."
start_app; wait_ready; stop_app

echo "Generating the data set (${size_args[*]:-full size})..."
gen_started=$(date +%s.%N)
$generator generate "${size_args[@]}" --probe "$work/probe.json" | tee "$work/generate.txt"
gen_seconds=$(echo "$(date +%s.%N) - $gen_started" | bc)

echo "Starting the app over the data set..."
boot=$(date +%s.%N)
start_app; wait_ready
ready_seconds=$(echo "$(date +%s.%N) - $boot" | bc)
for _ in $(seq 1 1800); do restricted && break; sleep 0.1; done
restricted
index_seconds=$(echo "$(date +%s.%N) - $boot" | bc)
rss_loaded=$(rss_mib)
echo "Ready in ${ready_seconds}s, index loaded in ${index_seconds}s, RSS ${rss_loaded} MiB"

# Before ingestion, so every subject's score row holds its running state, as in a running system (the generated
# data set is copied in without score rows).
echo "Recomputing every score..."
$generator recompute | tee "$work/recompute.txt"

echo "Ingesting $EVENTS events through the batch API..."
if [ -n "${PROFILE:-}" ]; then
  mkdir -p "$PROFILE"
  log_start=$(stat -c %s "$work/pg/server.log")
  owner_psql -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" >/dev/null
fi
loadavg_ingest=$(cut -d' ' -f1-3 /proc/loadavg)
gen_tenants=$(value generate tenants); gen_subjects=$(value generate subjects)
ticks_before=$(cpu_ticks)
pg_ticks_before=$(pg_ticks)
$generator ingest --url "$url" --events "$EVENTS" --batch "$BATCH" --parallel "$PARALLEL" \
  --tenants "$gen_tenants" --subjects "$gen_subjects" --warmup "$BATCH" | tee "$work/ingest.txt"
rss_after=$(rss_mib)
# The app's own CPU time (user + system) over the ingestion step, warm-up batch included, per event sent.
cpu_us_per_event=$(echo "($(cpu_ticks) - $ticks_before) * 1000000 / $(getconf CLK_TCK) / ($EVENTS + $BATCH)" | bc)
# PostgreSQL's CPU time over the same step (the COPY baseline of the same rows included), per event sent.
pg_us_per_event=$(echo "($(pg_ticks) - $pg_ticks_before) * 1000000 / $(getconf CLK_TCK) / ($EVENTS + $BATCH)" | bc)
echo "CPU per event: app ${cpu_us_per_event} µs, PostgreSQL ${pg_us_per_event} µs (load average at start ${loadavg_ingest})"
if [ -n "${PROFILE:-}" ]; then
  owner_psql -c "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" >/dev/null
  tail -c +"$((log_start + 1))" "$work/pg/server.log" > "$PROFILE/statements.log"
  cp "$work/ingest.txt" "$PROFILE/"
  echo "app_cpu_us_per_event=$cpu_us_per_event pg_cpu_us_per_event=$pg_us_per_event loadavg=$loadavg_ingest rss_after_mib=$(rss_mib)" > "$PROFILE/cpu.txt"
  python3 benchmarks/profile-statements.py "$PROFILE/statements.log" "$(( EVENTS / BATCH + 1 ))" | tee "$PROFILE/summary.txt"
fi

$generator sizes | tee "$work/sizes.txt"

# wrk with one listed identifier per request against the app: single-node and Citus figures of the same run.
check_run() {
  local before after
  if ! command -v wrk >/dev/null; then echo "wrk is not installed: no check figures (apt-get install -y wrk)"; return 0; fi
  before=$(cpu_ticks)
  BODY_FILE="$work/probe.json" API_KEY="$Demo__ApiKey" wrk -t2 -c64 -d"${CHECK_DURATION:-10s}" --timeout 30s --latency -s benchmarks/post.lua \
    "$url/api/v1/checks" > "$work/$1.txt"
  after=$(cpu_ticks)
  echo "scale=0; ($after - $before) * 1000000 / $(getconf CLK_TCK) / $(awk '/requests in/ {print $1}' "$work/$1.txt")" | bc > "$work/$1.cpu"
}
if [ "${CITUS:-0}" = "1" ]; then
  echo "Checks against the single node..."
  check_run checks-single
fi
stop_app

if [ "${CITUS:-0}" = "1" ]; then
  echo "=== The same on Citus: a coordinator and two workers on this machine ==="
  single_env=$(cat "$work/env")
  $bench down "$work" >/dev/null
  mkdir -p "$work/citus"; chmod 755 "$work/citus"
  $bench up-citus "$work/citus" > "$work/citus-env"
  # shellcheck disable=SC1091
  source "$work/citus-env"
  start_app; wait_ready; stop_app
  citus_gen_started=$(date +%s.%N)
  $generator generate "${size_args[@]}" --probe "$work/probe.json" | tee "$work/citus-generate.txt"
  citus_gen_seconds=$(echo "$(date +%s.%N) - $citus_gen_started" | bc)
  boot=$(date +%s.%N)
  start_app; wait_ready
  for _ in $(seq 1 1800); do restricted && break; sleep 0.1; done
  restricted
  citus_index_seconds=$(echo "$(date +%s.%N) - $boot" | bc)
  $generator recompute | tee "$work/citus-recompute.txt"
  loadavg_citus=$(cut -d' ' -f1-3 /proc/loadavg)
  ticks_before=$(cpu_ticks)
  $generator ingest --url "$url" --events "$EVENTS" --batch "$BATCH" --parallel "$PARALLEL" \
    --tenants "$gen_tenants" --subjects "$gen_subjects" --warmup "$BATCH" | tee "$work/citus-ingest.txt"
  citus_cpu_us_per_event=$(echo "($(cpu_ticks) - $ticks_before) * 1000000 / $(getconf CLK_TCK) / ($EVENTS + $BATCH)" | bc)
  echo "Checks against the coordinator..."
  check_run checks-citus
  stop_app
  $bench citus-report | tee "$work/citus-report.txt"
  python3 benchmarks/write-citus-report.py "$work" "$gen_seconds" "$citus_gen_seconds" "$index_seconds" "$citus_index_seconds" \
    "$cpu_us_per_event" "$citus_cpu_us_per_event" "$loadavg_ingest" "$loadavg_citus"
  $bench down "$work/citus" >/dev/null
  eval "$single_env"
fi

engine_table="(skipped)"
if [ "${SKIP_ENGINE:-0}" != "1" ]; then
  echo "Domain engine (BenchmarkDotNet)..."
  # In process: the short job needs no generated project (which BenchmarkDotNet would otherwise build per run).
  (cd benchmarks/CreditPlatform.Benchmarks && dotnet bin/Release/net10.0/CreditPlatform.Benchmarks.dll \
    --filter '*' --job short --inProcess --exporters github --artifacts "$work/bdn" > "$work/bdn.log" 2>&1) || tail -30 "$work/bdn.log"
  engine_table=$(cat "$work"/bdn/results/*-report-github.md 2>/dev/null | grep '^|' || echo "(BenchmarkDotNet failed; see its log)")
fi

if [ -n "${PROFILE:-}" ]; then
  echo "Profile in $PROFILE (figures not written to the docs: statement logging slows the run)."
  exit 0
fi
python3 benchmarks/write-report.py "$work" "$gen_seconds" "$ready_seconds" "$index_seconds" "$rss_loaded" "$rss_after" \
  "$loadavg_ingest" "$engine_table" "$(( $(date +%s) - started ))" "$cpu_us_per_event"
