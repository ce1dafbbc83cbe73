"""Export speed and memory: 100,000 claims of the generated database to CSV and XLSX (and JSON).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_export.py /tmp/claimtracker-bench/1m.sqlite

Each export runs in a fresh process, so that its peak resident memory is its own; raw sqlite3 +
the csv module writing the same rows is the reference for the CSV figure.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CLAIMS = 100_000


def child(path: str, fmt: str, out: str) -> None:
    from claimtracker.domain.claim_filter import ClaimFilter
    from claimtracker.exporting.exporter import export
    from claimtracker.storage.database import Database, sqlite_url

    db = Database.open(sqlite_url(path))
    started = time.perf_counter()
    if fmt == "raw-csv":
        import csv
        import sqlite3

        con = sqlite3.connect(path)
        rows = con.execute(
            "SELECT c.id, c.claim_date, c.claim_date_precision, s.name, c.text, c.quote_exact, c.status, a.title, "
            "a.outlet FROM claims c JOIN sources s ON s.id = c.speaker_id JOIN articles a ON a.id = c.article_id "
            "ORDER BY c.claim_date DESC, c.id DESC LIMIT ?",
            (CLAIMS,),
        )
        with open(out, "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f).writerows(rows)
        count = CLAIMS
    else:
        count = export(db, ClaimFilter(limit=CLAIMS), fmt, Path(out))
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "format": fmt,
                "claims": count,
                "seconds": round(seconds, 2),
                "peak_rss_mb": round(peak, 1),
                "bytes": os.path.getsize(out),
            }
        )
    )


def main() -> None:
    if len(sys.argv) == 4:
        child(*sys.argv[1:])
        return
    path = sys.argv[1]
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for fmt in ("raw-csv", "csv", "xlsx", "json"):
            out = str(Path(folder) / f"sheet.{fmt.removeprefix('raw-')}")
            line = (
                subprocess.run(
                    [sys.executable, __file__, path, fmt, out], capture_output=True, text=True, check=True
                )
                .stdout.strip()
                .splitlines()[-1]
            )
            results[fmt] = json.loads(line)
    raw = results["raw-csv"]["seconds"]
    targets = {"csv": "< 3 s", "xlsx": "< 20 s", "json": ""}
    print(f"{CLAIMS:,} claims from {path}")
    for fmt, r in results.items():
        ratio = f"{r['seconds'] / raw:5.1f}× raw csv" if fmt != "raw-csv" else ""
        print(
            f"{fmt:<8} {r['seconds']:6.2f} s  {ratio:<16} peak RSS {r['peak_rss_mb']:6.1f} MB  "
            f"{r['bytes'] / 1e6:6.1f} MB file  {targets.get(fmt, '')}"
        )


if __name__ == "__main__":
    main()
