"""Speed of the analysis views on a large database, against raw sqlite3 on the same data in the same run.

    .venv/bin/python benchmarks/generate_corpus.py /tmp/claimtracker-bench/1m.sqlite
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_views.py /tmp/claimtracker-bench/1m.sqlite

Prints the median of several runs (after a warm-up) for: the first page of the claims table filtered
by speaker, by any later link of the chain, and by full text; timeline binning and painting; the
table's first paint; and, in a fresh process, start-up time and resident memory with the claims table open.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from claimtracker.domain.claim_filter import ClaimFilter, SortKey
from claimtracker.domain.claims import Role
from claimtracker.library import Library
from claimtracker.storage import fulltext
from claimtracker.storage.database import Database, sqlite_url
from claimtracker.storage.page_plans import DENSE, LINK_WALK_SHARE, WALK_SHARE

RUNS = 7
PAGE = 200
ROW_SQL = """
SELECT c.id, c.article_id, c.claim_date, c.claim_date_precision, c.claim_date_wording, c.claim_date_certain,
       s.name, c.text, a.title, c.status, c.credibility, s.reliability
FROM claims c JOIN sources s ON s.id = c.speaker_id JOIN articles a ON a.id = c.article_id
WHERE {where} ORDER BY c.claim_date DESC, c.id DESC LIMIT 200
"""
VIA_SQL = "SELECT claim_id FROM claim_links WHERE source_id = ? AND position > 0"
# The app's plan for a source reaching many claims: each claim walked is looked up in the links.
VIA_TESTED = (
    "EXISTS (SELECT 1 FROM claim_links l WHERE l.claim_id = c.id AND l.source_id = ? AND l.position > 0{})"
)
FTS_SQL = "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?"
CHAIN_SQL = """
SELECT l.claim_id, s.name FROM claim_links l JOIN sources s ON s.id = l.source_id
WHERE l.claim_id IN ({ids}) ORDER BY l.claim_id, l.position
"""


def timed(function, runs: int = RUNS) -> float:
    """Median milliseconds of `function()` over `runs`, after one warm-up call."""
    function()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def raw_page(con: sqlite3.Connection, where: str, params: tuple) -> list:
    rows = con.execute(ROW_SQL.format(where=where), params).fetchall()
    ids = [r[0] for r in rows]
    if ids:
        con.execute(CHAIN_SQL.format(ids=",".join("?" * len(ids))), ids).fetchall()
    return rows


def raw_histogram(con: sqlite3.Connection) -> None:
    """The same three grouped queries as the app's histogram, in raw sqlite3."""
    month = "substr(claim_date, 1, 7)"
    con.execute(f"SELECT {month}, count(*) FROM claims WHERE {month} IS NOT NULL GROUP BY 1").fetchall()
    top = [
        r[0]
        for r in con.execute(
            f"SELECT speaker_id, count(*) n FROM claims WHERE {month} IS NOT NULL "
            "GROUP BY 1 ORDER BY n DESC LIMIT 12"
        )
    ]
    con.execute(
        f"SELECT speaker_id, {month}, count(*) FROM claims WHERE {month} IS NOT NULL AND speaker_id IN "
        f"({','.join('?' * len(top))}) GROUP BY 1, 2",
        top,
    ).fetchall()
    con.execute("SELECT count(*) FROM claims WHERE claim_date IS NULL").fetchall()


def report(label: str, ours: float, raw: float | None = None, target: str = "") -> dict:
    ratio = f"{ours / raw:5.2f}× raw ({raw:7.2f} ms)" if raw else ""
    print(f"{label:<44} {ours:8.2f} ms  {ratio:<28} {target}")
    return {"label": label, "ms": round(ours, 2), "raw_ms": round(raw, 2) if raw else None}


def main() -> None:
    path = Path(sys.argv[1])
    db = Database.open(sqlite_url(path))
    library = Library(db)
    con = sqlite3.connect(path)
    n_claims = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    print(f"database {path}: {n_claims:,} claims\n")
    speaker_id, speaker_claims = con.execute(
        "SELECT speaker_id, count(*) n FROM claims GROUP BY speaker_id ORDER BY n DESC LIMIT 1"
    ).fetchone()
    speaker = con.execute("SELECT name FROM sources WHERE id = ?", (speaker_id,)).fetchone()[0]
    via_id, via_claims = con.execute(
        "SELECT source_id, count(*) n FROM claim_links WHERE position > 0 GROUP BY source_id ORDER BY n DESC LIMIT 1"
    ).fetchone()
    via = con.execute("SELECT name FROM sources WHERE id = ?", (via_id,)).fetchone()[0]
    word = con.execute("SELECT text FROM claims WHERE id = 4242").fetchone()[0].split()[2]
    results = []

    def compare(label: str, ours, raw, target: str = "", runs: int = RUNS) -> None:
        results.append(report(label, timed(ours, runs), timed(raw, runs), target))

    compare(
        f"speaker filter, first page ({speaker_claims:,} match)",
        lambda: library.claim_rows(ClaimFilter(speaker=speaker, limit=PAGE)),
        lambda: raw_page(con, "c.speaker_id = ?", (speaker_id,)),
        "target < 50 ms, ≤ 3×",
    )
    # Raw sqlite3 with the same plan as the app (walk the date index, test each claim's links)…
    dense_via = via_claims * LINK_WALK_SHARE >= n_claims
    compare(
        f"via filter, first page ({via_claims:,} match)",
        lambda: library.claim_rows(ClaimFilter(via=via, limit=PAGE)),
        lambda: raw_page(con, VIA_TESTED.format("") if dense_via else f"c.id + 0 IN ({VIA_SQL})", (via_id,)),
        "target < 50 ms, ≤ 3×",
    )
    # …and with the plan SQLite picks by itself for the plain IN, for reference.
    report(
        "  raw sqlite3, plain IN (sorts every match)",
        timed(lambda: raw_page(con, f"c.id IN ({VIA_SQL})", (via_id,))),
    )
    fulltext.register_sqlite_functions(con)  # raw sqlite3 gets the same per-claim word test
    con.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.claims_vocab USING fts5vocab('main', 'claims_fts', 'row')"
    )
    # The first word of 20–200 claims; in a big archive that has none, the rarest of 20 or more.
    rare_single = con.execute(
        "SELECT term FROM claims_vocab WHERE length(term) > 4 AND doc >= 20 "
        "ORDER BY doc BETWEEN 20 AND 200 DESC, CASE WHEN doc <= 200 THEN term END, doc LIMIT 1"
    ).fetchone()[0]
    # Two words of one claim, each in 1–10 % of the claims: a pair that narrows as typed.
    two_words = " ".join(
        term
        for (term,) in con.execute(
            "SELECT term FROM claims_vocab WHERE length(term) >= 4 AND doc BETWEEN ? AND ? ORDER BY term LIMIT 2",
            (n_claims // 100, n_claims // 10),
        )
    )
    for label, term in (
        ("1 letter", "a"),
        ("2 letters", "ka"),
        ("common word", word),
        ("rare word", rare_single),
        ("two words", two_words),
    ):
        query = " ".join(f'"{t}"*' for t in term.split())
        matches = con.execute(
            "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?", (query,)
        ).fetchone()[0]
        if matches >= DENSE and matches * WALK_SHARE >= n_claims:
            terms = " ".join(fulltext.folded(t) for t in term.split())
            raw_where, params = "ct_holds_prefixes(c.text, c.quote_exact, ?)", (terms,)
        else:
            raw_where, params = f"{'c.id + 0 IN' if matches >= DENSE else 'c.id IN'} ({FTS_SQL})", (query,)
        compare(
            f"full-text, {label} “{term}” ({matches:,} match)",
            lambda term=term: library.claim_rows(ClaimFilter(search=term, limit=PAGE)),
            lambda where=raw_where, params=params: raw_page(con, where, params),
            "target < 50 ms" if len(term) < 3 or " " in term else "target < 20 ms",
        )
    # Dates are intervals: a month date is found from a day inside it (overlap of the bounds).
    middle = con.execute(
        "SELECT claim_date FROM claims WHERE claim_date IS NOT NULL LIMIT 1 OFFSET ?", (n_claims * 2 // 5,)
    ).fetchone()[0]
    first = dt.date.fromisoformat(middle)
    last = first + dt.timedelta(days=30)
    compare(
        f"date filter (overlap), {first} … {last}, first page",
        lambda: library.claim_rows(ClaimFilter(date_from=first, date_to=last, limit=PAGE)),
        lambda: raw_page(
            con, "c.claim_date_latest >= ? AND c.claim_date <= ?", (first.isoformat(), last.isoformat())
        ),
        "≤ 3×",
    )
    compare(
        "via filter in a role (intermediary), first page",
        lambda: library.claim_rows(ClaimFilter(via=via, role=Role.INTERMEDIARY, limit=PAGE)),
        lambda: raw_page(
            con,
            VIA_TESTED.format(" AND l.role = 'intermediary'")
            if dense_via
            else f"c.id + 0 IN ({VIA_SQL} AND role = 'intermediary')",
            (via_id,),
        ),
        "≤ 3×",
    )
    compare(
        "unfiltered, first page",
        lambda: library.claim_rows(ClaimFilter(limit=PAGE)),
        lambda: raw_page(con, "1", ()),
    )
    for key in SortKey:  # clicking a column header: the first page in that order, both ways
        for descending in (False, True):
            query = ClaimFilter(sort=key, descending=descending, limit=PAGE)
            report(
                f"sorted by {key.value}{' (descending)' if descending else ''}, first page",
                timed(lambda query=query: library.claim_rows(query)),
                None,
                "target < 100 ms",
            )
    # Clicking a column header with a filter on: every order, both ways; the slowest and the median.
    language = con.execute(
        "SELECT language FROM articles GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    month = dt.date.fromisoformat(middle).replace(day=1)
    for label, fields in (
        ("speaker", {"speaker": speaker}),
        ("via", {"via": via}),
        ("common word", {"search": word}),
        ("1 letter", {"search": "a"}),
        (f"language {language}", {"language": language}),
        ("one month", {"date_from": month, "date_to": month + dt.timedelta(days=30)}),
    ):
        times = sorted(
            timed(lambda key=key, descending=descending, fields=fields: library.claim_rows(
                ClaimFilter(sort=key, descending=descending, limit=PAGE, **fields)
            ), 3)
            for key in SortKey
            for descending in (False, True)
        )  # fmt: skip
        results.append(
            report(
                f"{label}, sorted by each column (slowest of {len(times)})",
                times[-1],
                None,
                f"median {statistics.median(times):.1f} ms; target < 100 ms",
            )
        )
    compare(
        "count of the via filter",
        lambda: library.count_claims(ClaimFilter(via=via)),
        lambda: con.execute(f"SELECT count(*) FROM claims WHERE id IN ({VIA_SQL})", (via_id,)).fetchone(),
    )
    histogram = library.histogram(ClaimFilter(), "month")
    compare(
        "timeline binning, all claims by month",
        lambda: library.histogram(ClaimFilter(), "month"),
        lambda: raw_histogram(sqlite3.connect(path)),
        "target < 50 ms (raw: grouping every claim)",
        runs=3,
    )

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QTableView

    from claimtracker.gui.models.claims_table_model import ClaimsTableModel
    from claimtracker.gui.widgets.timeline_canvas import TimelineCanvas

    app = QApplication.instance() or QApplication([])
    canvas = TimelineCanvas()
    canvas.resize(1200, 520)
    canvas.set_data(histogram, None, fit=True)
    image = QImage(1200, 520, QImage.Format.Format_ARGB32)

    def paint() -> None:
        canvas.render(image)

    results.append(
        report(
            f"timeline painting ({sum(len(b) for b in histogram.bins.values())} bins)",
            timed(paint),
            None,
            "target < 15 ms",
        )
    )
    model = ClaimsTableModel(library)
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 700)
    view.show()

    def first_paint() -> None:
        model.set_filter(ClaimFilter(speaker=speaker))
        view.grab()

    results.append(report("claims table: filter + first paint", timed(first_paint), None, ""))
    app.processEvents()

    startup = json.loads(
        subprocess.run(
            [sys.executable, str(Path(__file__).with_name("startup_probe.py")), str(path)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        ).stdout
    )
    results.append(
        report("start-up: window shown on this database", startup["shown_ms"], None, "target < 1000 ms")
    )
    print(f"{'resident memory, claims table open':<44} {startup['rss_mb']:8.1f} MB {'':<29} target < 200 MB")
    out = Path(os.environ.get("BENCH_JSON", "/tmp/claimtracker-bench-views.json"))
    out.write_text(json.dumps({"claims": n_claims, "results": results, **startup}, indent=1))


if __name__ == "__main__":
    main()
