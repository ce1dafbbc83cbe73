"""Set-based writes for imports: claims, their links and tags, by the thousand, in the caller's transaction.

An import of a claim sheet stores claims on the articles it just added without comparing them
with anything: they go in as lists of rows (SQLAlchemy Core `insert()` with many parameter
sets, which the driver runs as one `executemany`), in the caller's transaction. What each row
would cost the triggers and indexes of SQLite is set aside by `bulk_load`.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.domain.articles import Article
from claimtracker.domain.facts import Fact
from claimtracker.domain.sources import Source, SourceKind, normalise_name
from claimtracker.errors import NotFoundError
from claimtracker.storage.articles_repo import date_columns, registry_id
from claimtracker.storage.claims_repo import LINK_COLUMNS, OWN_COLUMNS
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
    """Rows (all with the same keys) into `table`, set-based."""
    if not rows:
        return
    columns = tuple(rows[0])
    dialect = session.get_bind().dialect
    pick = operator.itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],))
    to_driver = driver_form(table, columns, dialect)
    insert_values(session, table, columns, [to_driver(pick(row)) for row in rows])


def driver_form(table: sa.Table, columns: tuple[str, ...], dialect: sa.Dialect) -> Callable[[tuple], tuple]:
    """What turns a tuple of `columns`' values into what `insert_values` takes on this dialect.
    On SQLite: each column's own conversion (dates and times to text, flags to integers), done
    here because SQLAlchemy's per-row handling of the parameters costs more than SQLite's insert.
    Elsewhere the values stay as they are, for Core's insert."""
    if dialect.name != "sqlite":
        return lambda values: values
    converting = [
        (i, _remembered(to_db))
        for i, name in enumerate(columns)
        if (to_db := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
    ]

    def to_driver(values: tuple) -> tuple:
        if not converting:
            return values
        converted = list(values)
        for i, to_db in converting:
            converted[i] = to_db(converted[i])
        return tuple(converted)

    return to_driver


def insert_values(session: Session, table: sa.Table, columns: tuple[str, ...], values: list[tuple]) -> None:
    """Tuples in `driver_form` into `table`: on SQLite straight to the driver's executemany,
    elsewhere through Core's insert with many rows."""
    if not values:
        return
    if session.get_bind().dialect.name != "sqlite":
        session.execute(sa.insert(table), [dict(zip(columns, row, strict=True)) for row in values])
        return
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
    # The registry sources of the outlets named, looked up together (one query for the batch, not
    # one per name: 2,000 of them took 0.3 s in a sheet of 20,000 articles); new ones added.
    known = source_ids_by_name(session, [n for a in articles for n in (a.outlet, a.original_source)])
    registry: dict[str, int | None] = {}

    def outlet_id(name: str) -> int | None:
        if name not in registry:
            norm = normalise_name(name)
            registry[name] = known[norm] if norm in known else registry_id(session, name, SourceKind.OUTLET)
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


CLAIM_COLUMNS = ("id", "article_id", "speaker_id", *OWN_COLUMNS, "created_at", "updated_at", "version")
CLAIMS, LINKS, TAGS = ClaimRow.__table__, ClaimLinkRow.__table__, ClaimTagRow.__table__
_LINK_SOURCE = 1 + LINK_COLUMNS.index("source_id")  # in a link's row, after the claim's id


@dataclass(slots=True)
class ClaimBatch:
    """New claims as rows: each claim's `CLAIM_COLUMNS`, its links' (claim id, *`LINK_COLUMNS`)
    and its tags' (claim id, tag), in `driver_form`."""

    claims: list[tuple] = field(default_factory=list)
    links: list[tuple] = field(default_factory=list)
    tags: list[tuple] = field(default_factory=list)


def claim_converters(dialect: sa.Dialect) -> tuple[Callable[[tuple], tuple], Callable[[tuple], tuple]]:
    """The `driver_form` of a claim's row and of a link's row, each without the claim's id (which
    the importer chooses later, and which needs no conversion)."""
    return (
        driver_form(CLAIMS, CLAIM_COLUMNS[1:], dialect),  # type: ignore[arg-type]
        driver_form(LINKS, LINK_COLUMNS, dialect),  # type: ignore[arg-type]
    )


def insert_claims(session: Session, batch: ClaimBatch, who: str, summary: str) -> None:
    """New claims, each with its id chosen and every link of its chain a registry source's id,
    with one change-log row each. The caller has checked the spans against the text; the sources
    are checked here, in one query."""
    if not batch.claims:
        return
    source_ids = {link[_LINK_SOURCE] for link in batch.links}
    if None in source_ids:
        raise ValueError("insert_claims needs every chain link's source id")
    dialect = session.get_bind().dialect.name
    known = set(
        session.scalars(sa.select(SourceRow.id).where(ids_in(SourceRow.id, sorted(source_ids), dialect)))  # type: ignore[arg-type]
    )
    if missing := source_ids - known:
        raise NotFoundError(f"no source with id {min(missing)}")  # type: ignore[type-var]
    insert_values(session, CLAIMS, CLAIM_COLUMNS, batch.claims)  # type: ignore[arg-type]
    insert_values(session, LINKS, ("claim_id", *LINK_COLUMNS), batch.links)  # type: ignore[arg-type]
    insert_values(session, TAGS, ("claim_id", "tag"), batch.tags)  # type: ignore[arg-type]
    log = ("at", "who", "entity", "entity_id", "action", "version", "summary")
    at = driver_form(ChangeRow.__table__, ("at",), session.get_bind().dialect)((utcnow(),))[0]  # type: ignore[arg-type]
    insert_values(
        session,
        ChangeRow.__table__,  # type: ignore[arg-type]
        log,
        [(at, who[:100], "claim", claim[0], "import", 1, summary) for claim in batch.claims],
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
    insert_rows(session, SourceRow.__table__, rows)  # type: ignore[arg-type]
    insert_rows(session, SourceNameRow.__table__, names)  # type: ignore[arg-type]
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
    insert_rows(
        session,
        FactRow.__table__,  # type: ignore[arg-type]
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
    insert_rows(
        session,
        ChangeRow.__table__,  # type: ignore[arg-type]
        [
            {"at": now, "who": who[:100], "entity": "fact", "entity_id": fact_id, "action": "import",
             "version": 1, "summary": fact.statement.strip()[:80]}
            for fact_id, fact in zip(ids, facts, strict=True)
        ],
    )  # fmt: skip
    return ids


def insert_fact_links(session: Session, links: list[dict], distinct: list[dict]) -> None:
    """Claims linked to new facts (fact_claims rows) and their distinct-origin pairs, as given."""
    insert_rows(session, FactClaimRow.__table__, links)  # type: ignore[arg-type]
    insert_rows(session, FactDistinctLinesRow.__table__, distinct)  # type: ignore[arg-type]
