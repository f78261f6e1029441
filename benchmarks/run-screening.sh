#!/usr/bin/env bash
# Screens a file of $IDENTIFIERS identifiers (1,000,000 by default; every 1,000th one listed) through
# POST /api/v1/screenings against the app in Release on its own throwaway PostgreSQL cluster, and times the upload,
# the background screening and the download of the answers. The figures go into docs/benchmarks.md, between the
# "screening" markers.
#
#   bash benchmarks/run-screening.sh          # IDENTIFIERS=1000000
set -euo pipefail
cd "$(dirname "$0")/.."
IDENTIFIERS=${IDENTIFIERS:-1000000}

echo "Building (Release)..."
for project in src/CreditPlatform.Web benchmarks/CheckBench; do
  dotnet build -c Release -v q --nologo -clp:ErrorsOnly "$project"
done
export DOTNET_gcServer=0

work=$(mktemp -d /var/tmp/cp-screen.XXXXXX)
chmod 755 "$work"
bench="dotnet benchmarks/CheckBench/bin/Release/net10.0/CheckBench.dll"
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  $bench down "$work" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

$bench up "$work" > "$work/env"
# shellcheck disable=SC1091
source "$work/env"
port=$(free_port)
api="http://127.0.0.1:$port/api/v1"
ASPNETCORE_ENVIRONMENT=Production Database__MigrateOnStartup=true Demo__Seed=true RateLimiting__ApiPermitsPerSecond=0 \
  Serilog__MinimumLevel__Default=Warning Serilog__MinimumLevel__Override__CreditPlatform=Warning \
  dotnet src/CreditPlatform.Web/bin/Release/net10.0/CreditPlatform.Web.dll --contentRoot "$PWD/src/CreditPlatform.Web" --urls "http://127.0.0.1:$port" \
  > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null

# Resident identity numbers of one area and birth year, with their GB 11643 check characters; every 1,000th is listed.
python3 - "$IDENTIFIERS" "$work" <<'PY'
import json, sys
n, work = int(sys.argv[1]), sys.argv[2]
weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def rin(i):
    day = 1 + (i // 1000) % 28
    month = 1 + (i // 28000) % 12
    year = 1950 + i // 336000
    first = f"330106{year:04d}{month:02d}{day:02d}{i % 1000:03d}"
    return first + "10X98765432"[sum(int(c) * w for c, w in zip(first, weights)) % 11]
listed = []
with open(f"{work}/identifiers.csv", "w") as f:
    f.write("identifier\n")
    for i in range(n):
        r = rin(i)
        f.write(r + "\n")
        if i % 1000 == 0:
            listed.append(r)
json.dump(listed, open(f"{work}/listed.json", "w"))
PY
listed=$(python3 -c "import json; print(len(json.load(open('$work/listed.json'))))")
python3 - "$work" "$api" "$Demo__ApiKey" <<'PY'
import json, sys, urllib.request
work, api, key = sys.argv[1:]
listed = json.load(open(f"{work}/listed.json"))
headers = {"X-Api-Key": key, "Content-Type": "application/json"}
def call_as(key_, method, path, body=None):
    req = urllib.request.Request(api + path, data=json.dumps(body).encode() if body is not None else None,
                                 headers={**headers, "X-Api-Key": key_}, method=method)
    with urllib.request.urlopen(req) as r:
        return json.load(r)
def call(method, path, body=None):
    return call_as(key, method, path, body)
# A list is drafted and approved by a second credential (four eyes), never created in one step.
draft = call("POST", "/tenants/spc/list-drafts", {"code": "SCREENING_BENCH", "name": "核查基准 Screening benchmark", "kind": "black",
                                            "sector": "finance", "scope": "national", "legalBasis": "基准测试 Benchmark",
                                            "defaultDurationDays": 365, "maximumDurationDays": 730, "legalRepresentative": "none",
                                            "measures": ["LOAN", "GOV_TENDER"]})
approver = call("POST", "/api-keys", {"name": "screening benchmark approver", "tenant": "spc", "scopes": ["lists:write", "lists:read"]})
call_as(approver["secret"], "POST", f"/tenants/spc/list-drafts/{draft['id']}/approval")
for r in listed:
    call("POST", "/tenants/spc/lists/SCREENING_BENCH/entries", {"identifier": r, "name": "基准", "kind": "person",
                                                                  "reason": "基准 Benchmark", "documentNumber": "(2026)基准1号"})
PY
bytes=$(stat -c %s "$work/identifiers.csv")
sleep 2

echo "Uploading $IDENTIFIERS identifiers ($bytes bytes)..."
t0=$(date +%s.%N)
location=$(curl -fsS -o "$work/started.json" -w '%header{location}' -H "X-Api-Key: $Demo__ApiKey" -H 'Content-Type: text/csv' \
  --data-binary @"$work/identifiers.csv" "$api/screenings")
t1=$(date +%s.%N)
echo "Screening..."
while ! curl -fsS -H "X-Api-Key: $Demo__ApiKey" "http://127.0.0.1:$port$location" > "$work/progress.json" || ! grep -q '"status":"completed"' "$work/progress.json"; do
  sleep 0.5
done
t2=$(date +%s.%N)
curl -fsS -H "X-Api-Key: $Demo__ApiKey" -o "$work/results.csv" "http://127.0.0.1:$port$location/results"
t3=$(date +%s.%N)
rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app_pid/status")
restricted=$(python3 -c "import json; print(json.load(open('$work/progress.json'))['restricted'])")
lines=$(($(wc -l < "$work/results.csv") - 1))
upload=$(echo "$t1 - $t0" | bc); screen=$(echo "$t2 - $t1" | bc); download=$(echo "$t3 - $t2" | bc)
rate=$(echo "scale=0; $IDENTIFIERS / $screen" | bc)

section=$(cat <<MD
<!-- screening:begin -->
## Bulk screening (POST /api/v1/screenings)

Measured $(date -u +%Y-%m-%d) on $(nproc) cores, app (Release, workstation GC) and PostgreSQL on the same machine, load
average $(cut -d' ' -f1-3 /proc/loadavg) at the end (other work shares these cores). A file of $(printf "%'d" "$IDENTIFIERS") resident identity
numbers ($(printf "%'d" "$bytes") bytes), $listed of them on a national list:

| step | seconds | |
|---|---:|---|
| upload (read as it arrives, hashed, one binary COPY) | $(printf "%.1f" "$upload") | |
| screening in the background, 1,000 a slice | $(printf "%.1f" "$screen") | $(printf "%'d" "$rate") identifiers/s |
| download of the answers (CSV) | $(printf "%.1f" "$download") | $(printf "%'d" "$lines") lines |

The screening found $restricted restricted; every answer is also in \`check_log\` (one decision id per slice). Resident
memory of the app after the run: $rss MiB.

Reproduce: \`bash benchmarks/run-screening.sh\` (variable IDENTIFIERS).
<!-- screening:end -->
MD
)
echo "$section"
if [ "$lines" != "$IDENTIFIERS" ] || [ "$restricted" != "$listed" ]; then
  echo "The answers do not match the file ($lines lines, $restricted restricted, $listed listed); docs/benchmarks.md is left as it was." >&2
  exit 1
fi
python3 - "$section" <<'PY'
import re, sys
path = "docs/benchmarks.md"
text = open(path).read()
section = sys.argv[1]
if "<!-- screening:begin -->" in text:
    text = re.sub(r"<!-- screening:begin -->.*?<!-- screening:end -->", lambda m: section, text, flags=re.S)
else:
    text = text.rstrip() + "\n\n" + section + "\n"
open(path, "w").write(text)
PY
