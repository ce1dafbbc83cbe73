"""The claim sheet: every claim of a filter with what a reader of the sheet needs, read in batches.

Exporters iterate `sheet_rows()`; memory stays flat because only the ids of the filter are held
(a few bytes each) and claims are loaded a batch at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import sqlalchemy as sa

from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.domain.claims import Claim
from claimtracker.domain.dates import ClaimDate, Precision
from claimtracker.domain.sources import Reliability, chain_grade
from claimtracker.storage.change_log import Authorship, authorship
from claimtracker.storage.claim_query import claim_ids_statement
from claimtracker.storage.claims_repo import find_claims_by_ids
from claimtracker.storage.database import Database
from claimtracker.storage.id_lists import ids_in
from claimtracker.storage.schema import ArticleRow, SourceRow

BATCH = 5000


class Cancelled(Exception):
    """The analyst stopped an export; the partial file is removed by the caller."""


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    id: int
    title: str
    outlet: str
    original_source: str
    url: str
    language: str
    published: str  # as displayed: '2014-01-20', '~2023-02-04', '?'


@dataclass(frozen=True, slots=True)
class SheetRow:
    claim: Claim
    article: ArticleInfo
    speaker_reliability: Reliability | None
    link_grades: tuple[Reliability | None, ...] = ()  # each link's source grade, in chain order
    made: Authorship | None = None  # who recorded the claim, when, last changed when

    @property
    def grade(self) -> str:
        """The chain grade: its weakest link's reliability and the claim's credibility ('F3 via …')."""
        links = list(
            zip(self.claim.chain.names, self.link_grades or (self.speaker_reliability,), strict=False)
        )
        return chain_grade(links, self.claim.credibility)


Progress = Callable[[int, int], None]


def count_and_ids(db: Database, query: ClaimFilter) -> list[int]:
    with db.reading() as session:
        return session.execute(claim_ids_statement(session, query)).scalars().all()


def sheet_rows(
    db: Database,
    query: ClaimFilter,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[SheetRow]:
    """The claims of `query` in its order, a batch at a time; raises Cancelled when asked to stop."""
    ids = count_and_ids(db, query)
    for start in range(0, len(ids), BATCH):
        if cancelled():
            raise Cancelled
        batch = ids[start : start + BATCH]
        with db.reading() as session:
            claims = find_claims_by_ids(session, batch)
            articles = articles_info(session, {c.article_id for c in claims})
            grades = _speaker_grades(session, {link.id for c in claims for link in c.chain.links})
            made = authorship(session, [c.id for c in claims])  # type: ignore[misc]
        for claim in claims:
            yield SheetRow(
                claim,
                articles[claim.article_id],
                grades.get(claim.chain.speaker.id),  # type: ignore[arg-type]
                tuple(grades.get(link.id) for link in claim.chain.links),  # type: ignore[arg-type]
                made.get(claim.id),  # type: ignore[arg-type]
            )
        if progress is not None:
            progress(min(start + BATCH, len(ids)), len(ids))


def articles_info(session, ids: set[int]) -> dict[int, ArticleInfo]:
    """What a sheet shows of each article, for one batch of claims."""
    articles = ArticleRow.__table__
    rows = session.execute(
        sa.select(
            articles.c.id,
            articles.c.title,
            articles.c.outlet,
            articles.c.original_source,
            articles.c.url,
            articles.c.language,
            articles.c.pub_date,
            articles.c.pub_precision,
            articles.c.pub_certain,
            articles.c.pub_latest,
        ).where(ids_in(articles.c.id, sorted(ids), session.get_bind().dialect.name))
    )
    return {
        r[0]: ArticleInfo(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            ClaimDate(r[6], Precision(r[7]), "", r[8], latest=r[9]).display(),
        )
        for r in rows
    }


def _speaker_grades(session, ids: set[int | None]) -> dict[int, Reliability]:
    rows = session.execute(
        sa.select(SourceRow.id, SourceRow.reliability).where(
            SourceRow.id.in_(ids), SourceRow.reliability.is_not(None)
        )
    )
    return {source_id: Reliability(grade) for source_id, grade in rows}
