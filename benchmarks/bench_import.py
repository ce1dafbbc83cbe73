"""Bulk import of a JSON claim sheet: claims per second, and the round trip.

    .venv/bin/python benchmarks/bench_import.py /tmp/claimtracker-bench/1m.sqlite [N]

Exports N claims (default 20,000) of a generated database as a JSON sheet, imports the sheet
into an empty SQLite database (timed; peak memory of the process reported), exports it again
and checks that the two sheets hold the same claims.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.library import Library
from claimtracker.storage.database import Database, sqlite_url


def comparable(sheet: Path) -> list[tuple]:
    """What must survive a round trip: each claim's article title, span, quote, chain and dates."""
    data = json.loads(sheet.read_text(encoding="utf-8"))
    titles = {a["id"]: a["title"] for a in data["articles"]}
    return sorted(
        (
            titles[c["article_id"]],
            c["span"]["start"],
            c["span"]["end"],
            c["quote"]["exact"],
            tuple(link["name"] for link in c["chain"]),
            json.dumps(c.get("claim_date"), sort_keys=True),
        )
        for c in data["claims"]
    )


def main() -> None:
    source = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
    with tempfile.TemporaryDirectory() as folder:
        sheet, again = Path(folder) / "sheet.json", Path(folder) / "again.json"
        big = Database.open(sqlite_url(source))
        started = time.perf_counter()
        Library(big).export(ClaimFilter(limit=count), "json", sheet)
        big.close()
        exported = time.perf_counter() - started
        target = Database.open(sqlite_url(Path(folder) / "empty.sqlite"))
        library = Library(target, analyst="bench")
        started = time.perf_counter()
        report = library.import_claims(sheet)
        imported = time.perf_counter() - started
        library.export(ClaimFilter(), "json", again)
        target.close()
        same = comparable(sheet) == comparable(again)
        size = sheet.stat().st_size / 1e6
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"export of {count:,} claims: {exported:.1f} s ({size:.0f} MB sheet)")
    print(
        f"import-claims into an empty database: {imported:.1f} s, {report.claims / imported:,.0f} claims/s "
        f"({report.claims:,} claims; target >= 20,000/s)"
    )
    print(f"round trip gives the same claims: {same}; peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
