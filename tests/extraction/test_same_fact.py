"""Same-fact ranking: what analysts rely on when a suggestion says "same fact" or "related"."""

from __future__ import annotations

import datetime as dt

from claimtracker.domain.claims import Role
from claimtracker.domain.facts import ClaimSketch, Link, Stance
from claimtracker.extraction.same_fact import rank

QAANI_FR = ClaimSketch(
    1, 10, "fr", "Esmail Qaani a effectué des visites secrètes à Bagdad la semaine dernière.",
    (Link(5, "Esmail Qaani", Role.ORIGIN),), dt.date(2024, 3, 4), dt.date(2024, 3, 10),
)  # fmt: skip
QAANI_EN = ClaimSketch(
    2, 20, "en", "Ismail Qani secretly visited Baghdad last week, Iraqi officials said.",
    (Link(5, "Esmail Qaani", Role.ORIGIN), Link(9, "Reuters", Role.INTERMEDIARY)), dt.date(2024, 3, 8), dt.date(2024, 3, 8),
)  # fmt: skip
WEATHER = ClaimSketch(3, 30, "en", "Heavy rain flooded the streets of Paris on Monday.")
SAME_ARTICLE = ClaimSketch(4, 10, "fr", "Esmail Qaani a effectué des visites secrètes à Bagdad.")


def test_a_translation_with_the_same_origin_comes_first_with_its_reasons():
    (first, *_rest) = rank(QAANI_FR, [WEATHER, QAANI_EN])
    assert first.claim_id == 2 and first.stance is Stance.SUPPORTS
    assert first.reasons[0] == "same origin Esmail Qaani"
    assert "overlapping dates" in first.reasons
    assert any(r.startswith("names:") and "qaani" in r for r in first.reasons)
    assert all(s.claim_id != 3 for s in rank(QAANI_FR, [WEATHER, QAANI_EN]))  # noise stays out


def test_claims_of_the_same_article_are_never_suggested():
    assert [s.claim_id for s in rank(QAANI_FR, [SAME_ARTICLE, QAANI_EN])] == [2]


def test_a_different_figure_makes_a_report_related_not_supporting():
    twelve = ClaimSketch(1, 1, "en", "Police said twelve people were killed in the attack on the market.")
    fifteen = ClaimSketch(2, 2, "fr", "Selon la police, 15 personnes ont été tuées dans l'attaque du marché.")
    douze = ClaimSketch(
        3, 3, "fr", "Douze personnes ont été tuées dans l'attaque du marché, selon la police."
    )
    by_id = {s.claim_id: s for s in rank(twelve, [fifteen, douze])}
    assert by_id[2].stance is Stance.RELATED and "different figures: 12 vs 15" in by_id[2].reasons
    assert by_id[3].stance is Stance.SUPPORTS and "same figure 12" in by_id[3].reasons


def test_dates_years_apart_push_a_report_down():
    now = ClaimSketch(1, 1, "en", "Militias placed snipers on rooftops in Baghdad.", (), dt.date(2019, 10, 3))
    then = ClaimSketch(2, 2, "en", "Militias placed snipers on rooftops in Baghdad.", (), dt.date(2012, 5, 1))
    soon = ClaimSketch(
        3,
        3,
        "en",
        "Militias placed snipers on rooftops in Baghdad.",
        (),
        dt.date(2019, 10, 4),
        dt.date(2019, 10, 6),
    )
    assert [s.claim_id for s in rank(now, [then, soon])] == [3, 2]
