"""The claims table's views on PostgreSQL, against raw psycopg on the same data in the same run.

    .venv/bin/python benchmarks/bench_postgres.py /tmp/claimtracker-bench/1m.sqlite

Starts a throwaway PostgreSQL server (Debian's `postgresql` package, as the tests do), creates
the app's schema with its migrations, copies the generated SQLite database into it (COPY; the
month-count trigger set aside during the copy and its counts filled once), then times the
app's first pages, timeline and counts through the Library, and raw psycopg running the
statements a hand-written client would for a few of them. Medians of 5 runs after a warm-up.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from benchmarks.bench_views import timed as timed_runs  # noqa: E402
from claimtracker.domain.claim_filter import ClaimFilter, SortKey  # noqa: E402
from claimtracker.domain.claims import Role  # noqa: E402
from claimtracker.library import Library  # noqa: E402
from claimtracker.storage.database import Database  # noqa: E402
from tests.helpers.postgres import start_cluster  # noqa: E402

TABLES = ("sources", "source_names", "articles", "claims", "claim_links", "claim_tags")
RUNS = 5
MONTH = (dt.date(2019, 1, 1), dt.date(2019, 1, 31))
PAGE = 200
_FILL_COUNTS = """
INSERT INTO claim_month_counts (field, speaker_id, month, n)
SELECT field, speaker_id, month, count(*) FROM (
    SELECT 'claim' AS field, speaker_id, coalesce(to_char(claim_date, 'YYYY-MM'), '') AS month FROM claims
    UNION ALL SELECT 'claim', 0, coalesce(to_char(claim_date, 'YYYY-MM'), '') FROM claims
    UNION ALL SELECT 'claim', speaker_id, '*' FROM claims WHERE claim_date IS NOT NULL
    UNION ALL SELECT 'event', speaker_id, coalesce(to_char(event_date, 'YYYY-MM'), '') FROM claims
    UNION ALL SELECT 'event', 0, coalesce(to_char(event_date, 'YYYY-MM'), '') FROM claims
    UNION ALL SELECT 'event', speaker_id, '*' FROM claims WHERE event_date IS NOT NULL
) AS cells GROUP BY field, speaker_id, month
"""


def timed(function) -> float:
    return timed_runs(function, RUNS)


def copy_database(source: Path, pg: psycopg.Connection) -> int:
    lite = sqlite3.connect(source)
    pg.execute("ALTER TABLE claims DISABLE TRIGGER claim_month_counts_change")
    for table in TABLES:
        lite_columns = [r[1] for r in lite.execute(f"PRAGMA table_info({table})")]
        pg_columns = {r[0]: r[1] for r in pg.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = %s", (table,)
        )}  # fmt: skip
        columns = [c for c in lite_columns if c in pg_columns]
        booleans = {i for i, c in enumerate(columns) if pg_columns[c] == "boolean"}
        started = time.perf_counter()
        with pg.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in lite.execute(f"SELECT {', '.join(columns)} FROM {table}"):
                copy.write_row([bool(v) if i in booleans and v is not None else v for i, v in enumerate(row)])
        print(f"  copied {table} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    pg.execute(_FILL_COUNTS)
    pg.execute("ALTER TABLE claims ENABLE TRIGGER claim_month_counts_change")
    for table in ("articles", "sources", "claims"):
        pg.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
    pg.execute("ANALYZE")
    return lite.execute("SELECT count(*) FROM claims").fetchone()[0]


def main() -> None:
    source = Path(sys.argv[1])
    cluster = start_cluster()
    try:
        with psycopg.connect(
            f"host=127.0.0.1 port={cluster.port} user=postgres dbname=postgres", autocommit=True
        ) as admin:
            admin.execute("CREATE DATABASE bench")
        db = Database.open(cluster.url("bench"))  # the app's schema, by its migrations
        raw = psycopg.connect(
            f"host=127.0.0.1 port={cluster.port} user=postgres dbname=bench", autocommit=True
        )
        started = time.perf_counter()
        n_claims = copy_database(source, raw)
        print(
            f"PostgreSQL {raw.info.server_version}: {n_claims:,} claims copied in {time.perf_counter() - started:.0f} s\n"
        )
        library = Library(db)
        speaker_id, speaker = raw.execute(
            "SELECT c.speaker_id, s.name FROM claims c JOIN sources s ON s.id = c.speaker_id "
            "GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        via_id, via = raw.execute(
            "SELECT l.source_id, s.name FROM claim_links l JOIN sources s ON s.id = l.source_id "
            "WHERE l.position > 0 GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        via_links = "c.id IN (SELECT claim_id FROM claim_links WHERE source_id = %s AND position > 0{})"
        page_sql = (
            "SELECT c.id, c.claim_date, s.name, c.text, a.title FROM claims c JOIN sources s ON s.id = c.speaker_id "
            "JOIN articles a ON a.id = c.article_id WHERE {where} ORDER BY c.claim_date DESC NULLS LAST, c.id DESC LIMIT 200"
        )
        fts = "c.search_vector @@ to_tsquery('simple', %s)"  # the column of migration 0016
        cases = [
            (
                "speaker filter, first page",
                ClaimFilter(speaker=speaker, limit=PAGE),
                ("c.speaker_id = %s", (speaker_id,)),
            ),
            ("unfiltered, first page", ClaimFilter(limit=PAGE), ("true", ())),
            ("via filter, first page", ClaimFilter(via=via, limit=PAGE), (via_links.format(""), (via_id,))),
            (
                "via filter in a role, first page",
                ClaimFilter(via=via, role=Role.INTERMEDIARY, limit=PAGE),
                (via_links.format(" AND role = 'intermediary'"), (via_id,)),
            ),
            ("via, sorted by text", ClaimFilter(via=via, sort=SortKey.TEXT, limit=PAGE), None),
            ("full-text, 1 letter “a”", ClaimFilter(search="a", limit=PAGE), (fts, ("a:*",))),
            ("full-text, 2 letters “ka”", ClaimFilter(search="ka", limit=PAGE), (fts, ("ka:*",))),
            ("full-text, common word “kaon”", ClaimFilter(search="kaon", limit=PAGE), (fts, ("kaon:*",))),
            ("full-text, rare word “aakel”", ClaimFilter(search="aakel", limit=PAGE), (fts, ("aakel:*",))),
            ("sorted by speaker, first page", ClaimFilter(sort=SortKey.SPEAKER, limit=PAGE), None),
            ("sorted by text, first page", ClaimFilter(sort=SortKey.TEXT, limit=PAGE), None),
            (
                "one month, oldest first",
                ClaimFilter(date_from=MONTH[0], date_to=MONTH[1], descending=False, limit=PAGE),
                None,
            ),
            (
                "one month, sorted by text",
                ClaimFilter(date_from=MONTH[0], date_to=MONTH[1], sort=SortKey.TEXT, limit=PAGE),
                None,
            ),
            ("language, sorted by text", ClaimFilter(language="fr", sort=SortKey.TEXT, limit=PAGE), None),
            (
                "common word, sorted by article",
                ClaimFilter(search="kaon", sort=SortKey.ARTICLE, limit=PAGE),
                None,
            ),
        ]
        for label, query, raw_case in cases:
            ours = timed(lambda query=query: library.claim_rows(query))
            line = f"{label:<36} {ours:9.1f} ms"
            if raw_case:
                where, params = raw_case
                theirs = timed(
                    lambda where=where, params=params: raw.execute(
                        page_sql.format(where=where), params
                    ).fetchall()
                )
                line += f"   {ours / theirs:5.2f}× raw ({theirs:.1f} ms)"
            print(line)
        ours = timed(lambda: library.histogram(ClaimFilter(), "month"))
        theirs = timed(lambda: raw.execute(
            "SELECT to_char(claim_date, 'YYYY-MM'), count(*) FROM claims WHERE claim_date IS NOT NULL GROUP BY 1"
        ).fetchall())  # fmt: skip
        print(
            f"{'timeline binning, all claims by month':<36} {ours:9.1f} ms   raw grouping every claim {theirs:.1f} ms"
        )
        ours = timed(lambda: library.count_claims(ClaimFilter()))
        theirs = timed(lambda: raw.execute("SELECT count(*) FROM claims").fetchall())
        print(f"{'count of every claim':<36} {ours:9.1f} ms   raw count(*) {theirs:.1f} ms")
        raw.close()
        db.close()
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
