"""Writes the data-set section of docs/benchmarks.md from run-all.sh's outputs, and the README summary from that file."""
import os
import platform
import re
import subprocess
import sys
from datetime import datetime, timezone

work, gen_s, ready_s, index_s, rss_loaded, rss_after, loadavg_ingest, engine_table, total_s, cpu_us = sys.argv[1:11]


def fields(name):
    path = os.path.join(work, name + ".txt")
    rows = []
    for line in open(path, encoding="utf-8"):
        pairs = dict(p.split("=", 1) for p in line.split()[1:] if "=" in p)
        if pairs:
            rows.append(pairs)
    return rows


gen = fields("generate")[0]
ing = fields("ingest")[0]
rec = fields("recompute")[0]
sizes = fields("sizes")
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
mem = round(int(open("/proc/meminfo").read().split()[1]) / 1048576)
today = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
ing_rate = float(ing["api_events_per_s"])
ratio = float(ing["ratio_pct"])
rec_s = float(rec["seconds"])
subjects = int(rec["subjects"])
entries = int(rec["entries"])
full = subjects >= 1_000_000 and entries >= 10_000_000


def verdict(ok):
    return "met" if ok else "missed"


size_rows = "\n".join(
    f"| {s['table']} | {int(s['rows']):,} | {int(s['bytes']) / 1048576:,.0f} | {s['bytes_per_row']} |" for s in sizes)
section = f"""<!-- all:begin -->
## Data set, start-up, memory, ingestion, recompute

Measured {today} on {os.cpu_count()} cores ({cpu}), {mem} GiB, {platform.system()} {platform.release()}; the app
(Release, workstation GC, rate limits off), PostgreSQL and the load generator share the machine, and other work
shared it too: load average {loadavg_ingest} when ingestion started. Whole run: {total_s} s.

Data set (`CreditPlatform.DataGenerator generate`, binary COPY): {int(gen['tenants'])} jurisdictions, {int(gen['subjects']):,} subjects
with valid identity numbers (keyed hash + encrypted copy), {int(gen['entries']):,} hash-chained ledger entries,
{int(gen['list_entries']):,} active entries on COURT_DEFAULTERS, generated in {float(gen_s):.0f} s.

| measure | figure | target (design.md §6) | |
|---|---:|---|---|
| start-up to ready | {float(ready_s):.1f} s | < 2 minutes | {verdict(float(ready_s) < 120)} |
| start-up until a check sees the last of {int(gen['list_entries']):,} list entries | {float(index_s):.1f} s | < 2 minutes | {verdict(float(index_s) < 120)} |
| resident memory (VmRSS), index loaded | {rss_loaded} MiB | < 1 GB | {verdict(int(rss_loaded) < 1024)} |
| resident memory after ingestion | {rss_after} MiB | < 1 GB | {verdict(int(rss_after) < 1024)} |
| ingestion, POST /events/batch ({ing['batch']} per batch, {ing['parallel']} in flight) | {ing_rate:,.0f} events/s | ≥ 100,000 events/s | {verdict(ing_rate >= 100_000)} |
| binary COPY of the same rows (events + entries) into plain tables | {float(ing['copy_events_per_s']):,.0f} events/s | baseline | |
| ingestion / COPY | {ratio:.1f}% | ≥ 10% | {verdict(ratio >= 10)} |
| app CPU time (user + system) per ingested event | {cpu_us} µs | | |
| score recompute, {subjects:,} subjects from {entries:,} entries | {rec_s:.1f} s | < 60 s (1M / 10M) | {verdict(rec_s < 60) if full else 'smaller data set'} |

Sizes (`pg_total_relation_size`: table, indexes and TOAST):

| table | rows | MiB | bytes per row |
|---|---:|---:|---:|
{size_rows}

### Domain engine (BenchmarkDotNet, short job, one core; one operation = one event or one score)

{engine_table}

Reproduce: `bash benchmarks/run-all.sh` (`SMALL=1` for a hundredth of the data set; variables TENANTS, SUBJECTS,
ENTRIES, LIST_ENTRIES, EVENTS, BATCH, PARALLEL, SKIP_CHECKS=1, SKIP_ENGINE=1).
<!-- all:end -->"""

doc = "docs/benchmarks.md"
text = open(doc, encoding="utf-8").read()
if "<!-- all:begin -->" in text:
    text = re.sub(r"<!-- all:begin -->.*?<!-- all:end -->", lambda _: section, text, flags=re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open(doc, "w", encoding="utf-8").write(text)

# The README's table is derived from the document, never typed by hand.
checks = re.search(r"check, 1 identifier[^|]*\|\s*([\d.]+)\s*\|[^|]*\|\s*([\d.]+)\s*\|\s*([\d.]+)", text)
bare = re.search(r"bare Kestrel endpoint[^|]*\|\s*([\d.]+)", text)
batch1 = re.search(r"check, batch of 1,000, 1 connection\s*\|[^|]*\|[^|]*\|\s*([\d.]+)", text)
rows = []
if checks and bare:
    rows.append(f"| check API, 1 identifier, 64 connections | {100 * float(checks.group(1)) / float(bare.group(1)):.0f}% of bare Kestrel, p99 {checks.group(3)} ms | ≥ 60%, p99 < 10 ms |")
if batch1:
    rows.append(f"| check API, batch of 1,000 | {batch1.group(1)} ms median | < 20 ms |")
rows += [
    f"| ingestion, POST /events/batch | {ing_rate:,.0f} events/s, {ratio:.1f}% of binary COPY | ≥ 100,000 events/s, ≥ 10% of COPY |",
    f"| score recompute | {subjects:,} subjects / {entries:,} entries in {rec_s:.1f} s | 1M / 10M in < 60 s |",
    f"| resident memory, {int(gen['list_entries']):,} list entries indexed | {rss_loaded} MiB | < 1 GB |",
    f"| start-up | {float(index_s):.1f} s to a loaded index | < 2 minutes |",
]
summary = "<!-- benchmarks:begin -->\n| measure | measured (docs/benchmarks.md) | target |\n|---|---|---|\n" + "\n".join(rows) + "\n<!-- benchmarks:end -->"
readme = open("README.md", encoding="utf-8").read()
if "<!-- benchmarks:begin -->" in readme:
    readme = re.sub(r"<!-- benchmarks:begin -->.*?<!-- benchmarks:end -->", lambda _: summary, readme, flags=re.S)
else:
    readme = readme.rstrip("\n") + "\n\n## Performance\n\nFigures from the last `bash benchmarks/run-all.sh` (details, machine and load in docs/benchmarks.md):\n\n" + summary + "\n"
open("README.md", "w", encoding="utf-8").write(readme)
print(section)
