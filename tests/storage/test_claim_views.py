"""Filters, sorting, table pages and timeline bins, on SQLite and PostgreSQL."""

import datetime as dt
from dataclasses import replace

import pytest
import sqlalchemy as sa

from claimtracker.domain import (
    Article,
    AttributionChain,
    Claim,
    ClaimDate,
    ClaimStatus,
    Precision,
    Reliability,
    Source,
    Span,
)
from claimtracker.domain.claim_filter import ClaimFilter, DateField, SortKey
from claimtracker.domain.claims import Role
from claimtracker.errors import UserError
from claimtracker.storage.articles_repo import add_article
from claimtracker.storage.claim_views import claim_rows, outlets_carrying, timeline_marks
from claimtracker.storage.claims_repo import add_claim, count_claims, find_claims, get_claim
from claimtracker.storage.histograms import OTHER_LANE, histogram
from claimtracker.storage.schema import ClaimRow
from claimtracker.storage.sources_repo import add_source

BODY = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"
D = dt.date


def _claim(article_id, word, *chain, date=None, event=None, precision=Precision.DAY, **fields):
    start = BODY.index(word)
    return Claim.from_span(
        article_id,
        BODY,
        Span(start, start + len(word)),
        AttributionChain.of(*chain),
        claim_date=ClaimDate.of(date, precision) if date else ClaimDate.unknown(),
        event_date=ClaimDate.of(event) if event else ClaimDate.unknown(),
        **fields,
    )


@pytest.fixture
def corpus(db):
    with db.transaction() as s:
        fr, _ = add_article(
            s,
            Article(
                title="Bagdad",
                body=BODY,
                raw="fr",
                outlet="Sawt Beirut International",
                original_source="Al-Ain",
                language="fr",
            ),
        )
        en, _ = add_article(s, Article(title="Snipers", body=BODY, raw="en", outlet="NCRI", language="en"))
        add_source(s, Source("Reuters", reliability=Reliability.B))
        add_source(s, Source("Esmail Qaani", reliability=Reliability.D))
        ids = {
            "a": add_claim(
                s,
                _claim(
                    en.id,
                    "alpha",
                    "officials",
                    "Reuters",
                    "NCRI",
                    date=D(2019, 10, 3),
                    credibility=2,
                    tags=("snipers",),
                ),
            ).id,
            "b": add_claim(
                s,
                _claim(
                    en.id,
                    "beta",
                    "Reuters",
                    date=D(2019, 10, 1),
                    event=D(2019, 9, 30),
                    status=ClaimStatus.CORROBORATED,
                ),
            ).id,
            "c": add_claim(
                s,
                _claim(
                    fr.id,
                    "gamma",
                    "Esmail Qaani",
                    "Al-Ain",
                    date=D(2020, 1, 1),
                    precision=Precision.MONTH,
                    credibility=5,
                    tags=("snipers", "visits"),
                ),
            ).id,
            "d": add_claim(s, _claim(fr.id, "delta", "Masjidi", "Al-Ain", credibility=3)).id,
        }
    return ids


def _ids(db, **kw):
    with db.reading() as s:
        return [c.id for c in find_claims(s, ClaimFilter(**kw))]


def test_filters_combine_over_article_grades_tags_and_language(db, corpus):
    a, b, c, d = (corpus[k] for k in "abcd")
    assert _ids(db, outlet="ncri") == [a, b]
    assert _ids(db, original="al-ain") == [c, d]
    assert _ids(db, language="fr") == [c, d]
    assert _ids(db, article_title="bag") == [c, d]
    assert _ids(db, reliability=(Reliability.B,)) == [b]
    assert _ids(db, reliability=(Reliability.B, Reliability.D)) == [c, b]
    assert _ids(db, credibility_max=3) == [a, d]
    assert _ids(db, tags=("snipers",)) == [c, a]
    assert _ids(db, tags=("snipers", "visits")) == [c]
    assert _ids(db, via="Al-Ain", language="fr", credibility_max=3) == [d]
    assert _ids(db, date_field=DateField.EVENT, date_from=D(2019, 9, 1)) == [b]
    with db.reading() as s:
        assert count_claims(s, ClaimFilter(via="Al-Ain")) == 2


@pytest.mark.parametrize(
    ("sort", "descending", "expected"),
    [
        (SortKey.DATE, True, "cabd"),
        (SortKey.DATE, False, "bacd"),  # unknown dates stay last
        (SortKey.SPEAKER, False, "cdab"),  # Esmail Qaani, Masjidi, officials, Reuters
        (SortKey.CREDIBILITY, False, "adcb"),
        (SortKey.STATUS, False, "b"),  # corroborated before unverified
        (SortKey.ARTICLE, False, "cd|ab"),  # Bagdad's claims before Snipers' ones
    ],
)
def test_sorting_happens_in_sql_by_any_column(db, corpus, sort, descending, expected):
    ids = _ids(db, sort=sort, descending=descending)
    by_id = {v: k for k, v in corpus.items()}
    got = "".join(by_id[i] for i in ids)
    if sort is SortKey.ARTICLE:
        assert set(got[:2]) == set("cd") and set(got[2:]) == set("ab")
    elif sort is SortKey.STATUS:
        assert got[0] == expected
    else:
        assert got == expected


def test_table_pages_carry_chain_grade_and_article(db, corpus):
    with db.reading() as s:
        first = claim_rows(s, ClaimFilter(limit=2))
        second = claim_rows(s, ClaimFilter(limit=2, offset=2))
    assert [r.id for r in first + second] == [corpus[k] for k in "cabd"]
    qaani, officials = first
    # Qaani is graded D, but the claim came through Al-Ain, not graded: the weakest link is F.
    assert qaani.chain == "Esmail Qaani → Al-Ain" and qaani.grade == "F5" and qaani.article == "Bagdad"
    assert qaani.grade_explained.startswith("F5 via weakest link Al-Ain")
    assert qaani.date.precision is Precision.MONTH and qaani.date.value == D(2020, 1, 1)
    assert officials.chain == "officials → Reuters → NCRI" and officials.grade == "F2"


def test_histogram_bins_by_period_and_lane_and_counts_undated_apart(db, corpus):
    with db.reading() as s:
        months = histogram(s, ClaimFilter(), granularity="month", max_lanes=2)
        outlets = histogram(s, ClaimFilter(), granularity="year", by="outlet")
        filtered = histogram(s, ClaimFilter(via="Al-Ain"), granularity="year")
    assert months.undated == 1
    assert sum(lane.total for lane in months.lanes) == 3
    assert [lane.label for lane in months.lanes][-1] == "Other sources"
    other = next(lane for lane in months.lanes if lane.key == OTHER_LANE)
    assert other.total > 0 and sum(months.bins[OTHER_LANE].values()) == other.total
    assert months.periods == [D(2019, 10, 1), D(2020, 1, 1)]
    assert {lane.label: lane.total for lane in outlets.lanes} == {"NCRI": 2, "Sawt Beirut International": 1}
    assert filtered.periods == [D(2020, 1, 1)] and filtered.undated == 1


def test_timeline_marks_are_ranges_for_imprecise_dates_or_none_when_too_many(db, corpus):
    with db.reading() as s:
        lanes = histogram(s, ClaimFilter()).lanes
        marks = {m.id: m for m in timeline_marks(s, ClaimFilter(), lanes)}
        assert timeline_marks(s, ClaimFilter(), lanes, limit=2) is None
        outlets = outlets_carrying(s, ClaimFilter(tags=("snipers",)))
    month = marks[corpus["c"]]
    assert (month.start, month.end, month.precision) == (D(2020, 1, 1), D(2020, 1, 31), Precision.MONTH)
    assert corpus["d"] not in marks  # no date: listed apart, never placed
    assert [(o.outlet, o.claims) for o in outlets] == [("NCRI", 1), ("Sawt Beirut International", 1)]


def test_the_filter_reads_as_text():
    f = ClaimFilter(speaker="Qaani", via="Reuters", date_from=D(2019, 10, 1), tags=("snipers",))
    assert f.describe() == "origin Qaani · via Reuters · tags snipers · claim date 2019-10-01 → …"
    assert ClaimFilter().describe() == "all claims" and ClaimFilter().is_empty


def test_date_extent_and_undated_claims(db, corpus):
    from claimtracker.storage.claim_views import date_extent

    with db.reading() as s:
        assert date_extent(s, ClaimFilter()) == (D(2019, 10, 1), D(2020, 1, 1))
        assert date_extent(s, ClaimFilter(speaker="Masjidi")) is None
    assert _ids(db, undated=True) == [corpus["d"]]


def test_the_plan_for_many_matches_gives_the_same_pages(db, corpus, monkeypatch):
    from claimtracker.storage import page_plans

    queries = [
        ClaimFilter(via="Al-Ain", limit=1),
        ClaimFilter(via="Reuters", limit=5),
        ClaimFilter(search="gamma", limit=3),
    ]
    with db.reading() as s:
        few = [[c.id for c in find_claims(s, q)] for q in queries]
        monkeypatch.setattr(page_plans, "DENSE", 1)
        many = [[c.id for c in find_claims(s, q)] for q in queries]
    assert few == many == [[corpus["c"]], [corpus["a"]], [corpus["c"]]]


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_walking_the_sorts_index_for_a_dense_filter_gives_the_same_pages(
    db, corpus, monkeypatch, sort, descending
):
    """A filter with many matches is tested as the sort's index is walked instead of listed:
    the pages are the same, for every filter that can be written either way."""
    from claimtracker.storage import page_plans

    filters = [
        {"speaker": "officials"},
        {"language": "fr"},
        {"status": ClaimStatus.UNVERIFIED},
        {"via": "Reuters"},
        {"via": "NCRI"},  # also what it published: the claims of its articles
        {"via": "Al-Ain", "role": Role.INTERMEDIARY},
        {"role": Role.INTERMEDIARY},
        {"search": "a"},
        {"language": "en", "search": "alpha"},
    ]
    pages = []
    # Listed and fetched by id; or tested as the sort's index is walked (links looked up claim by claim).
    for dense, link_share in ((10**6, 0), (1, 10**6)):
        monkeypatch.setattr(page_plans, "DENSE", dense)
        monkeypatch.setattr(page_plans, "LINK_WALK_SHARE", link_share)
        with db.reading() as s:
            pages.append(
                [
                    [
                        c.id
                        for c in find_claims(s, ClaimFilter(sort=sort, descending=descending, limit=2, **f))
                    ]
                    for f in filters
                ]
            )
    assert pages[0] == pages[1]
    assert all(pages[0])


def test_a_part_of_one_sources_name_is_enough_to_filter(db, corpus):
    with db.reading() as s:
        by_part = claim_rows(s, ClaimFilter(via="reut"))
        by_name = claim_rows(s, ClaimFilter(via="Reuters"))
        assert by_part == by_name and by_part
        with pytest.raises(UserError, match="part of 2 sources"):
            claim_rows(s, ClaimFilter(speaker="ai"))  # Esmail Qaani and Al-Ain: the analyst must choose


TEXTS = (
    "L’Élysée a démenti: « aucune frappe » n’a eu lieu",
    "Kaani met the ambassador in Baghdad",
    "Qaani's trip, said an official (Reuters)",
    "el-Akmo district: three killed",
    "Les akmo de la ville",
    "kappa_underscore and snake_case words",
    "Ismaël Qaani à Bagdad",
)


@pytest.mark.parametrize(
    "search", ["a", "ka", "qaa", "elysee", "élysée", "akmo el", "l", "bagdad qa", "case", "underscore", "zz"]
)
def test_every_plan_for_a_search_finds_the_same_first_page(db, search, monkeypatch):
    """Listing the index's matches or testing each claim walked in date order: the same claims."""
    from claimtracker.storage import page_plans

    _add_claims(db, TEXTS)
    pages = []
    for dense, share in ((10**6, 1), (1, 1), (1, 10**6)):  # by id, listed and walked, tested and walked
        monkeypatch.setattr(page_plans, "DENSE", dense)
        monkeypatch.setattr(page_plans, "WALK_SHARE", share)
        with db.reading() as s:
            pages.append([c.text for c in find_claims(s, ClaimFilter(search=search, limit=4))])
    assert pages[0] == pages[1] == pages[2]


def test_the_vocabulary_bounds_how_many_claims_hold_a_long_search_word(db):
    """A long word's plan is chosen from FTS5's counts per indexed word: they must hold the real count."""
    from claimtracker.storage.fulltext import match_bounds

    if db.engine.dialect.name != "sqlite":
        pytest.skip("FTS5 is SQLite's")
    _add_claims(db, ["kaon decays", "Kaons and a kaon", "kaonic atoms", "KAON", "pion", "Kaonnet"])
    with db.reading() as s:
        holding = len(find_claims(s, ClaimFilter(search="kaon")))
        assert holding == 5
        # kaon: 3 claims, kaons, kaonic, kaonnet: 1 each. At least the largest, at most their sum.
        assert match_bounds(s, "Kaon") == (3, 6)
        assert match_bounds(s, "kaonic") == (1, 1)
        assert match_bounds(s, "kaz") is None  # the prefix index lists it at once
        assert match_bounds(s, "kaon pion") is None  # several words: only a count tells


def test_a_plans_share_of_matches_is_estimated_from_windows_of_claims(db, monkeypatch):
    """In a large archive, how many claims a busy source or a short word reaches is counted in a
    few windows of claim ids, scaled to the archive; in a small one, counted whole."""
    from claimtracker.storage import page_plans

    _add_claims(db, [f"claim {n}" for n in range(1, 8)])
    even = sa.select(ClaimRow.id).where(ClaimRow.id % 2 == 0)
    with db.reading() as s:
        assert page_plans._estimated(s, even, 7) == 3  # the whole archive
        monkeypatch.setattr(page_plans, "SAMPLES", 2)
        monkeypatch.setattr(page_plans, "SAMPLE_SPAN", 2)
        # Windows 1–2 and 5–6 (centred in each half) hold claims 2 and 6: 2 out of 4, so 3 of the 7.
        assert page_plans._estimated(s, even, 7) == 3
        assert page_plans._estimated(s, even.where(ClaimRow.id > 3), 7) == 1


def _add_claims(db, texts) -> None:
    """One claim per text, dated 1 January 2020 onwards, all in one article."""
    body = "\n".join(texts)
    with db.transaction() as s:
        article, _ = add_article(s, Article(title="t", body=body, raw=body, language="fr"))
        for day, text in enumerate(texts, start=1):
            start = body.index(text)
            claim = Claim.from_span(
                article.id,
                body,
                Span(start, start + len(text)),
                AttributionChain.of("X"),
                claim_date=ClaimDate.of(D(2020, 1, day)),
            )
            add_claim(s, claim)


@pytest.mark.parametrize("field", [DateField.CLAIM, DateField.EVENT])
def test_the_month_counts_follow_every_insert_update_and_delete(db, corpus, field):
    """The whole archive's timeline read from the trigger-kept counts equals the one grouped from claims."""
    from claimtracker.storage.claims_repo import delete_claim, update_claim
    from claimtracker.storage.histograms import grouped_histogram, histogram_from_counts

    with db.transaction() as s:
        article_id = get_claim(s, corpus["a"]).article_id
        more = [
            add_claim(s, _claim(article_id, word, speaker, date=date, event=event)).id
            for word, speaker, date, event in (
                ("delta", "Reuters", D(2019, 11, 5), None),
                ("epsilon", "Esmail Qaani", None, D(2019, 12, 1)),
                ("zeta", "Masjidi", D(2020, 2, 29), D(2020, 2, 1)),
            )
        ]
    with db.transaction() as s:
        moved = get_claim(s, more[0])
        update_claim(
            s, replace(moved, claim_date=ClaimDate.of(D(2018, 1, 1)), event_date=ClaimDate.of(D(2018, 1, 2)))
        )
        delete_claim(s, more[1])
        relabelled = get_claim(s, corpus["b"])
        update_claim(s, replace(relabelled, chain=AttributionChain.of("Masjidi")))
    for granularity in ("month", "year"):
        with db.reading() as s:
            kept = histogram_from_counts(s, field, granularity, 12)
            grouped = grouped_histogram(
                s, ClaimFilter(date_field=field), granularity=granularity, by="speaker", max_lanes=12
            )
        assert kept == grouped
        assert sum(kept.bins[lane].get(day, 0) for lane in kept.bins for day in kept.bins[lane]) > 0
    with db.reading() as s:
        every = s.execute(sa.select(sa.func.count()).select_from(ClaimRow)).scalar_one()
        assert count_claims(s, ClaimFilter()) == every  # read from the same counts


DATES = [
    ClaimDate.of(D(2019, 12, 31)),
    ClaimDate.of(D(2020, 1, 15)),
    ClaimDate.of(D(2020, 1, 1), Precision.MONTH),
    ClaimDate.of(D(2019, 1, 1), Precision.YEAR),  # starts long before January 2020, ends before it
    ClaimDate.of(D(2020, 1, 1), Precision.YEAR),
    ClaimDate.of(D(2010, 1, 1), Precision.DECADE),  # 2010–2019
    ClaimDate.of(D(2020, 1, 1), Precision.DECADE),  # 2020–2029: straddles every window below
    ClaimDate.between(D(2019, 11, 20), D(2020, 1, 5)),  # a range across the new year
    ClaimDate.of(D(2020, 3, 2)),
    ClaimDate.unknown(),
]
WINDOWS = [
    (D(2020, 1, 1), D(2020, 1, 31)),
    (D(2020, 1, 10), None),
    (None, D(2019, 12, 31)),
    (D(2019, 6, 1), D(2019, 6, 30)),
]


@pytest.mark.parametrize("dense", [2000, 1])  # matches fetched by id, or tested as an index is walked
@pytest.mark.parametrize("within", [False, True])
@pytest.mark.parametrize("field", [DateField.CLAIM, DateField.EVENT])
def test_a_date_filter_finds_the_same_claims_as_the_dates_themselves_in_every_order(
    db, monkeypatch, within, field, dense
):
    """The interval index (and, sorted by date, the date index walked from the window's edge)
    keeps exactly the claims whose interval overlaps — or lies within — the window."""
    from claimtracker.storage import date_spans, page_plans

    monkeypatch.setattr(page_plans, "DENSE", dense)
    monkeypatch.setattr(date_spans, "FETCHED_UP_TO", dense)
    body = " ".join(f"word{i}" for i in range(len(DATES)))
    with db.transaction() as s:
        article, _ = add_article(s, Article(title="t", body=body, raw=body, language="en"))
        ids = {}
        for i, date in enumerate(DATES):
            start = body.index(f"word{i}")
            dates = {"claim_date": date} if field is DateField.CLAIM else {"event_date": date}
            claim = Claim.from_span(
                article.id, body, Span(start, start + len(f"word{i}")), AttributionChain.of("X"), **dates
            )
            ids[add_claim(s, claim).id] = date
    for first, last in WINDOWS:
        keep = ClaimDate.within if within else ClaimDate.overlaps
        expected = {claim_id for claim_id, date in ids.items() if keep(date, first, last)}
        for sort in SortKey:
            for descending in (False, True):
                query = ClaimFilter(
                    date_from=first, date_to=last, date_within=within, date_field=field, sort=sort,
                    descending=descending, limit=len(DATES),
                )  # fmt: skip
                with db.reading() as s:
                    found = [c.id for c in find_claims(s, query)]
                assert set(found) == expected, (first, last, sort, descending)
                if sort is SortKey.DATE:  # oldest or newest first: the long dates by their first day
                    starts = [ids[i].value for i in found]
                    assert starts == sorted(starts, reverse=descending)


def test_a_re_dated_or_deleted_claim_leaves_the_date_filter_at_once(db, corpus):
    """The interval index follows each change in the statement that makes it (triggers)."""
    from claimtracker.storage.claims_repo import delete_claim, update_claim

    october = ClaimFilter(date_from=D(2019, 10, 1), date_to=D(2019, 10, 31), limit=50)
    with db.reading() as s:
        before = {c.id for c in find_claims(s, october)}
    assert corpus["a"] in before
    with db.transaction() as s:
        claim = get_claim(s, corpus["a"])
        update_claim(s, replace(claim, claim_date=ClaimDate.of(D(2021, 5, 1), Precision.MONTH)))
    with db.reading() as s:
        assert {c.id for c in find_claims(s, october)} == before - {corpus["a"]}
        assert [c.id for c in find_claims(s, ClaimFilter(date_from=D(2021, 5, 31), limit=5))] == [corpus["a"]]
    with db.transaction() as s:
        delete_claim(s, corpus["a"])
    with db.reading() as s:
        assert find_claims(s, ClaimFilter(date_from=D(2021, 5, 31), limit=5)) == []
