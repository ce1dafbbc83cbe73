"""How a first page of claims is read: by the filter's matches, or by walking the sort's index.

With few matches, fetching them by index and sorting them is fastest. With many (a busy outlet,
a common word, one language out of two), sorting tens of thousands of rows costs hundreds of
milliseconds, while walking the claims in the page's order (date, speaker, text… each has its
index, migration 0012) and testing each against the filter finds a page of 200 in a few. A
condition is written so that SQLite cannot drive the query from it (`column + 0`, or
`column || ''` for text) when it matches DENSE claims or more — unless the page's order groups
its matches together (a speaker's claims sorted by speaker), where the index that finds them
also gives the order.

A search word in one claim out of WALK_SHARE or more is not even listed: each claim walked is
tested with the same folding as FTS5 (`fulltext.claims_holding_prefixes`). Links (via a source, in
a role) reaching one claim out of LINK_WALK_SHARE are tested the same way, by a lookup of each
claim walked in the links' index: listing half a million links of a busy outlet in a ten-million
archive takes 100 ms, and a page of 200 found by lookups a few.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.domain.claim_filter import ClaimFilter, SortKey
from claimtracker.storage import fulltext
from claimtracker.storage.schema import ClaimRow

DENSE = 2000  # matches from which a first page is found by walking the sort's index
WALK_SHARE = 10  # a word in one claim out of this many: test claims as they are walked, list nothing
LINK_WALK_SHARE = 50  # links to one claim out of this many: look each claim walked up, list nothing
SAMPLES, SAMPLE_SPAN = 4, 5000  # windows of claim ids, spread over the archive, whose matches are counted

Condition = Callable[[sa.ColumnElement], sa.ColumnElement[bool]]


def walkable(
    session: Session,
    query: ClaimFilter,
    column: sa.ColumnElement,
    condition: Condition,
    *,
    grouped_by: tuple[SortKey, ...] = (),
) -> sa.ColumnElement[bool]:
    """`condition(column)`, or `condition(column + 0)` when a page is better found by walking."""
    indexed = condition(column)
    if query.limit is None or query.sort in grouped_by or _matches(session, indexed, DENSE) < DENSE:
        return indexed
    # `+ 0` (numbers) or `|| ''` (text): the same value, which no index serves.
    return condition(column + ("" if isinstance(column.type, sa.String) else 0))


def member_of(
    session: Session, query: ClaimFilter, ids: sa.Select, *, search: str | None = None
) -> sa.ColumnElement[bool]:
    """`claims.id IN (ids)`, as a lookup by id, a list tested as the sort's index is walked, or
    (for the matches of a common search word) a test of each claim walked.

    `search` is given with the ids of an FTS5 search (SQLite), whose words a claim can be tested for.
    """
    if query.limit is None:
        return ClaimRow.id.in_(ids)
    plan = _search_plan(session, ids, search) if search else _plan(counted_up_to(session, ids, DENSE), 0)
    if plan == "tested":
        return fulltext.claims_holding_prefixes(search or "")
    if plan == "listed":
        return (ClaimRow.id + 0).in_(ids)
    return ClaimRow.id.in_(ids)


def through_links(
    session: Session, query: ClaimFilter, ids: sa.Select, links: sa.Select, tested: sa.ColumnElement[bool]
) -> sa.ColumnElement[bool]:
    """`claims.id IN (ids)` as `member_of` writes it, or `tested` (a lookup of each claim walked)
    when `links`, a selection of `claim_links.claim_id`, reaches one claim out of LINK_WALK_SHARE."""
    if query.limit is not None and session.get_bind().dialect.name == "sqlite":
        total = _last_claim(session)
        if total and _estimated(session, links, total) * LINK_WALK_SHARE >= total:
            return tested
    return member_of(session, query, ids)


def _search_plan(session: Session, ids: sa.Select, search: str) -> str:
    total = _last_claim(session)
    bounds = fulltext.match_bounds(session, search)
    if bounds is not None and _plan(bounds[0], total) == _plan(bounds[1], total):
        return _plan(bounds[0], total)  # the vocabulary's bounds agree: no need to count
    if fulltext.one_prefix_indexed_word(search) and _plan(_estimated(session, ids, total), total) == "tested":
        return "tested"
    # Counting stops at the cap: enough to choose, without counting a common word's every match.
    return _plan(counted_up_to(session, ids, max(DENSE, total // WALK_SHARE)), total)


def _estimated(session: Session, ids: sa.Select, total: int) -> int:
    """How many rows `ids` (a selection of claim ids) gives, estimated from a few windows of claim
    ids spread over the archive (all of it when small): counting a busy source's every link, or
    a short word's every claim, costs what listing them costs (30 ms for 10 % of 10M claims)."""
    if total <= SAMPLES * SAMPLE_SPAN:
        windows = [(0, total)]
    else:
        # Centred in each quarter, away from the last claim: FTS5 reads on through the index past
        # a window's end to the next claim it holds, which after the archive's newest claims may
        # be every deleted one still listed (30 ms for 900,000 deleted claims).
        middles = [total * (2 * k + 1) // (2 * SAMPLES) for k in range(SAMPLES)]
        windows = [(middle - SAMPLE_SPAN // 2, middle + SAMPLE_SPAN // 2) for middle in middles]
    column = ids.selected_columns[0]
    reached = sum(
        counted_up_to(session, ids.where(column > first, column <= last), last - first)
        for first, last in windows
    )
    return reached * total // sum(last - first for first, last in windows)


def _last_claim(session: Session) -> int:
    return session.execute(sa.select(sa.func.max(ClaimRow.id))).scalar() or 0


def _plan(matches: int, total: int) -> str:
    """'by id' (few matches), 'listed' (many: listed, then the sort's index walked) or 'tested'
    (a search word in one claim out of WALK_SHARE: each claim walked is tested, nothing listed)."""
    if matches < DENSE:
        return "by id"
    return "tested" if total and matches * WALK_SHARE >= total else "listed"


def counted_up_to(session: Session, rows: sa.Select, cap: int) -> int:
    """How many rows `rows` gives, counting no further than `cap`."""
    return session.execute(sa.select(sa.func.count()).select_from(rows.limit(cap).subquery())).scalar_one()


def _matches(session: Session, condition: sa.ColumnElement[bool], cap: int) -> int:
    return counted_up_to(
        session, sa.select(sa.literal_column("1")).select_from(ClaimRow).where(condition), cap
    )
