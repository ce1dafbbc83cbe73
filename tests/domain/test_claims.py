import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtracker.domain import AttributionChain, Claim, ClaimDate, Precision, Span, TextQuote
from claimtracker.domain.sources import Reliability, chain_grade, normalise_name, weakest_link

BODY = "Militias deployed snipers, two Iraqi security officials told Reuters on Friday."


def test_quote_anchor_keeps_text_and_its_context():
    span = Span(BODY.index("two Iraqi"), BODY.index(" told"))
    quote = TextQuote.from_text(BODY, span)
    assert quote.exact == "two Iraqi security officials"
    assert quote.prefix == BODY[: span.start][-len(quote.prefix) :]
    assert len(quote.prefix) == span.start  # shorter than the context length: the whole start
    assert quote.suffix == BODY[span.end : span.end + 32]


def test_span_outside_text_or_empty_is_refused():
    with pytest.raises(ValueError, match="ends after the text"):
        TextQuote.from_text(BODY, Span(0, len(BODY) + 1))
    with pytest.raises(ValueError, match="empty"):
        Span(5, 5)


def test_chain_names_speaker_intermediaries_and_publisher():
    chain = AttributionChain.of("a second Iraqi security source", "Reuters", "NCRI")
    assert chain.speaker.name == "a second Iraqi security source"
    assert [s.name for s in chain.intermediaries] == ["Reuters"]
    assert chain.publisher is not None and chain.publisher.name == "NCRI"
    assert chain.display() == "a second Iraqi security source → Reuters → NCRI"
    assert AttributionChain.of("Khamenei").publisher is None
    with pytest.raises(ValueError):
        AttributionChain(())


def test_claim_from_span_defaults_text_to_the_quote_and_checks_credibility():
    span = Span(0, 8)
    claim = Claim.from_span(1, BODY, span, AttributionChain.of("x"))
    assert claim.text == "Militias" == claim.quote.exact
    with pytest.raises(ValueError, match="credibility"):
        Claim.from_span(1, BODY, span, AttributionChain.of("x"), credibility=7)


def test_dates_keep_precision_and_start_of_period():
    month = ClaimDate.of(dt.date(2019, 10, 17), Precision.MONTH, "octobre 2019")
    assert month.value == dt.date(2019, 10, 1)
    assert month.last_day == dt.date(2019, 10, 31)
    assert month.display() == "2019-10"
    year = ClaimDate.of(dt.date(2020, 6, 1), Precision.YEAR, "2020", certain=False)
    assert (year.value, year.last_day, year.display()) == (
        dt.date(2020, 1, 1),
        dt.date(2020, 12, 31),
        "~2020",
    )
    assert ClaimDate.unknown("ces derniers mois").display() == "?"
    with pytest.raises(ValueError):
        ClaimDate(None, Precision.DAY)
    with pytest.raises(ValueError):
        ClaimDate(dt.date(2019, 10, 17), Precision.MONTH)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ismaël Qaani", "ismael  qaani"),
        ("Al-Kazemi", "al kazemi"),
        ("Asa’ib Ahl al-Haq", "Asa'ib Ahl al Haq"),
    ],
)
def test_spellings_that_differ_only_in_accents_case_or_punctuation_match(a, b):
    assert normalise_name(a) == normalise_name(b)


def test_spelling_variants_stay_distinct_names():
    assert normalise_name("Qani") != normalise_name("Qaani")


# The chain grade: a claim is only as reliable as the least reliable source it passed through.
_grades = st.sampled_from([None, *Reliability])
_links = st.lists(st.tuples(st.text(min_size=1, max_size=5), _grades), min_size=1, max_size=6)


@given(_links, _links)
def test_a_longer_chain_is_never_graded_better(chain, more):
    def rank(links):
        return weakest_link(links)[1].rank

    assert rank(chain + more) >= rank(chain)


@given(_links, st.randoms())
def test_the_weakest_grade_does_not_depend_on_the_order_of_the_links(chain, random):
    shuffled = chain[:]
    random.shuffle(shuffled)
    assert weakest_link(shuffled)[1] == weakest_link(chain)[1]


def test_the_chain_grade_names_its_weakest_link():
    chain = [("officials", None), ("Reuters", Reliability.B), ("NCRI", Reliability.F)]
    assert (
        chain_grade(chain, 3) == "F3 via weakest link officials"
    )  # ungraded counts as F, nearest the origin
    assert chain_grade([("Reuters", Reliability.B)], 2) == "B2"
    assert (
        chain_grade([("Reuters", Reliability.B), ("NCRI", Reliability.E)], None) == "E6 via weakest link NCRI"
    )


def test_nothing_graded_shows_no_grade():
    assert chain_grade([("officials", None), ("Reuters", None)], None) == ""
