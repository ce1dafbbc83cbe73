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
from claimtracker.domain.dates import ClaimDate, Precision
from claimtracker.exporting.sheet import BATCH, Cancelled, Progress, count_and_ids
from claimtracker.storage.database import Database
from claimtracker.storage.schema import ArticleRow, ClaimLinkRow, ClaimRow, ClaimTagRow, SourceRow


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
    Column("event_date", 12, date_of="event_date_precision"),
    Column("event_date_precision", 10),
    Column("event_date_wording", 18),
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
    Column("grade", 7),
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
}

_CLAIM_COLUMNS = (
    ClaimRow.id,
    ClaimRow.claim_date,
    ClaimRow.claim_date_precision,
    ClaimRow.claim_date_wording,
    ClaimRow.claim_date_certain,
    ClaimRow.event_date,
    ClaimRow.event_date_precision,
    ClaimRow.event_date_wording,
    ClaimRow.cue,
    ClaimRow.kind,
    ClaimRow.text,
    ClaimRow.quote_exact,
    ClaimRow.status,
    ClaimRow.credibility,
    ClaimRow.note,
    ClaimRow.article_id,
    ClaimRow.span_start,
    ClaimRow.span_end,
)


def sheet_tuples(
    db: Database,
    query: ClaimFilter,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[tuple]:
    """One tuple per claim of `query`, in its order, with the values of COLUMNS (dates as dates)."""
    ids = count_and_ids(db, query)
    for start in range(0, len(ids), BATCH):
        if cancelled():
            raise Cancelled
        batch = ids[start : start + BATCH]
        with db.reading() as session:
            claims = {
                r[0]: r for r in session.execute(sa.select(*_CLAIM_COLUMNS).where(ClaimRow.id.in_(batch)))
            }
            chains: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
            for claim_id, name, reliability in session.execute(
                sa.select(ClaimLinkRow.claim_id, SourceRow.name, SourceRow.reliability)
                .join(SourceRow, SourceRow.id == ClaimLinkRow.source_id)
                .where(ClaimLinkRow.claim_id.in_(batch))
                .order_by(ClaimLinkRow.claim_id, ClaimLinkRow.position)
            ):
                chains[claim_id].append((name, reliability))
            tags: dict[int, list[str]] = defaultdict(list)
            for claim_id, tag in session.execute(
                sa.select(ClaimTagRow.claim_id, ClaimTagRow.tag)
                .where(ClaimTagRow.claim_id.in_(batch))
                .order_by(ClaimTagRow.claim_id, ClaimTagRow.tag)
            ):
                tags[claim_id].append(tag)
            articles = {
                r[0]: (
                    *r[:5],
                    ClaimDate(r[5], Precision(r[6]), "", r[7]).display(),
                    r[8],
                )  # dates shown once each
                for r in session.execute(
                    sa.select(
                        ArticleRow.id,
                        ArticleRow.title,
                        ArticleRow.outlet,
                        ArticleRow.original_source,
                        ArticleRow.url,
                        ArticleRow.pub_date,
                        ArticleRow.pub_precision,
                        ArticleRow.pub_certain,
                        ArticleRow.language,
                    ).where(ArticleRow.id.in_({r[15] for r in claims.values()}))
                )
            }
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
    ) = row
    names = [name for name, _grade in chain]
    reliability = chain[0][1] if chain else None
    grade = "" if reliability is None and credibility is None else f"{reliability or '–'}{credibility or '–'}"
    return (
        claim_id,
        claim_date,
        claim_precision,
        claim_wording,
        "yes" if claim_certain else "no",
        event_date,
        event_precision,
        event_wording,
        names[0] if names else "",
        " → ".join(names[1:-1]),
        names[-1] if len(names) > 1 else "",
        " → ".join(names),
        cue,
        kind,
        text,
        quote,
        status,
        credibility if credibility is not None else "",
        reliability or "",
        grade,
        ", ".join(tags),
        note,
        article_id,
        *article[1:],  # title, outlet, original source, url, published (as shown), language
        span_start,
        span_end,
    )
