"""The claims an import adds on articles it added itself, written a few thousand at a time.

Nothing stored can hold the same claim, so they are not compared with anything: each gets its
id here (the sheet's own where it is free, else the next free one above every id of the sheet)
and goes in as rows (`bulk_writes.insert_claims`), with the deferred triggers' work caught up
after each batch (`bulk_load`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from operator import itemgetter
from typing import Any

import sqlalchemy as sa

from claimtracker.domain.claims import Claim
from claimtracker.storage.bulk_load import BulkLoad
from claimtracker.storage.bulk_writes import CLAIM_COLUMNS, ClaimBatch, claim_converters, insert_claims
from claimtracker.storage.claims_repo import OWN_COLUMNS, link_values, own_values, tag_values
from claimtracker.storage.id_lists import ids_in
from claimtracker.storage.schema import ClaimRow

Converter = Callable[[tuple], tuple]  # `bulk_writes.driver_form`

BATCH = 5000  # claims written at a time
_PARENT = OWN_COLUMNS.index("parent_id")
# What the month counts need of a claim's row: its speaker and its two dates.
_DATED = itemgetter(*(CLAIM_COLUMNS.index(name) for name in ("speaker_id", "claim_date", "event_date")))


def rows_of(
    claim: Claim, now: dt.datetime, claim_row: Converter, link_row: Converter
) -> tuple[tuple, list[tuple], tuple[str, ...]]:
    """The claim as rows (`ClaimBatch`) still without its id: its own, its parent left for later
    (set once every claim of the sheet has its id here), its links', and its tags."""
    own = list(own_values(claim))
    own[_PARENT] = None
    return (
        claim_row((claim.article_id, claim.chain.links[0].id, *own, now, now, 1)),
        [link_row(values) for values in link_values(claim.chain)],
        tag_values(claim.tags),
    )


class NewClaims:
    """New claims stored a few thousand at a time (set-based inserts), with their ids chosen here:
    the sheet's own id where it is free, else the next free one above every id of the sheet."""

    def __init__(
        self, session, who: str, file_name: str, load: BulkLoad, wanted: list[int], now: dt.datetime
    ) -> None:
        self.session, self.who, self.summary, self.load = session, who, f"from {file_name}", load
        self.now = now
        dialect = session.get_bind().dialect
        self.claim_row, self.link_row = claim_converters(dialect)
        self.taken = set(
            session.scalars(sa.select(ClaimRow.id).where(ids_in(ClaimRow.id, wanted, dialect.name)))
        ) if wanted else set()  # fmt: skip
        highest = session.scalar(sa.select(sa.func.max(ClaimRow.id))) or 0
        self.next_id = max([highest, *wanted]) + 1
        self.pending = ClaimBatch()

    def _id(self, wanted: Any) -> int:
        if isinstance(wanted, int) and wanted > 0 and wanted not in self.taken:
            self.taken.add(wanted)
            return wanted
        self.next_id += 1
        return self.next_id - 1

    def add(self, claim: Claim) -> int:
        """A claim read here (`Claim`), its parent left for later."""
        return self.add_read(claim.id, *rows_of(claim, self.now, self.claim_row, self.link_row))

    def add_read(self, wanted: Any, row: tuple, links: list[tuple], tags: tuple[str, ...]) -> int:
        """A claim as `rows_of` gives it (the reader's `Read`), under the id chosen here."""
        claim_id = self._id(wanted)
        self.pending.claims.append((claim_id, *row))
        self.pending.links.extend([(claim_id, *link) for link in links])
        self.pending.tags.extend((claim_id, tag) for tag in tags)
        if len(self.pending.claims) >= BATCH:
            self.flush()
        return claim_id

    def flush(self) -> None:
        if self.pending.claims:
            insert_claims(self.session, self.pending, self.who, self.summary)
            rows = self.pending.claims
            self.load.add_counted([row[0] for row in rows], Counter(map(_DATED, rows)))
            self.load.catch_up()
            self.pending = ClaimBatch()
