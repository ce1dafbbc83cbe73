"""Lines of reporting and the derived assessment of a fact: pure rules, property-tested."""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, given
from hypothesis import strategies as st

from claimtracker.domain.claims import ClaimStatus, Role
from claimtracker.domain.facts import (
    DerivedStatus,
    Link,
    Report,
    Stance,
    assess,
    lines_of_reporting,
    looks_anonymous,
)
from claimtracker.domain.sources import Reliability

NAMES = {
    1: "Reuters",
    2: "AP",
    3: "NCRI",
    4: "Iran Focus",
    5: "Esmail Qaani",
    6: "Masjidi",
    7: "two officials",
}


def link(source_id: int, role: Role = Role.INTERMEDIARY, grade: Reliability | None = None) -> Link:
    return Link(source_id, NAMES.get(source_id, f"s{source_id}"), role, grade, anonymous=source_id == 7)


def report(
    claim_id: int, *sources: int, stance: Stance = Stance.SUPPORTS, publisher: int | None = None, day=None
):
    links = [link(sources[0], Role.ORIGIN), *(link(s) for s in sources[1:])]
    if publisher is not None:
        links.append(link(publisher, Role.PUBLISHER))
    return Report(claim_id, stance, tuple(links), appeared=day)


def test_five_reports_through_one_relay_are_one_line():
    reports = [report(i, 10 + i, 3, publisher=20 + i) for i in range(5)]  # five origins, all via NCRI
    result = assess(reports, ClaimStatus.CORROBORATED)
    assert result.independent_lines == 1 and result.derived is DerivedStatus.SINGLE_LINE
    assert result.summary() == "5 reports, 1 independent line: all via NCRI"
    assert result.disagreement == "marked corroborated, but 1 line of reporting (single line)"


def test_a_shared_publisher_alone_does_not_tie_reports():
    result = assess([report(1, 5, publisher=4), report(2, 6, publisher=4)])
    assert result.independent_lines == 2 and result.derived is DerivedStatus.CORROBORATED


def test_anonymous_origins_count_as_one_unknown_line_unless_marked_distinct():
    reports = [report(1, 7, 1), report(2, 7, 2)]
    assert assess(reports).independent_lines == 1
    assert assess(reports, distinct=[(1, 2)]).independent_lines == 2


def test_contradictions_and_first_appearance():
    reports = [
        report(1, 5, day=dt.date(2020, 1, 5)),
        report(2, 6, stance=Stance.CONTRADICTS, day=dt.date(2019, 12, 30)),
        report(3, 1, stance=Stance.RELATED),
    ]
    result = assess(reports)
    assert result.derived is DerivedStatus.DISPUTED and result.first_appearance == 2
    assert (result.supporting, result.contradicting, result.related) == (1, 1, 1)


def test_names_that_say_no_one_in_particular_are_anonymous():
    assert looks_anonymous("two Iraqi security officials") and looks_anonymous("des sources de la résistance")
    assert looks_anonymous("un haut responsable irakien") and not looks_anonymous("Esmail Qaani")


chains = st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=4, unique=True)
reports_strategy = st.lists(chains, min_size=1, max_size=8).map(
    lambda cs: [report(i + 1, *c) for i, c in enumerate(cs)]
)


@given(reports_strategy, st.randoms())
def test_the_order_of_the_reports_never_changes_the_lines(reports, random):
    shuffled = reports[:]
    random.shuffle(shuffled)
    assert lines_of_reporting(shuffled) == lines_of_reporting(reports)


@given(reports_strategy, chains, st.data())
def test_a_report_sharing_a_link_never_adds_a_line(reports, extra, data):
    known = sorted({x.source_id for r in reports for x in r.links if not x.anonymous})
    assume(known)
    shared = data.draw(st.sampled_from(known))  # a named source: anonymous ones tie by their own rule
    newcomer = report(1000, *dict.fromkeys([*extra, shared]))
    assert len(lines_of_reporting([*reports, newcomer])) <= len(lines_of_reporting(reports))


@given(reports_strategy)
def test_every_supporting_report_is_on_exactly_one_line(reports):
    lines = lines_of_reporting(reports)
    on_lines = [claim for line in lines for claim in line.claim_ids]
    assert sorted(on_lines) == sorted(r.claim_id for r in reports)
