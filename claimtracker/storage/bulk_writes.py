"""Set-based writes for imports: claims, their links and tags, by the thousand, in the caller's transaction.

An import of a claim sheet stores claims on the articles it just added without comparing them
with anything: they go in as lists of rows (SQLAlchemy Core `insert()` with many parameter
sets, which the driver runs as one `executemany`). On SQLite the two insert triggers of `claims`
(the full-text index, the month counts) would run once per row, nine statements each; inside
`deferred_claim_triggers` they are set aside and their work is done once for all the claims
inserted, in the same transaction, so that a failure or a cancel rolls everything back.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.domain.claims import Claim
from claimtracker.domain.facts import Fact
from claimtracker.domain.sources import Source, normalise_name
from claimtracker.errors import NotFoundError
from claimtracker.storage.claims_repo import claim_columns, link_rows, tag_rows
from claimtracker.storage.id_lists import ids_in
from claimtracker.storage.schema import (
    ChangeRow,
    ClaimLinkRow,
    ClaimRow,
    ClaimTagRow,
    FactClaimRow,
    FactDistinctLinesRow,
    FactRow,
    SourceNameRow,
    SourceRow,
    utcnow,
)

INSERT_TRIGGERS = ("claims_fts_ai", "claim_month_counts_ai")

_FILL_FULL_TEXT = "INSERT INTO claims_fts (rowid, text, quote_exact) SELECT id, text, quote_exact FROM claims WHERE id IN ({ids})"
# The month counts the triggers would write for the claims whose ids `{ids}` selects, added on.
MONTH_COUNTS_OF_CLAIMS = """
INSERT INTO claim_month_counts (field, speaker_id, month, n)
SELECT field, speaker_id, month, count(*) FROM (
    SELECT 'claim' AS field, speaker_id, coalesce(substr(claim_date, 1, 7), '') AS month FROM claims WHERE id IN ({ids})
    UNION ALL SELECT 'claim', 0, coalesce(substr(claim_date, 1, 7), '') FROM claims WHERE id IN ({ids})
    UNION ALL SELECT 'claim', speaker_id, '*' FROM claims WHERE id IN ({ids}) AND claim_date IS NOT NULL
    UNION ALL SELECT 'event', speaker_id, coalesce(substr(event_date, 1, 7), '') FROM claims WHERE id IN ({ids})
    UNION ALL SELECT 'event', 0, coalesce(substr(event_date, 1, 7), '') FROM claims WHERE id IN ({ids})
    UNION ALL SELECT 'event', speaker_id, '*' FROM claims WHERE id IN ({ids}) AND event_date IS NOT NULL
) WHERE true GROUP BY field, speaker_id, month
ON CONFLICT (field, speaker_id, month) DO UPDATE SET n = n + excluded.n
"""


@contextmanager
def deferred_claim_triggers(session: Session) -> Iterator[list[int]]:
    """Yields a list for the ids of the claims inserted inside; on leaving, their full-text
    entries and month counts are written set-based and the insert triggers come back.

    SQLite only (DDL is transactional there and the writer holds the database's lock); on
    PostgreSQL the triggers stay and the list is ignored.
    """
    inserted: list[int] = []
    if session.get_bind().dialect.name != "sqlite":
        yield inserted
        return
    names = ", ".join(f"'{name}'" for name in INSERT_TRIGGERS)
    triggers = session.execute(
        sa.text(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})")
    ).all()
    for name, _sql in triggers:
        session.execute(sa.text(f"DROP TRIGGER {name}"))
    try:
        yield inserted
        if inserted:
            ids = "SELECT value FROM json_each(:ids)"
            parameters = {"ids": _json(inserted)}
            session.execute(sa.text(_FILL_FULL_TEXT.format(ids=ids)), parameters)
            session.execute(sa.text(MONTH_COUNTS_OF_CLAIMS.format(ids=ids)), parameters)
    finally:
        for _name, sql in triggers:
            session.execute(sa.text(sql))


def insert_rows(session: Session, table: sa.Table, rows: list[dict]) -> None:
    """Rows (all with the same keys) into `table`. On SQLite they go straight to the driver's
    executemany with each column's own conversion: SQLAlchemy's per-row handling of the
    parameters costs more than SQLite's insert. Elsewhere, Core's insert with many rows."""
    if not rows:
        return
    dialect = session.get_bind().dialect
    if dialect.name != "sqlite":
        session.execute(sa.insert(table), rows)
        return
    columns = list(rows[0])
    convert = [table.c[name].type.bind_processor(dialect) for name in columns]
    values = [
        tuple(
            value if to_db is None else to_db(value)
            for value, to_db in zip((row[c] for c in columns), convert, strict=True)
        )
        for row in rows
    ]
    placeholders = ", ".join("?" * len(columns))
    session.connection().exec_driver_sql(
        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({placeholders})", values
    )


def _json(ids: list[int]) -> str:
    return "[" + ",".join(map(str, ids)) + "]"


def insert_claims(session: Session, claims: list[Claim], who: str, summary: str) -> None:
    """New claims, each with its id chosen and every link of its chain a registry source's id,
    with one change-log row each. The caller has checked the spans against the text; the sources
    are checked here, in one query."""
    if not claims:
        return
    source_ids = {link.id for claim in claims for link in claim.chain.links}
    if None in source_ids:
        raise ValueError("insert_claims needs every chain link's source id")
    dialect = session.get_bind().dialect.name
    known = set(
        session.scalars(sa.select(SourceRow.id).where(ids_in(SourceRow.id, sorted(source_ids), dialect)))  # type: ignore[arg-type]
    )
    if missing := source_ids - known:
        raise NotFoundError(f"no source with id {min(missing)}")  # type: ignore[type-var]
    now = utcnow()
    insert_rows(
        session,
        ClaimRow.__table__,  # type: ignore[arg-type]
        [
            {
                "id": claim.id,
                "article_id": claim.article_id,
                "speaker_id": claim.chain.links[0].id,
                **claim_columns(claim),
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
            for claim in claims
        ],
    )
    session.execute(
        sa.insert(ClaimLinkRow.__table__), [row for c in claims for row in link_rows(c.id, c.chain)]
    )  # type: ignore[arg-type]
    tags = [row for c in claims for row in tag_rows(c.id, c.tags)]  # type: ignore[arg-type]
    if tags:
        session.execute(sa.insert(ClaimTagRow.__table__), tags)
    session.execute(
        sa.insert(ChangeRow.__table__),
        [
            {
                "at": now,
                "who": who[:100],
                "entity": "claim",
                "entity_id": c.id,
                "action": "import",
                "version": 1,
                "summary": summary,
            }
            for c in claims
        ],
    )


def insert_sources(session: Session, sources: list[tuple[int | None, Source]]) -> list[int]:
    """New registry sources, each under the id asked for when it is free: their ids, in order.

    The caller has checked that no name is in the registry already (`source_ids_by_name`)."""
    if not sources:
        return []
    dialect = session.get_bind().dialect.name
    wanted = sorted({w for w, _s in sources if w is not None})
    taken = (
        set(session.scalars(sa.select(SourceRow.id).where(ids_in(SourceRow.id, wanted, dialect))))
        if wanted
        else set()
    )
    next_id = max([session.scalar(sa.select(sa.func.max(SourceRow.id))) or 0, *wanted]) + 1
    ids, rows, names, now = [], [], [], utcnow()
    for want, source in sources:
        if want is not None and want not in taken:
            taken.add(want)
            source_id = want
        else:
            source_id, next_id = next_id, next_id + 1
        ids.append(source_id)
        rows.append(
            {
                "id": source_id,
                "name": source.name,
                "kind": source.kind.value,
                "affiliation": source.affiliation,
                "reliability": source.reliability.value if source.reliability else None,
                "notes": source.notes,
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
        )
        seen: set[str] = set()
        for i, alias in enumerate((source.name, *source.aliases)):
            norm = normalise_name(alias)
            if norm and norm not in seen:
                seen.add(norm)
                names.append(
                    {"source_id": source_id, "name": alias.strip(), "norm": norm, "is_primary": i == 0}
                )
    session.execute(sa.insert(SourceRow.__table__), rows)
    session.execute(sa.insert(SourceNameRow.__table__), names)
    return ids


def source_ids_by_name(session: Session, names: list[str]) -> dict[str, int]:
    """The registry's source for each normalised name (canonical or alias) it knows, in one query."""
    norms = sorted({normalise_name(n) for n in names} - {""})
    if not norms:
        return {}
    found: dict[str, int] = {}
    for start in range(0, len(norms), 5000):
        chunk = norms[start : start + 5000]
        rows = session.execute(
            sa.select(SourceNameRow.norm, sa.func.min(SourceNameRow.source_id))
            .where(SourceNameRow.norm.in_(chunk))
            .group_by(SourceNameRow.norm)
        )
        found.update({norm: source_id for norm, source_id in rows})
    return found


def insert_facts(session: Session, facts: list[Fact], who: str) -> list[int]:
    """New facts under ids chosen here, with one change-log row each: their ids, in order."""
    if not facts:
        return []
    next_id = (session.scalar(sa.select(sa.func.max(FactRow.id))) or 0) + 1
    ids = list(range(next_id, next_id + len(facts)))
    now = utcnow()
    session.execute(
        sa.insert(FactRow.__table__),
        [
            {
                "id": fact_id,
                "statement": fact.statement.strip(),
                "status": fact.status.value,
                "note": fact.note,
                "review": fact.review,
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
            for fact_id, fact in zip(ids, facts, strict=True)
        ],
    )
    session.execute(
        sa.insert(ChangeRow.__table__),
        [
            {"at": now, "who": who[:100], "entity": "fact", "entity_id": fact_id, "action": "import",
             "version": 1, "summary": fact.statement.strip()[:80]}
            for fact_id, fact in zip(ids, facts, strict=True)
        ],
    )  # fmt: skip
    return ids


def insert_fact_links(session: Session, links: list[dict], distinct: list[dict]) -> None:
    """Claims linked to new facts (fact_claims rows) and their distinct-origin pairs, as given."""
    if links:
        session.execute(sa.insert(FactClaimRow.__table__), links)
    if distinct:
        session.execute(sa.insert(FactDistinctLinesRow.__table__), distinct)
