"""Writes the "On Citus" section of docs/benchmarks.md from run-all.sh's CITUS=1 outputs (single node and cluster, one run)."""
import os
import re
import sys
from datetime import datetime, timezone

work, gen_single, gen_citus, index_single, index_citus, cpu_single, cpu_citus, load_single, load_citus = sys.argv[1:10]


def fields(name, kind=None):
    rows = []
    for line in open(os.path.join(work, name + ".txt"), encoding="utf-8"):
        parts = line.split()
        if not parts or (kind and parts[:2] != kind.split()):
            continue
        pairs = dict(p.split("=", 1) for p in parts if "=" in p)
        if pairs:
            rows.append(pairs)
    return rows


def wrk(name):
    path = os.path.join(work, name + ".txt")
    if not os.path.exists(path):
        return None
    text = open(path, encoding="utf-8").read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p99 = re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1)
    errors = "Non-2xx" in text or "Socket errors" in text
    cpu = open(os.path.join(work, name + ".cpu"), encoding="utf-8").read().strip()
    return rps, p99, cpu, errors


gen = fields("generate")[0]
ing_s, ing_c = fields("ingest")[0], fields("citus-ingest")[0]
rec_s, rec_c = fields("recompute")[0], fields("citus-recompute")[0]
chk_s, chk_c = wrk("checks-single"), wrk("checks-citus")
nodes = fields("citus-report", "citus node")
tables = fields("citus-report", "citus table")
move = fields("citus-report", "citus move")[0]
isolate = fields("citus-report", "citus isolate")[0]
sizes = {r["table"]: r for r in fields("sizes")}
today = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
command = " ".join(["CITUS=1"] + [f"{v}={os.environ[v]}" for v in ("SMALL", "TENANTS", "SUBJECTS", "ENTRIES", "LIST_ENTRIES", "EVENTS")
                                  if os.environ.get(v)] + ["bash benchmarks/run-all.sh"])


def mib(b):
    return f"{int(b) / 1048576:,.1f} MiB"


def ratio(a, b):
    return f"{float(a) / float(b):.2f}"


lines = [
    "<!-- citus:begin -->",
    "## On Citus (a coordinator and two workers on this machine)",
    "",
    f"Measured {today} by `{command}` with the data set {gen['tenants']} tenant{'' if gen['tenants'] == '1' else 's'}, "
    f"{int(gen['subjects']):,} subjects, {int(gen['entries']):,} ledger entries, {int(gen['list_entries']):,} list entries, "
    "first on the single node, then on a Citus 13.2 coordinator with two workers, all three clusters on the same 2 cores "
    "(with the app and the load generator). Load average while ingesting: single node "
    f"{load_single}, Citus {load_citus} (other engineers' work shares these cores: compare the two columns, not runs).",
    "",
    "| measure | single node | Citus (coordinator + 2 workers) | Citus / single |",
    "|---|---:|---:|---:|",
    f"| ingestion, POST /events/batch (events/s) | {float(ing_s['api_events_per_s']):,.0f} | {float(ing_c['api_events_per_s']):,.0f} | {ratio(ing_c['api_events_per_s'], ing_s['api_events_per_s'])} |",
    f"| app CPU per ingested event (µs) | {cpu_single} | {cpu_citus} | {ratio(cpu_citus, cpu_single)} |",
    f"| score recompute of every subject (s) | {float(rec_s['seconds']):.1f} | {float(rec_c['seconds']):.1f} | {ratio(rec_c['seconds'], rec_s['seconds'])} |",
    f"| generating the data set by binary COPY (s) | {float(gen_single):.1f} | {float(gen_citus):.1f} | {ratio(gen_citus, gen_single)} |",
    f"| start-up to a loaded check index (s) | {float(index_single):.1f} | {float(index_citus):.1f} | {ratio(index_citus, index_single)} |",
]
if chk_s and chk_c:
    lines += [
        f"| checks, 1 identifier, 64 connections (requests/s) | {chk_s[0]:,.0f} | {chk_c[0]:,.0f} | {chk_c[0] / chk_s[0]:.2f} |",
        f"| checks: p99 latency | {chk_s[1]} | {chk_c[1]} | |",
        f"| checks: app CPU per request (µs) | {chk_s[2]} | {chk_c[2]} | {ratio(chk_c[2], chk_s[2])} |",
    ]
lines += [""]
if not (chk_s and chk_c):
    lines += ["wrk was not installed for this run: no check throughput (the index load time above is the check path's part "
              "that touches the database; checks themselves answer from memory on either).", ""]
elif chk_s[3] or chk_c[3]:
    lines += ["Some check requests were not answered 2xx in this run; the check rows above are not valid.", ""]
lines += [
    "Shards per node (distributed tables, all co-located by `tenant_id`, and `check_log` by id):",
    "",
    "| worker port | shards | bytes |",
    "|---|---:|---:|",
]
lines += [f"| {n['port']} | {n['shards']} | {mib(n['bytes'])} |" for n in nodes]
lines += [
    "",
    "| table | rows | on Citus (all shards) | on one node | largest shard |",
    "|---|---:|---:|---:|---:|",
]
for t in tables:
    single = sizes.get(t["name"], {}).get("bytes")
    lines.append(f"| {t['name']} | {int(t['rows']):,} | {mib(t['bytes'])} | {mib(single) if single else ''} | {mib(t['largest_shard_bytes'])} |")
lines += [
    "",
    f"Moving the largest tenant ({int(move['tenant_subjects']):,} subjects, {int(move['tenant_entries']):,} ledger entries) to the "
    f"other worker with `citus_move_shard_placement(..., shard_transfer_mode := 'block_writes')` moved its shard group "
    f"({mib(move['group_bytes'])}, every co-located table's shard for that hash range, other tenants included) in "
    f"**{float(move['seconds']):.2f} s**; a write to that tenant issued every 20 ms meanwhile waited at most "
    f"**{float(move['write_blocked_seconds']):.2f} s** (the 'force_logical' mode keeps writes flowing, but needs "
    "`wal_level = logical`). Isolating the same tenant on a shard group of its own with "
    f"`isolate_tenant_to_new_shard(..., 'CASCADE')` split {mib(isolate['source_group_bytes'])} into a "
    f"{mib(isolate['isolated_group_bytes'])} group in **{float(isolate['seconds']):.2f} s**, the same writes waiting at most "
    f"**{float(isolate['write_blocked_seconds']):.2f} s**.",
    "",
    f"Reproduce: `{command}` (needs `scripts/install-citus.sh` first).",
    "<!-- citus:end -->",
]
section = "\n".join(lines)
path = "docs/benchmarks.md"
doc = open(path, encoding="utf-8").read()
if "<!-- citus:begin -->" in doc:
    doc = re.sub(r"<!-- citus:begin -->.*?<!-- citus:end -->", lambda _: section, doc, flags=re.S)
else:
    doc = doc.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w", encoding="utf-8").write(doc)
print(section)
