"""Set-based writes for imports: claims, their links and tags, by the thousand, in the caller's transaction.

An import of a claim sheet stores claims on the articles it just added without comparing them
with anything: they go in as lists of rows (SQLAlchemy Core `insert()` with many parameter
sets, which the driver runs as one `executemany`), in the caller's transaction. What each row
would cost the triggers and indexes of SQLite is set aside by `bulk_load`.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import Claim
from claimtracker.domain.facts import Fact
from claimtracker.domain.sources import Source, SourceKind, normalise_name
from claimtracker.errors import NotFoundError
from claimtracker.storage.articles_repo import date_columns, registry_id
from claimtracker.storage.claims_repo import claim_columns, link_rows, tag_rows
from claimtracker.storage.id_lists import ids_in
from claimtracker.storage.schema import (
    ArticleRow,
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
    pick = operator.itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],))
    converting = [
        (i, _remembered(to_db))
        for i, name in enumerate(columns)
        if (to_db := table.c[name].type.bind_processor(dialect))
    ]
    values: list = [pick(row) for row in rows]
    if converting:
        for n, row_values in enumerate(values):
            converted = list(row_values)
            for i, to_db in converting:
                converted[i] = to_db(converted[i])
            values[n] = tuple(converted)
    placeholders = ", ".join("?" * len(columns))
    session.connection().exec_driver_sql(
        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({placeholders})", values
    )


def _remembered(to_db: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A column's conversion done once per distinct value: a batch's timestamps are all the
    same, and its dates and flags repeat."""
    done: dict = {}

    def convert(value: Any) -> Any:
        try:
            return done[value]
        except KeyError:
            done[value] = converted = to_db(value)
            return converted
        except TypeError:  # not hashable
            return to_db(value)

    return convert


def insert_articles(session: Session, articles: list[Article]) -> list[tuple[int, bool, str]]:
    """Articles stored unless the same content is stored already (or earlier in the list), each
    under its own id when that id is free: (id here, added, text) for each, in order."""
    dialect = session.get_bind().dialect.name
    hashes = sorted({a.content_hash for a in articles})
    stored = dict(
        session.execute(
            sa.select(ArticleRow.content_hash, ArticleRow.id).where(ArticleRow.content_hash.in_(hashes))
        ).all()
    ) if hashes else {}  # fmt: skip
    bodies = dict(
        session.execute(sa.select(ArticleRow.id, ArticleRow.body).where(ArticleRow.id.in_(stored.values()))).all()
    ) if stored else {}  # fmt: skip
    wanted = sorted({a.id for a in articles if isinstance(a.id, int)})
    taken = (
        set(session.scalars(sa.select(ArticleRow.id).where(ids_in(ArticleRow.id, wanted, dialect))))
        if wanted
        else set()
    )
    next_id = max([session.scalar(sa.select(sa.func.max(ArticleRow.id))) or 0, *wanted]) + 1
    registry: dict[str, int | None] = {}  # an outlet's name → its registry source, looked up once

    def outlet_id(name: str) -> int | None:
        if name not in registry:
            registry[name] = registry_id(session, name, SourceKind.OUTLET)
        return registry[name]

    found, rows = [], []
    for article in articles:
        if article.content_hash in stored:
            article_id = stored[article.content_hash]
            found.append((article_id, False, bodies[article_id]))
            continue
        if isinstance(article.id, int) and article.id not in taken:
            article_id = article.id
        else:
            article_id, next_id = next_id, next_id + 1
        taken.add(article_id)
        stored[article.content_hash], bodies[article_id] = article_id, article.body
        found.append((article_id, True, article.body))
        rows.append(
            {"id": article_id, "title": article.title, "outlet": article.outlet,
             "original_source": article.original_source, "outlet_id": outlet_id(article.outlet),
             "original_source_id": outlet_id(article.original_source), "url": article.url,
             "language": article.language, **date_columns(article.published), "body": article.body,
             "raw": article.raw, "content_hash": article.content_hash, "source_path": article.source_path,
             "imported_at": article.imported_at or utcnow(), "version": 1}
        )  # fmt: skip
    insert_rows(session, ArticleRow.__table__, rows)  # type: ignore[arg-type]
    return found


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
    insert_rows(session, ClaimLinkRow.__table__, [row for c in claims for row in link_rows(c.id, c.chain)])  # type: ignore[arg-type]
    insert_rows(session, ClaimTagRow.__table__, [row for c in claims for row in tag_rows(c.id, c.tags)])  # type: ignore[arg-type]
    insert_rows(
        session,
        ChangeRow.__table__,  # type: ignore[arg-type]
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
