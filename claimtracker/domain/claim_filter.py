"""Which claims an analyst wants to see: the filter shared by the table, the source view and the timeline.

Names match any name or alias of a source, ignoring case and accents.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from claimtracker.domain.claims import ClaimStatus, Role
from claimtracker.domain.sources import Reliability
from claimtracker.domain.text import translated


class DateField(StrEnum):
    CLAIM = "claim"
    EVENT = "event"


class SortKey(StrEnum):
    DATE = "date"
    SPEAKER = "speaker"
    TEXT = "text"
    ARTICLE = "article"
    STATUS = "status"
    CREDIBILITY = "credibility"


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    speaker: str | None = None  # the first link of the chain: the origin
    via: str | None = None  # any later link: documents, intermediaries and publisher
    role: Role | None = None  # a link in this role (the via source in it, when via is given)
    outlet: str | None = None  # the publisher: the article's outlet, or a publisher link
    original: str | None = None  # the article's original source ("la source : Al-Ain")
    article_id: int | None = None
    article_title: str | None = None  # words of the article's title
    date_field: DateField = DateField.CLAIM
    date_from: dt.date | None = None  # dates are intervals: one day of them on or after this
    date_to: dt.date | None = None
    date_within: bool = False  # every day of the claim's date between the bounds, not just one
    undated: bool = False  # only claims without a date (in `date_field`)
    orphaned: bool = False  # only claims whose quote was lost when their article's text changed
    status: ClaimStatus | None = None
    credibility_max: int | None = None  # 1 (confirmed) … 6; claims graded at most this
    reliability: tuple[Reliability, ...] = ()  # the speaker's grade is one of these
    tags: tuple[str, ...] = ()  # every one of these tags
    language: str | None = None  # of the article
    search: str | None = None  # words of the claim text or quote
    fact_id: int | None = None  # the claims of this fact
    without_fact: bool = False  # only claims that belong to no fact
    speaker_id: int | None = None  # exactly this source as speaker
    link_id: int | None = None  # this source anywhere in the chain
    sort: SortKey = SortKey.DATE
    descending: bool = True
    limit: int | None = None
    offset: int = 0

    @property
    def is_empty(self) -> bool:
        """No condition at all (sorting and paging aside); true in every interface language."""
        return not self._parts()

    def describe(self) -> str:
        """The filter as a reader would say it: 'speaker Qaani · via Reuters · from 2019-10-01'."""
        parts = self._parts()
        return " · ".join(parts) if parts else translated("ClaimFilter", "all claims")

    def _parts(self) -> list[str]:
        parts = []
        for label, value in (
            ("origin", self.speaker),
            ("via", self.via),
            ("outlet", self.outlet),
            ("original source", self.original),
            ("article #", self.article_id),
            ("article", f"“{self.article_title}”" if self.article_title else None),
            ("status", self.status.value if self.status else None),
            ("credibility ≤", self.credibility_max),
            ("speaker graded", "/".join(r.value for r in self.reliability) or None),
            ("tags", ", ".join(self.tags) or None),
            ("language", self.language),
            ("in the role", self.role.value if self.role else None),
            ("text", f"“{self.search}”" if self.search else None),
            ("source #", self.speaker_id),
            ("any link #", self.link_id),
            ("without a", f"{self.date_field.value} date" if self.undated else None),
            ("only", "orphaned claims" if self.orphaned else None),
            ("claims of fact #", self.fact_id),
            ("only", "claims without a fact" if self.without_fact else None),
        ):
            if value not in (None, ""):
                parts.append(f"{label}{'' if label.endswith('#') else ' '}{value}")
        if self.date_from or self.date_to:
            start = self.date_from.isoformat() if self.date_from else "…"
            end = self.date_to.isoformat() if self.date_to else "…"
            within = " (entirely within)" if self.date_within else ""
            parts.append(f"{self.date_field.value} date {start} → {end}{within}")
        return parts

    def without_paging(self) -> ClaimFilter:
        return replace(self, limit=None, offset=0)
