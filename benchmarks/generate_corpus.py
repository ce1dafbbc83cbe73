"""Generate a large ClaimTracker database for the benchmarks: 20,000 articles, 2,000 sources, 1,000,000 claims.

    .venv/bin/python benchmarks/generate_corpus.py /tmp/claimtracker-bench/1m.sqlite [--claims N]

The schema comes from the app's own migrations; rows go in through raw sqlite3 executemany (the
fastest path, see FINDINGS), with the full-text triggers set aside during the load and the index
rebuilt once at the end. Speakers follow a Zipf-like law, so there is a busiest source.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claimtracker.domain.sources import normalise_name
from claimtracker.storage.bulk_load import (
    DATE_SPANS_OF_CLAIMS,
    DEFAULT_FULL_TEXT_BUFFER,
    FULL_TEXT_BUFFER,
    MONTH_COUNTS_OF_CLAIMS,
)
from claimtracker.storage.database import Database, sqlite_url

SYLLABLES = [
    "ka",
    "ri",
    "mo",
    "sa",
    "le",
    "tor",
    "an",
    "qu",
    "el",
    "di",
    "ba",
    "gh",
    "ir",
    "ak",
    "es",
    "on",
    "ul",
    "ta",
]
OUTLETS = [f"Outlet {i:02d}" for i in range(50)]
KINDS = ["person", "organisation", "outlet", "document", "anonymous_group"]
STATUSES = ["unverified", "corroborated", "disputed", "refuted"]


def words(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(n)]


def generate(path: Path, n_articles: int, n_sources: int, n_claims: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    Database.open(sqlite_url(path)).close()  # the app's schema, migrations included
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    # The full-text and month-count triggers are set aside during the load; their work is done
    # once at the end (an FTS rebuild, the counts grouped).
    triggers = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND (name LIKE '%fts%' OR name LIKE 'claim_month_counts%' OR name LIKE 'claim_date_spans%')"
    ).fetchall()
    for name, _sql in triggers:
        con.execute(f"DROP TRIGGER {name}")
    now = dt.datetime(2026, 1, 1).isoformat(sep=" ")
    vocabulary = words(rng, 4000)
    started = time.perf_counter()

    sources = []
    names = []
    for i in range(1, n_sources + 1):
        name = f"{rng.choice(vocabulary).title()} {rng.choice(vocabulary).title()} {i}"
        sources.append(
            (
                i,
                name,
                rng.choice(KINDS),
                "",
                rng.choice("ABCDEF") if rng.random() < 0.6 else None,
                "",
                now,
                now,
                1,
            )
        )
        names.append((i, name, normalise_name(name), 1))
        if rng.random() < 0.3:
            alias = f"{name} (alias)"
            names.append((i, alias, normalise_name(alias), 0))
    con.executemany(_insert("sources"), sources)
    con.executemany("INSERT INTO source_names (source_id, name, norm, is_primary) VALUES (?,?,?,?)", names)

    bodies: list[str] = []
    article_dates: list[dt.date] = []
    rows = []
    for i in range(1, n_articles + 1):
        body = " ".join(rng.choices(vocabulary, k=300))
        published = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(20 * 365))
        bodies.append(body)
        article_dates.append(published)
        rows.append(
            (
                i,
                " ".join(rng.choices(vocabulary, k=8)).capitalize(),
                rng.choice(OUTLETS),
                "",
                "",
                rng.choice(["fr", "en"]),
                published.isoformat(),
                "day",
                "",
                1,
                "",
                body,
                body,
                hashlib.sha256(f"{seed}-{i}".encode()).hexdigest(),
                "",
                now,
            )
        )
    con.executemany(_insert("articles"), rows)

    weights = [1 / (rank + 1) ** 0.9 for rank in range(n_sources)]
    speakers = rng.choices(range(1, n_sources + 1), weights=weights, k=n_claims)
    batch, links, tags = [], [], []
    for claim_id in range(1, n_claims + 1):
        article = rng.randrange(n_articles)
        body = bodies[article]
        start = rng.randrange(len(body) - 200)
        end = start + rng.randint(20, 180)
        quote = body[start:end]
        dated = rng.random() < 0.9
        claim_date = article_dates[article] - dt.timedelta(days=rng.randrange(30)) if dated else None
        precision = "day" if dated else "unknown"
        if dated and rng.random() < 0.05:
            claim_date, precision = claim_date.replace(day=1), "month"
        speaker = speakers[claim_id - 1]
        batch.append(
            (
                claim_id,
                article + 1,
                start,
                end,
                quote,
                "",
                "",
                quote,
                "paraphrase",
                "said",
                speaker,
                claim_date.isoformat() if claim_date else None,
                precision,
                "",
                1,
                "",
                None,
                "unknown",
                "",
                1,
                "",
                rng.choice([None, 1, 2, 3, 4, 5, 6]),
                rng.choice(STATUSES),
                "",
                None,
                0,
                now,
                now,
                1,
            )
        )
        links.append((claim_id, 0, speaker))
        for position in range(1, 1 + rng.choice([0, 0, 1, 1, 1, 2])):
            links.append((claim_id, position, rng.choices(range(1, n_sources + 1), weights=weights)[0]))
        if rng.random() < 0.1:
            tags.append((claim_id, rng.choice(["arms", "drones", "visits", "protests", "elections"])))
        if len(batch) == 50_000:
            _flush(con, batch, links, tags)
            print(f"  {claim_id:,} claims ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    _flush(con, batch, links, tags)
    # The last day of each date (migration 0006): the day itself, or the month's last for a month.
    con.execute(
        "UPDATE claims SET claim_date_latest = CASE claim_date_precision WHEN 'month' "
        "THEN date(claim_date, 'start of month', '+1 month', '-1 day') ELSE claim_date END "
        "WHERE claim_date IS NOT NULL"
    )
    con.execute("UPDATE articles SET pub_latest = pub_date WHERE pub_date IS NOT NULL")
    con.commit()
    for _name, sql in triggers:
        con.execute(sql)
    con.execute("DELETE FROM claim_month_counts")
    con.execute(MONTH_COUNTS_OF_CLAIMS.format(ids="SELECT id FROM claims"))
    for statement in DATE_SPANS_OF_CLAIMS:
        con.execute(statement.format(ids="SELECT id FROM claims"))
    print("  rebuilding the full-text index…", file=sys.stderr)
    # A larger buffer of pending entries: fewer segments to merge (1M claims: 15.6 s → 9.0 s).
    con.execute(f"INSERT INTO claims_fts(claims_fts, rank) VALUES ('hashsize', {FULL_TEXT_BUFFER})")
    con.execute("INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')")
    con.execute(f"INSERT INTO claims_fts(claims_fts, rank) VALUES ('hashsize', {DEFAULT_FULL_TEXT_BUFFER})")
    con.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    con.commit()
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    size = path.stat().st_size / 1e6
    print(
        f"generated {path}: {n_articles:,} articles, {n_sources:,} sources, {n_claims:,} claims, "
        f"{size:,.0f} MB in {time.perf_counter() - started:.0f} s"
    )


# The columns the rows below are written in (those of the first schema; later columns have defaults).
COLUMNS = {
    "sources": [
        "id",
        "name",
        "kind",
        "affiliation",
        "reliability",
        "notes",
        "created_at",
        "updated_at",
        "version",
    ],
    "articles": [
        "id",
        "title",
        "outlet",
        "original_source",
        "url",
        "language",
        "pub_date",
        "pub_precision",
        "pub_wording",
        "pub_certain",
        "pub_doubt",
        "body",
        "raw",
        "content_hash",
        "source_path",
        "imported_at",
    ],
    "claims": [
        "id",
        "article_id",
        "span_start",
        "span_end",
        "quote_exact",
        "quote_prefix",
        "quote_suffix",
        "text",
        "kind",
        "cue",
        "speaker_id",
        "claim_date",
        "claim_date_precision",
        "claim_date_wording",
        "claim_date_certain",
        "claim_date_doubt",
        "event_date",
        "event_date_precision",
        "event_date_wording",
        "event_date_certain",
        "event_date_doubt",
        "credibility",
        "status",
        "note",
        "parent_id",
        "orphaned",
        "created_at",
        "updated_at",
        "version",
    ],
}


def _insert(table: str) -> str:
    names = COLUMNS[table]
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def _flush(con: sqlite3.Connection, batch: list, links: list, tags: list) -> None:
    con.executemany(_insert("claims"), batch)
    con.executemany(
        "INSERT INTO claim_links (claim_id, position, source_id, role) "
        "VALUES (?, ?, ?, CASE WHEN ? = 0 THEN 'origin' ELSE 'intermediary' END)",
        [(c, p, s, p) for c, p, s in links],
    )
    con.executemany("INSERT INTO claim_tags (claim_id, tag) VALUES (?, ?)", tags)
    batch.clear()
    links.clear()
    tags.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--sources", type=int, default=2_000)
    parser.add_argument("--claims", type=int, default=1_000_000)
    args = parser.parse_args()
    generate(args.path, args.articles, args.sources, args.claims)


if __name__ == "__main__":
    main()
