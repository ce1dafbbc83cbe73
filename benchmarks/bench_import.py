"""Export → import-claims → export of N claims: times, claims per second and peak memory of each step.

    .venv/bin/python benchmarks/bench_import.py /tmp/claimtracker-bench/1m.sqlite [N] [--runs 5]

Exports N claims (default 100,000) of a generated database as a JSON sheet, imports the sheet
into an empty SQLite database (and loads it with raw sqlite3) five times, exports the first
database again and checks that the two sheets hold the same claims. Each step runs in its own
process, so that its peak memory is its own. Prints medians, with min and max.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sqlite3
import statistics
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


def raw_load(database: Path, sheet: Path) -> int:
    """The floor: the sheet's rows put straight into the same schema with raw sqlite3 (msgspec to
    read, executemany to write, triggers and indexes set aside and their work done once, as the
    app does), with no checks, no ids to choose and no sources or facts to match."""
    import msgspec

    from claimtracker.storage.bulk_load import DATE_SPANS_OF_CLAIMS, MONTH_COUNTS_OF_CLAIMS
    from claimtracker.storage.database import Database, sqlite_url

    Database.open(sqlite_url(database)).close()  # the schema, by the app's migrations
    gc.disable()  # as the app does during an import
    data = msgspec.json.decode(sheet.read_bytes())
    con = sqlite3.connect(database, isolation_level=None)
    con.execute("PRAGMA cache_size = -65536")
    con.execute("BEGIN")
    set_aside = con.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'trigger' AND "
        "tbl_name IN ('claims', 'articles')) OR (type = 'index' AND tbl_name IN ('claims', 'claim_links', 'claim_tags')))"
    ).fetchall()
    for kind, name, _sql in set_aside:
        con.execute(f"DROP {kind} {name}")
    now = "2026-01-01 00:00:00.000000"
    con.executemany(
        "INSERT INTO sources (id, name, kind, affiliation, reliability, notes, created_at, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
        [
            (s["id"], s["name"], s["kind"], s["affiliation"], s["reliability"], s["notes"], now, now)
            for s in data["sources"]
        ],
    )
    con.executemany(
        "INSERT INTO source_names (source_id, name, norm, is_primary) VALUES (?, ?, ?, 1)",
        [(s["id"], s["name"], s["name"].lower()) for s in data["sources"]],
    )
    con.executemany(
        "INSERT INTO articles (id, title, outlet, original_source, url, language, pub_precision, pub_wording, "
        "pub_certain, pub_doubt, body, raw, content_hash, source_path, imported_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, 'unknown', '', 1, '', ?, ?, ?, '', ?, 1)",
        [(a["id"], a["title"], a["outlet"], a["original_source"], a["url"], a["language"], a["body"], a["raw"],
          a["content_hash"], now) for a in data["articles"]],
    )  # fmt: skip

    def date(record: dict | None) -> tuple:
        record = record or {}
        return (record.get("value"), record.get("precision", "unknown"), record.get("wording", ""),
                record.get("certain", True), record.get("doubt", ""), record.get("latest"))  # fmt: skip

    claims = data["claims"]
    con.executemany(
        "INSERT INTO claims (id, article_id, span_start, span_end, quote_exact, quote_prefix, quote_suffix, text, "
        "kind, cue, speaker_id, claim_date, claim_date_precision, claim_date_wording, claim_date_certain, "
        "claim_date_doubt, claim_date_latest, event_date, event_date_precision, event_date_wording, "
        "event_date_certain, event_date_doubt, event_date_latest, credibility, status, note, parent_id, orphaned, "
        "created_at, updated_at, version) VALUES (" + ", ".join("?" * 30) + ", 1)",
        [(c["id"], c["article_id"], c["span"]["start"], c["span"]["end"], c["quote"]["exact"], c["quote"]["prefix"],
          c["quote"]["suffix"], c["text"], c["kind"], c["cue"], c["chain"][0]["id"], *date(c["claim_date"]),
          *date(c["event_date"]), c["credibility"], c["status"], c["note"], None, c["orphaned"], now, now)
         for c in claims],
    )  # fmt: skip
    con.executemany(
        "INSERT INTO claim_links (claim_id, position, source_id, role, relation, cue) VALUES (?, ?, ?, ?, ?, ?)",
        [(c["id"], i, link["id"], link["role"], link["relation"], link["cue"])
         for c in claims for i, link in enumerate(c["chain"])],
    )  # fmt: skip
    con.executemany(
        "INSERT INTO claim_tags (claim_id, tag) VALUES (?, ?)",
        [(c["id"], t) for c in claims for t in c["tags"]],
    )
    con.executemany(
        "INSERT INTO change_log (at, who, entity, entity_id, action, version, summary) "
        "VALUES (?, 'bench', 'claim', ?, 'import', 1, 'from the sheet')",
        [(now, c["id"]) for c in claims],
    )
    for _kind, _name, sql in set_aside:
        con.execute(sql)
    for table in ("claims_fts", "articles_fts"):
        con.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', {64 * 1024 * 1024})")
    con.execute(
        "INSERT INTO claims_fts (rowid, text, quote_exact) SELECT id, text, quote_exact FROM claims_fts_source"
    )
    con.execute("INSERT INTO articles_fts (rowid, title, body) SELECT id, title, body FROM articles")
    con.execute(MONTH_COUNTS_OF_CLAIMS.format(ids="SELECT id FROM claims"))
    for statement in DATE_SPANS_OF_CLAIMS:
        con.execute(statement.format(ids="SELECT id FROM claims"))
    con.execute("COMMIT")
    con.close()
    return len(claims)


def run_step(name: str, args: list[str]) -> None:
    from claimtracker.domain.claim_filter import ClaimFilter
    from claimtracker.library import Library
    from claimtracker.storage.database import Database, sqlite_url

    db = Database.open(sqlite_url(Path(args[0])))
    library = Library(db, analyst="bench")
    started = time.perf_counter()
    if name == "raw":
        db.close()
        count = raw_load(Path(args[0]), Path(args[1]))
        result = {"claims": count}
    elif name == "export":
        limit = int(args[2]) if len(args) > 2 else None
        count = library.export(ClaimFilter(limit=limit), "json", Path(args[1]))
        result = {"claims": count}
    else:
        report = library.import_claims(Path(args[1]))
        result = {"claims": report.claims, "problems": len(report.problems)}
    seconds = time.perf_counter() - started
    db.close()  # waits for the write-ahead log's copy into the database, if any
    closed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    helper = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the claims' reader
    print(json.dumps({**result, "seconds": round(seconds, 2), "closed": round(closed, 2), "peak_mb": round(peak),
                      "helper_mb": round(helper)}))  # fmt: skip


def _spread(values: list[float]) -> str:
    """Median, with min and max: '5.1 s (4.8–5.6)'."""
    return f"{statistics.median(values):.1f} s ({min(values):.1f}–{max(values):.1f})"


def main() -> None:
    if sys.argv[1] == "--step":
        run_step(sys.argv[2], sys.argv[3:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("claims", nargs="?", default="100000")
    parser.add_argument(
        "--runs", type=int, default=5, help="imports (and raw loads) of the sheet, one after the other"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        sheet, again = Path(folder) / "sheet.json", Path(folder) / "again.json"
        exported = step("export", str(args.database), str(sheet), args.claims)
        imports, raws = [], []
        for run in range(args.runs):
            empty, raw_db = Path(folder) / f"empty{run}.sqlite", Path(folder) / f"raw{run}.sqlite"
            imports.append(step("import", str(empty), str(sheet)))
            raws.append(step("raw", str(raw_db), str(sheet)))
            if run:  # one database is enough to export back
                for path in Path(folder).glob(f"*{run}.sqlite*"):
                    path.unlink()
        back = step("export", str(Path(folder) / "empty0.sqlite"), str(again))
        same = comparable(sheet) == comparable(again)
        size = sheet.stat().st_size / 1e6
    claims = imports[0]["claims"]
    seconds = [r["seconds"] for r in imports]
    raw_seconds = [r["seconds"] for r in raws]
    ratios = [a / b for a, b in zip(seconds, raw_seconds, strict=True)]
    print(
        f"export of {exported['claims']:,} claims: {exported['seconds']:.1f} s ({size:.0f} MB sheet), peak {exported['peak_mb']} MB"
    )
    print(
        f"import-claims into an empty database, {args.runs} runs: {_spread(seconds)}, "
        f"{claims / statistics.median(seconds):,.0f} claims/s ({claims / max(seconds):,.0f}–{claims / min(seconds):,.0f}); "
        f"peak {max(r['peak_mb'] for r in imports)} MB (target >= 20,000/s, < 400 MB); its reader process peaked at "
        f"{max(r['helper_mb'] for r in imports)} MB; the database closed (the log copied in) "
        f"{statistics.median(r['closed'] - r['seconds'] for r in imports):.1f} s after the import returned"
    )
    print(
        f"raw sqlite3, the same rows into the same schema, in the same runs: {_spread(raw_seconds)}, "
        f"peak {max(r['peak_mb'] for r in raws)} MB; app/raw {statistics.median(ratios):.2f} "
        f"({min(ratios):.2f}–{max(ratios):.2f})"
    )
    print(f"export of the imported database: {back['seconds']:.1f} s, peak {back['peak_mb']} MB")
    total = exported["seconds"] + statistics.median(seconds) + back["seconds"]
    print(f"round trip {total:.1f} s with the median import (target < 30 s); the same claims: {same}")


if __name__ == "__main__":
    main()
