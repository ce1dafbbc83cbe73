"""Export → import-claims → export of N claims: times, claims per second and peak memory of each step.

    .venv/bin/python benchmarks/bench_import.py /tmp/claimtracker-bench/1m.sqlite [N]

Exports N claims (default 100,000) of a generated database as a JSON sheet, imports the sheet
into an empty SQLite database, exports that database again and checks that the two sheets hold
the same claims. Each step runs in its own process, so that its peak memory is its own.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


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


def step(name: str, *args: str) -> dict:
    """Run one step in a fresh process: its seconds, peak memory (MB) and what it reports."""
    out = subprocess.run(
        [sys.executable, __file__, "--step", name, *args], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_step(name: str, args: list[str]) -> None:
    from claimtracker.domain.claim_filter import ClaimFilter
    from claimtracker.library import Library
    from claimtracker.storage.database import Database, sqlite_url

    db = Database.open(sqlite_url(Path(args[0])))
    library = Library(db, analyst="bench")
    started = time.perf_counter()
    if name == "export":
        limit = int(args[2]) if len(args) > 2 else None
        count = library.export(ClaimFilter(limit=limit), "json", Path(args[1]))
        result = {"claims": count}
    else:
        report = library.import_claims(Path(args[1]))
        result = {"claims": report.claims, "problems": len(report.problems)}
    seconds = time.perf_counter() - started
    db.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({**result, "seconds": round(seconds, 2), "peak_mb": round(peak)}))


def main() -> None:
    if sys.argv[1] == "--step":
        run_step(sys.argv[2], sys.argv[3:])
        return
    source = Path(sys.argv[1])
    count = sys.argv[2] if len(sys.argv) > 2 else "100000"
    with tempfile.TemporaryDirectory() as folder:
        sheet, again, empty = (
            Path(folder) / "sheet.json",
            Path(folder) / "again.json",
            Path(folder) / "empty.sqlite",
        )
        exported = step("export", str(source), str(sheet), count)
        imported = step("import", str(empty), str(sheet))
        back = step("export", str(empty), str(again))
        same = comparable(sheet) == comparable(again)
        size = sheet.stat().st_size / 1e6
    rate = imported["claims"] / imported["seconds"]
    print(
        f"export of {exported['claims']:,} claims: {exported['seconds']:.1f} s ({size:.0f} MB sheet), peak {exported['peak_mb']} MB"
    )
    print(
        f"import-claims into an empty database: {imported['seconds']:.1f} s, {rate:,.0f} claims/s, "
        f"peak {imported['peak_mb']} MB (target >= 20,000/s, < 400 MB)"
    )
    print(f"export of the imported database: {back['seconds']:.1f} s, peak {back['peak_mb']} MB")
    total = exported["seconds"] + imported["seconds"] + back["seconds"]
    print(f"round trip {total:.1f} s (target < 30 s); the same claims: {same}")


if __name__ == "__main__":
    main()
