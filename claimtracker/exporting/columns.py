"""The columns of a claim sheet, shared by the CSV and XLSX exports, and the rows that fill them.

Rows are built straight from SQL tuples, batch by batch (no domain objects on the way): a sheet of
a hundred thousand claims is written in seconds with flat memory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import sqlalchemy as sa

from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.domain.claims import chain_columns
from claimtracker.domain.dates import ClaimDate, Precision
from claimtracker.domain.sources import Reliability, chain_code, weakest_link
from claimtracker.exporting.sheet import BATCH, Cancelled, Progress, articles_info, count_and_ids
from claimtracker.storage.database import Database
from claimtracker.storage.id_lists import ids_in
from claimtracker.storage.schema import ClaimLinkRow, ClaimRow, ClaimTagRow, SourceRow


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    width: int = 14  # characters, for spreadsheets
    wrap: bool = False
    date_of: str | None = None  # a date column: written as a real date, formatted to this precision column


COLUMNS: tuple[Column, ...] = (
    Column("claim_id", 9),
    Column("claim_date", 12, date_of="claim_date_precision"),
    Column("claim_date_precision", 10),
    Column("claim_date_wording", 18),
    Column("claim_date_certain", 9),
    Column("claim_date_edtf", 14),
    Column("event_date", 12, date_of="event_date_precision"),
    Column("event_date_precision", 10),
    Column("event_date_wording", 18),
    Column("event_date_edtf", 14),
    Column("speaker", 26, wrap=True),
    Column("via", 22, wrap=True),
    Column("publisher", 18),
    Column("chain", 40, wrap=True),
    Column("cue", 14),
    Column("kind", 14),
    Column("claim", 60, wrap=True),
    Column("quote", 60, wrap=True),
    Column("status", 12),
    Column("credibility", 10),
    Column("speaker_reliability", 10),
    Column("grade", 7),  # the weakest link's reliability and the claim's credibility
    Column("weakest_link", 22),
    Column("tags", 16),
    Column("note", 30, wrap=True),
    Column("article_id", 9),
    Column("article_title", 40, wrap=True),
    Column("outlet", 20),
    Column("original_source", 16),
    Column("url", 30),
    Column("article_published", 12),
    Column("language", 6),
    Column("span_start", 9),
    Column("span_end", 9),
)
INDEX = {column.header: i for i, column in enumerate(COLUMNS)}
EXCEL_DATE_FORMATS = {
    Precision.DAY.value: "yyyy-mm-dd",
    Precision.MONTH.value: "yyyy-mm",
    Precision.YEAR.value: "yyyy",
    Precision.DECADE.value: "yyyy",  # its first year; the EDTF column says "199X"
    Precision.RANGE.value: "yyyy-mm-dd",  # its first day; the EDTF column has the interval
}

# Table columns, not mapped attributes: plain Core, no ORM bookkeeping per row.
_C, _L, _T, _S = (m.__table__ for m in (ClaimRow, ClaimLinkRow, ClaimTagRow, SourceRow))
_CLAIM_COLUMNS = (
    _C.c.id,
    _C.c.claim_date,
    _C.c.claim_date_precision,
    _C.c.claim_date_wording,
    _C.c.claim_date_certain,
    _C.c.event_date,
    _C.c.event_date_precision,
    _C.c.event_date_wording,
    _C.c.cue,
    _C.c.kind,
    _C.c.text,
    _C.c.quote_exact,
    _C.c.status,
    _C.c.credibility,
    _C.c.note,
    _C.c.article_id,
    _C.c.span_start,
    _C.c.span_end,
    _C.c.claim_date_latest,
    _C.c.event_date_latest,
    _C.c.event_date_certain,
)


def sheet_tuples(
    db: Database,
    query: ClaimFilter,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[tuple]:
    """One tuple per claim of `query`, in its order, with the values of COLUMNS (dates as dates)."""
    ids = count_and_ids(db, query)
    with db.reading() as session:
        dialect = session.get_bind().dialect.name
        sources = {
            r[0]: (r[1], r[2]) for r in session.execute(sa.select(_S.c.id, _S.c.name, _S.c.reliability))
        }
    for start in range(0, len(ids), BATCH):
        if cancelled():
            raise Cancelled
        batch = ids[start : start + BATCH]
        with db.reading() as session:
            claims = {
                r[0]: r
                for r in session.execute(sa.select(*_CLAIM_COLUMNS).where(ids_in(_C.c.id, batch, dialect)))
            }
            chains: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
            for claim_id, source_id in session.execute(
                sa.select(_L.c.claim_id, _L.c.source_id)
                .where(ids_in(_L.c.claim_id, batch, dialect))
                .order_by(_L.c.claim_id, _L.c.position)
            ):
                chains[claim_id].append(sources[source_id])
            tags: dict[int, list[str]] = defaultdict(list)
            for claim_id, tag in session.execute(
                sa.select(_T.c.claim_id, _T.c.tag)
                .where(ids_in(_T.c.claim_id, batch, dialect))
                .order_by(_T.c.claim_id, _T.c.tag)
            ):
                tags[claim_id].append(tag)
            articles = articles_info(session, {r[15] for r in claims.values()})
        for claim_id in batch:
            row = claims.get(claim_id)
            if row is not None:
                yield _tuple(row, chains[claim_id], tags[claim_id], articles[row[15]])
        if progress is not None:
            progress(min(start + BATCH, len(ids)), len(ids))


def _tuple(row, chain: list[tuple[str, str | None]], tags: list[str], article) -> tuple:
    (
        claim_id,
        claim_date,
        claim_precision,
        claim_wording,
        claim_certain,
        event_date,
        event_precision,
        event_wording,
        cue,
        kind,
        text,
        quote,
        status,
        credibility,
        note,
        article_id,
        span_start,
        span_end,
        claim_latest,
        event_latest,
        event_certain,
    ) = row
    claim_edtf = _edtf(claim_date, claim_precision, claim_certain, claim_latest)
    event_edtf = _edtf(event_date, event_precision, event_certain, event_latest)
    names = [name for name, _grade in chain]
    reliability = chain[0][1] if chain else None
    graded = [(name, Reliability(grade) if grade else None) for name, grade in chain]
    weakest = weakest_link(graded)
    grade = chain_code(graded, credibility)
    speaker, via, publisher, whole = chain_columns(names)
    return (
        claim_id,
        claim_date,
        claim_precision,
        claim_wording,
        "yes" if claim_certain else "no",
        claim_edtf,
        event_date,
        event_precision,
        event_wording,
        event_edtf,
        speaker,
        via,
        publisher,
        whole,
        cue,
        kind,
        text,
        quote,
        status,
        credibility if credibility is not None else "",
        reliability or "",
        grade,
        weakest[0] if weakest and len(chain) > 1 else "",
        ", ".join(tags),
        note,
        article_id,
        article.title,
        article.outlet,
        article.original_source,
        article.url,
        article.published,
        article.language,
        span_start,
        span_end,
    )


def _edtf(value, precision: str, certain: bool, latest) -> str:
    if value is None:
        return ""
    return ClaimDate(value, Precision(precision), "", certain, "", latest).edtf()
