"""Facts across articles: one assertion, many reports, and whether its corroboration is real.

A fact groups claims from any article and language, each with a stance. Supporting reports form
*lines of reporting*: two reports are on one line when their chains share a link other than
their final publisher (a shared relay may be the single origin), and reports from anonymous
origins ("two Iraqi security officials") may all be one unknown source, so they count as one
line unless the analyst marks two of them distinct. Everything here is a pure function of the
reports: the same reports in any order give the same assessment.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from claimtracker.domain.claims import ClaimStatus, Role
from claimtracker.domain.sources import Reliability, chain_grade, weakest_link
from claimtracker.domain.text import translated


class Stance(StrEnum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    RELATED = "related"  # same subject, another figure or detail


def derived_label(derived: DerivedStatus) -> str:
    """The derived status in the interface's language."""
    return translated("DerivedStatus", derived.value)


class DerivedStatus(StrEnum):
    CORROBORATED = "corroborated"  # two or more independent lines, nothing against
    SINGLE_LINE = "single line"  # every supporting report leads back to one line
    DISPUTED = "disputed"  # reports for it and against it
    CONTRADICTED = "contradicted"  # only reports against it
    UNSUPPORTED = "unsupported"  # no report for or against it


@dataclass(frozen=True, slots=True)
class Link:
    """One link of a report's chain, as the assessment needs it."""

    source_id: int
    name: str
    role: Role
    reliability: Reliability | None = None
    anonymous: bool = False


@dataclass(frozen=True, slots=True)
class FactFilter:
    """Which facts the Facts page and the fact sheets show; empty fields match everything."""

    text: str = ""  # in the statement
    source: str = ""  # a source (any name or alias) on the chain of one of its reports
    status: ClaimStatus | None = None  # the analyst's status
    derived: DerivedStatus | None = None  # the status the rules derive
    min_lines: int = 0  # at least this many independent lines of reporting
    language: str = ""  # one of its reports is in this language
    date_from: dt.date | None = None  # one of its reports appeared on or after this day
    date_to: dt.date | None = None

    def describe(self) -> str:
        """The filter in words, for 'nothing matches' messages."""
        parts = [
            f"{label} {value}"
            for label, value in (
                ("statement with", self.text),
                ("source", self.source),
                ("status", self.status.value if self.status else ""),
                ("derived", self.derived.value if self.derived else ""),
                ("at least lines:", self.min_lines or ""),
                ("language", self.language),
                ("from", self.date_from.isoformat() if self.date_from else ""),
                ("to", self.date_to.isoformat() if self.date_to else ""),
            )
            if value
        ]
        return ", ".join(parts) or "all facts"

    @property
    def needs_assessment(self) -> bool:
        """Lines and derived status come from the rules, not from stored columns."""
        return self.min_lines > 0 or self.derived is not None


@dataclass(frozen=True, slots=True)
class ClaimSketch:
    """What same-fact suggestions compare of a claim: its words, chain, dates and facts."""

    claim_id: int
    article_id: int
    language: str
    text: str
    chain: tuple[Link, ...] = ()
    start: dt.date | None = None  # the claim's date interval (claim date, else publication)
    end: dt.date | None = None
    fact_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class SameFactSuggestion:
    """A claim of another article that may assert the same fact, with why and how it stands."""

    claim_id: int
    score: float
    stance: Stance  # SUPPORTS, or RELATED when the figures differ
    reasons: tuple[str, ...]
    fact_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """A claim linked to a fact: its chain, its stance and when it appeared."""

    claim_id: int
    stance: Stance
    links: tuple[Link, ...]
    appeared: dt.date | None = None  # the first day it can have appeared (claim or publication date)
    credibility: int | None = None
    article_id: int | None = None
    retracted: bool = False  # the claim was refuted or withdrawn: it supports nothing any more

    @property
    def shared_links(self) -> frozenset[int]:
        """The sources that tie reports together: every link but a final publisher, and but the
        anonymous ones ("two officials" in one article need not be those of another: the
        anonymous rule decides for them)."""
        links = (
            self.links[:-1] if len(self.links) > 1 and self.links[-1].role is Role.PUBLISHER else self.links
        )
        return frozenset(link.source_id for link in links if not link.anonymous)

    @property
    def anonymous_origin(self) -> bool:
        return bool(self.links) and self.links[0].anonymous

    @property
    def grade(self) -> str:
        return chain_grade([(link.name, link.reliability) for link in self.links], self.credibility)


@dataclass(frozen=True, slots=True)
class Line:
    """Reports that may all come from one source, and what ties them ('via X', 'anonymous')."""

    claim_ids: tuple[int, ...]
    shared: tuple[str, ...]  # the names of the links they share
    anonymous: bool = False


@dataclass(frozen=True, slots=True)
class Assessment:
    lines: tuple[Line, ...]
    supporting: int
    contradicting: int
    related: int
    derived: DerivedStatus
    first_appearance: int | None  # the claim that appeared first, supporting or not
    best_grade: str
    weakest_grade: str
    disagreement: str = ""  # the analyst's status against the derived one, in words

    @property
    def independent_lines(self) -> int:
        return len(self.lines)

    def summary(self) -> str:
        """'5 reports, 1 independent line: all via des sources de la résistance iranienne'."""
        reports = (
            translated("Facts", "{n} report") if self.supporting == 1 else translated("Facts", "{n} reports")
        )
        lines = (
            translated("Facts", "{n} independent line")
            if len(self.lines) == 1
            else translated("Facts", "{n} independent lines")
        )
        text = f"{reports.format(n=self.supporting)}, {lines.format(n=len(self.lines))}"
        if len(self.lines) == 1 and self.supporting > 1:
            only = self.lines[0]
            text += (
                translated("Facts", ": all from anonymous origins")
                if only.anonymous and not only.shared
                else translated("Facts", ": all via {links}").format(links=", ".join(only.shared))
            )
        if self.contradicting:
            text += translated("Facts", "; {n} against").format(n=self.contradicting)
        return text


_ANONYMOUS = re.compile(
    r"^(?:a|an|one|two|three|several|some|certain|un|une|deux|trois|des|certains|certaines|plusieurs|"
    r"l'un|l’un|one of the|de|d')\b.*\b(?:sources?|officials?|responsables?|diplomats?|officers?|"
    r"witness(?:es)?|témoins?|militants?|experts?|informed|informé|insiders?|people|personnes?)\b",
    re.IGNORECASE,
)


def looks_anonymous(name: str) -> bool:
    """'two Iraqi security officials', 'des sources de la résistance' name no one in particular."""
    return bool(_ANONYMOUS.search(name.strip()))


def lines_of_reporting(
    reports: Iterable[Report], distinct: Iterable[tuple[int, int]] = ()
) -> tuple[Line, ...]:
    """The supporting reports grouped into lines (see the module's rule), in a stable order.

    `distinct`: pairs of claims the analyst says come from different origins, which keeps two
    anonymous reports apart (a shared link still ties them)."""
    supporting = sorted(
        (r for r in reports if r.stance is Stance.SUPPORTS and not r.retracted), key=lambda r: r.claim_id
    )
    parent = {r.claim_id: r.claim_id for r in supporting}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    # Tied by a shared link: each report joins the first one seen with that link (linear, not pairwise).
    holder: dict[int, int] = {}
    for report in supporting:
        for source_id in report.shared_links:
            if source_id in holder:
                union(holder[source_id], report.claim_id)
            else:
                holder[source_id] = report.claim_id
    anonymous = [r.claim_id for r in supporting if r.anonymous_origin]
    kept_apart = {frozenset(pair) for pair in distinct}
    if not kept_apart:
        for claim_id in anonymous[1:]:
            union(anonymous[0], claim_id)
    else:  # pairs the analyst kept apart: compare the anonymous reports one by one
        for i, first in enumerate(anonymous):
            for second in anonymous[i + 1 :]:
                if frozenset((first, second)) not in kept_apart:
                    union(first, second)
    groups: dict[int, list[Report]] = {}
    for report in supporting:
        groups.setdefault(find(report.claim_id), []).append(report)
    lines = []
    for members in groups.values():
        common = (
            frozenset.intersection(*(m.shared_links for m in members)) if len(members) > 1 else frozenset()
        )
        names = sorted({link.name for m in members for link in m.links if link.source_id in common})
        lines.append(
            Line(
                tuple(sorted(m.claim_id for m in members)),
                tuple(names),
                anonymous=all(m.anonymous_origin for m in members),
            )
        )
    return tuple(sorted(lines, key=lambda line: line.claim_ids))


def assess(
    reports: Sequence[Report],
    analyst_status: ClaimStatus = ClaimStatus.UNVERIFIED,
    distinct: Iterable[tuple[int, int]] = (),
) -> Assessment:
    """Lines of reporting, counts, first appearance, grades and the status the rules derive."""
    lines = lines_of_reporting(reports, distinct)
    live = [r for r in reports if not r.retracted]
    supporting = sum(r.stance is Stance.SUPPORTS for r in live)
    contradicting = sum(r.stance is Stance.CONTRADICTS for r in live)
    related = sum(r.stance is Stance.RELATED for r in live)
    if supporting and contradicting:
        derived = DerivedStatus.DISPUTED
    elif contradicting:
        derived = DerivedStatus.CONTRADICTED
    elif len(lines) >= 2:
        derived = DerivedStatus.CORROBORATED
    elif supporting:
        derived = DerivedStatus.SINGLE_LINE
    else:
        derived = DerivedStatus.UNSUPPORTED
    dated = sorted((r for r in live if r.appeared is not None), key=lambda r: (r.appeared, r.claim_id))
    first = dated[0].claim_id if dated else (min(r.claim_id for r in live) if live else None)
    grades = [(weakest_link([(link.name, link.reliability) for link in r.links]), r) for r in live if r.links]
    ranked = sorted(grades, key=lambda g: (g[0][1].rank, g[1].claim_id))  # type: ignore[index]
    return Assessment(
        lines=lines,
        supporting=supporting,
        contradicting=contradicting,
        related=related,
        derived=derived,
        first_appearance=first,
        best_grade=ranked[0][1].grade if ranked else "",
        weakest_grade=ranked[-1][1].grade if ranked else "",
        disagreement=_disagreement(analyst_status, derived, len(lines)),
    )


def _disagreement(analyst: ClaimStatus, derived: DerivedStatus, lines: int) -> str:
    if analyst is ClaimStatus.CORROBORATED and derived is not DerivedStatus.CORROBORATED:
        text = (
            translated("Facts", "marked corroborated, but {n} line of reporting ({derived})")
            if lines == 1
            else translated("Facts", "marked corroborated, but {n} lines of reporting ({derived})")
        )
        return text.format(n=lines, derived=derived_label(derived))
    if analyst is ClaimStatus.REFUTED and derived in (DerivedStatus.CORROBORATED, DerivedStatus.SINGLE_LINE):
        return translated("Facts", "marked refuted, but nothing reported against it ({derived})").format(
            derived=derived_label(derived)
        )
    return ""


@dataclass(slots=True)
class Fact:
    """An assertion in the analyst's words, with the analyst's own status."""

    statement: str
    status: ClaimStatus = ClaimStatus.UNVERIFIED
    note: str = ""
    id: int | None = None
    version: int = field(default=1, compare=False)
    review: str = ""  # why it needs another look: a source downgraded, a claim refuted
