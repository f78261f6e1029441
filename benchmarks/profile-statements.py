"""Sums PostgreSQL's statement log (log_min_duration_statement = 0) per statement: total ms, calls, ms per batch.

    python3 benchmarks/profile-statements.py statements.log <batches>
"""
import re
import sys
from collections import defaultdict

path, batches = sys.argv[1], max(1, int(sys.argv[2]))
line_re = re.compile(r"duration: ([\d.]+) ms\s+(?:(?:statement|execute [^:]*|bind [^:]*|parse [^:]*):\s*)?(.*)")
totals = defaultdict(lambda: [0.0, 0])
current = None
for raw in open(path, encoding="utf-8", errors="replace"):
    m = line_re.search(raw)
    if m:
        if " parse " in raw or " bind " in raw:
            kind = "parse/bind"
        else:
            kind = None
        sql = re.sub(r"\s+", " ", m.group(2)).strip()
        sql = re.sub(r'COPY "?(credit_events|ledger_entries)_p\d+"?', r"COPY \1_p<n>", sql)
        key = ("[parse/bind] " if kind else "") + sql[:110]
        totals[key][0] += float(m.group(1))
        totals[key][1] += 1
total = sum(t for t, _ in totals.values())
print(f"{'ms per batch':>12} {'share':>6} {'calls':>7}  statement (first 110 characters)")
for key, (ms, calls) in sorted(totals.items(), key=lambda kv: -kv[1][0])[:25]:
    print(f"{ms / batches:12.1f} {100 * ms / total if total else 0:5.1f}% {calls:7d}  {key}")
print(f"{total / batches:12.1f} 100.0%          all statements, per batch of the run ({batches} batches)")
