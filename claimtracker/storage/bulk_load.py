"""Loading many claims at once on SQLite: what each inserted row would cost set aside, then done once.

Inside `bulk_claim_load` the insert triggers of `claims` (the full-text index, the month
counts, the date intervals: a dozen statements per row) and of `articles` (their full-text
index) are dropped; their work is done set-based for the rows inserted, between the
caller's batches (`BulkLoad.catch_up`) and on leaving (the full text). A caller that has the
rows it wrote counts their months itself (`BulkLoad.add_counted`), written once at the end. When the
load at least doubles the archive, the secondary indexes of the claim tables are dropped too
and built again at the end: one sort per index instead of a random B-tree insert per row and
index (fifteen on `claims`, eighteen in all). The full-text indexes are filled with a larger
in-memory buffer, so that they write fewer segments to merge: row by row, 20,000 articles took
6.3 s (their bodies flushed a megabyte at a time and merged again and again), set-based 0.35 s.

All of it happens in the caller's transaction (DDL is transactional on SQLite and the writer
holds the database's lock), so a failure or a cancel rolls the schema back with the rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

INSERT_TRIGGERS = ("claims_fts_ai", "claim_month_counts_ai", "claim_date_spans_ai", "articles_fts_ai")
INDEXED_TABLES = ("claims", "claim_links", "claim_tags")
# Below this, dropping and rebuilding indexes costs more than it saves.
INDEXES_ASIDE_FROM = 20_000
# FTS5's buffer of pending entries (default 1 MB): larger means fewer segments to merge.
FULL_TEXT_BUFFER = 64 * 1024 * 1024
DEFAULT_FULL_TEXT_BUFFER = 1024 * 1024
# SQLite's page cache while loading (default 2 MB): index pages stay in memory between batches.
CACHE_KIB = 64 * 1024

_FILL_FULL_TEXT = (
    "INSERT INTO claims_fts (rowid, text, quote_exact) "
    "SELECT id, text, quote_exact FROM claims_fts_source WHERE id IN ({ids})"
)  # the view of migration 0019: each quote indexed only where it differs from the text
_FILL_ARTICLES_FULL_TEXT = (
    "INSERT INTO articles_fts (rowid, title, body) SELECT id, title, body FROM articles WHERE id IN ({ids})"
)
_IDS = "SELECT value FROM json_each(:ids)"
# The date intervals the trigger would write (migration 0017), for the claims `{ids}` selects.
DATE_SPANS_OF_CLAIMS = [
    f"INSERT INTO {field}_spans SELECT id, CAST(julianday({field}) AS INTEGER), "
    f"CAST(julianday(coalesce({field}_latest, {field})) AS INTEGER) FROM claims "
    f"WHERE id IN ({{ids}}) AND {field} IS NOT NULL"
    for field in ("claim_date", "event_date")
]
# The month counts the triggers would write for the claims whose ids `{ids}` selects, added on.
# The claims are read once (the materialised `c`), then counted six ways.
MONTH_COUNTS_OF_CLAIMS = """
INSERT INTO claim_month_counts (field, speaker_id, month, n)
WITH c AS MATERIALIZED (
    SELECT speaker_id, coalesce(substr(claim_date, 1, 7), '') AS claim_month, claim_date IS NOT NULL AS claim_dated,
           coalesce(substr(event_date, 1, 7), '') AS event_month, event_date IS NOT NULL AS event_dated
    FROM claims WHERE id IN ({ids})
)
SELECT field, speaker_id, month, count(*) FROM (
    SELECT 'claim' AS field, speaker_id, claim_month AS month FROM c
    UNION ALL SELECT 'claim', 0, claim_month FROM c
    UNION ALL SELECT 'claim', speaker_id, '*' FROM c WHERE claim_dated
    UNION ALL SELECT 'event', speaker_id, event_month FROM c
    UNION ALL SELECT 'event', 0, event_month FROM c
    UNION ALL SELECT 'event', speaker_id, '*' FROM c WHERE event_dated
) WHERE true GROUP BY field, speaker_id, month
ON CONFLICT (field, speaker_id, month) DO UPDATE SET n = n + excluded.n
"""
_ADD_MONTH_COUNT = (
    "INSERT INTO claim_month_counts (field, speaker_id, month, n) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (field, speaker_id, month) DO UPDATE SET n = n + excluded.n"
)


@dataclass(slots=True)
class BulkLoad:
    """The ids of the rows a load inserted whose triggers' work is still to do."""

    claims: list[int] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)
    indexed: list[int] = field(default_factory=list)  # claims whose full text is still to index
    session: Session | None = None  # while a load on SQLite is on; else nothing is deferred
    # Claims the caller counted itself (`add_counted`): only their intervals are still to write.
    counted: list[int] = field(default_factory=list)
    # Their number per (speaker id, claim date, event date), the dates as stored (ISO text or None).
    dated: Counter = field(default_factory=Counter)

    def add_counted(self, ids: list[int], dates: Counter) -> None:
        """Claims inserted with their month keys counted by the caller from the rows it wrote:
        reading the claims back to count them took 0.4 s per 100,000."""
        if self.session is not None:
            self.counted += ids
            self.dated.update(dates)

    def catch_up(self) -> None:
        """The month counts and date intervals of the claims inserted so far, written now. An
        importer calls it between batches, while its reader prepares the next, rather than
        adding their second to the end of the load. The full text waits for the end: FTS5
        writes out what it holds at each statement of a transaction, so that filling it batch
        by batch took twice as long (1.4 s for 100,000 claims against 0.64 s)."""
        if self.session is None:
            return
        if self.claims:
            parameters = {"ids": "[" + ",".join(map(str, self.claims)) + "]"}
            self.session.execute(sa.text(MONTH_COUNTS_OF_CLAIMS.format(ids=_IDS)), parameters)
        if ids := self.claims + self.counted:
            parameters = {"ids": "[" + ",".join(map(str, ids)) + "]"}
            for statement in DATE_SPANS_OF_CLAIMS:
                self.session.execute(sa.text(statement.format(ids=_IDS)), parameters)
        self.indexed += ids
        self.claims, self.counted = [], []

    def finish(self) -> None:
        """What is left to do: the claims not caught up with, and the full text."""
        self.catch_up()
        if self.session is None:
            return
        if self.dated:
            rows = [(*key, n) for key, n in sorted(month_counts(self.dated).items())]
            self.session.connection().exec_driver_sql(_ADD_MONTH_COUNT, rows)
            self.dated = Counter()
        for table, ids in ((_FILL_ARTICLES_FULL_TEXT, self.articles), (_FILL_FULL_TEXT, self.indexed)):
            if ids:
                parameters = {"ids": "[" + ",".join(map(str, ids)) + "]"}
                self.session.execute(sa.text(table.format(ids=_IDS)), parameters)
        self.articles, self.indexed = [], []


def month_counts(dated: Counter) -> Counter:
    """The rows `MONTH_COUNTS_OF_CLAIMS` would add, from claims counted per (speaker, claim date,
    event date): per field, by speaker and month, by month for every speaker (speaker 0), and by
    speaker for every dated month ('*'); '' is the month of the undated."""
    counts: Counter = Counter()
    for (speaker, claim_date, event_date), n in dated.items():
        for name, date in (("claim", claim_date), ("event", event_date)):
            month = date[:7] if date else ""
            counts[name, speaker, month] += n
            counts[name, 0, month] += n
            if date:
                counts[name, speaker, "*"] += n
    return counts


@contextmanager
def bulk_claim_load(session: Session, expected: int = 0) -> Iterator[BulkLoad]:
    """Yields the lists for the ids of the claims (about `expected` of them) and articles
    inserted inside; their full-text entries, month counts and date intervals are written
    set-based when the caller catches up and on leaving, when the triggers and indexes set aside
    come back.

    SQLite only; on PostgreSQL the triggers stay and the lists are ignored."""
    if session.get_bind().dialect.name != "sqlite":
        yield BulkLoad()
        return
    set_aside = _schema_sql(
        session, "trigger", "name IN ({})".format(", ".join(f"'{n}'" for n in INSERT_TRIGGERS))
    )
    if expected >= INDEXES_ASIDE_FROM and expected >= _stored_claims(session):
        tables = ", ".join(f"'{t}'" for t in INDEXED_TABLES)
        set_aside += _schema_sql(session, "index", f"tbl_name IN ({tables}) AND sql IS NOT NULL")
    for kind, name, _sql in set_aside:
        session.execute(sa.text(f"DROP {kind.upper()} {name}"))
    cache = session.scalar(sa.text("PRAGMA cache_size"))
    session.execute(sa.text(f"PRAGMA cache_size = {-CACHE_KIB}"))  # the connection's, not the transaction's
    inserted = BulkLoad(session=session)
    try:
        with _full_text_buffer(session):
            yield inserted  # on an exception, the caller's rollback brings back what was dropped
            inserted.finish()
        for _kind, _name, sql in set_aside:
            session.execute(sa.text(sql))
    finally:
        session.execute(sa.text(f"PRAGMA cache_size = {int(cache)}"))


def _schema_sql(session: Session, kind: str, where: str) -> list[tuple[str, str, str]]:
    rows = session.execute(
        sa.text(f"SELECT type, name, sql FROM sqlite_master WHERE type = '{kind}' AND {where}")
    )
    return [(kind_, name, sql) for kind_, name, sql in rows]


def _stored_claims(session: Session) -> int:
    """How many claims the archive holds, from the month counts (speaker 0 counts every claim)."""
    return session.scalar(
        sa.text("SELECT coalesce(sum(n), 0) FROM claim_month_counts WHERE field = 'claim' AND speaker_id = 0")
    )


@contextmanager
def _full_text_buffer(session: Session) -> Iterator[None]:
    """The larger buffer for the statements inside. It is a setting of each full-text table
    itself (kept in its %_config table, within the transaction)."""
    for table in ("claims_fts", "articles_fts"):
        session.execute(
            sa.text(f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', {FULL_TEXT_BUFFER})")
        )
    yield
    for table in ("claims_fts", "articles_fts"):
        session.execute(
            sa.text(f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', {DEFAULT_FULL_TEXT_BUFFER})")
        )
