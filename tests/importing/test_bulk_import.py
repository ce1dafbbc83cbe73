"""A big claim sheet goes in by batches: every claim, the sheet's ids kept where free, parents
set, one change-log row each; importing it again adds nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from claimtracker.importing.claims_json import import_claims_file
from claimtracker.library import Library
from tests.helpers.sheets import numbered_words

CLAIMS = 5_001  # more than one batch


def _sheet(tmp_path):
    body, offsets = numbered_words(CLAIMS)
    claims = [
        {
            "id": 1000 + i,
            "article_id": 7,
            "span": {"start": a, "end": b},
            "quote": {"exact": body[a:b]},
            "chain": [{"name": "Agence", "id": 3}, {"name": "Relais", "id": 4, "role": "intermediary"}],
            "parent_id": 1000 if i else None,
            "tags": ["lot"],
        }
        for i, (a, b) in enumerate(offsets)
    ]
    sheet = {
        "format": "claimtracker-claims",
        "articles": [{"id": 7, "title": "Grand article", "body": body, "language": "fr"}],
        "sources": [{"id": 3, "name": "Agence"}, {"id": 4, "name": "Relais"}],
        "claims": claims,
    }
    path = tmp_path / "big.json"
    path.write_text(json.dumps(sheet), encoding="utf-8")
    return path


def _articles_holding(db, words: str) -> list[str]:
    import sqlalchemy as sa

    from claimtracker.storage.fulltext import articles_matching
    from claimtracker.storage.schema import ArticleRow

    with db.reading() as session:
        where = articles_matching(session.get_bind().dialect.name, words)
        return list(session.scalars(sa.select(ArticleRow.title).where(where)))


def test_a_sheet_bigger_than_a_batch_goes_in_whole_and_only_once(db, tmp_path):
    path = _sheet(tmp_path)
    report = import_claims_file(db, path, who="amina")
    assert report.claims == CLAIMS and not report.problems
    library = Library(db)
    (article,) = library.articles()
    stored = library.claims_of(article.id)
    assert sorted(c.id for c in stored) == list(range(1000, 1000 + CLAIMS))  # the sheet's ids, free here
    last = library.claim(1000 + CLAIMS - 1)
    assert last.parent_id == 1000 and last.tags == ("lot",)
    assert [link.name for link in last.chain.links] == ["Agence", "Relais"]
    assert [(h.who, h.action) for h in library.history("claim", last.id)] == [("amina", "import")]
    again = import_claims_file(db, path)
    assert again.claims == 0 and again.unchanged == CLAIMS


def test_a_cancelled_import_writes_nothing_and_leaves_the_database_working(db, tmp_path):
    import pytest

    from claimtracker.domain.claim_filter import ClaimFilter
    from claimtracker.importing.claims_json import ImportCancelled

    path = _sheet(tmp_path)
    asked = []

    def cancel_after_a_while() -> bool:
        asked.append(True)
        return len(asked) > 3  # once the first claims are in

    with pytest.raises(ImportCancelled, match="nothing was written"):
        import_claims_file(db, path, cancelled=cancel_after_a_while)
    library = Library(db)
    assert library.articles() == [] and library.claim_rows(ClaimFilter()) == []
    assert library.sources() == []
    # The insert triggers set aside during the import are back: a new import is indexed as usual.
    report = import_claims_file(db, path)
    assert report.claims == CLAIMS
    assert len(library.claim_rows(ClaimFilter(search="mot4999"))) == 1
    assert _articles_holding(db, "mot4999") == ["Grand article"]


def test_progress_is_reported_up_to_the_whole_sheet(db, tmp_path):
    seen = []
    import_claims_file(
        db, _sheet(tmp_path), progress=lambda done, total, what: seen.append((done, total, what))
    )
    assert seen[-1] == (100, 100, f"{CLAIMS:,} claims")
    assert [done for done, _t, _w in seen] == sorted(done for done, _t, _w in seen)
    assert len(seen) >= 5


def test_bulk_imported_claims_are_searchable_and_counted_by_month(db, tmp_path):
    """The full-text entries and month counts the triggers would have written, written set-based."""
    from claimtracker.domain.claim_filter import ClaimFilter, DateField
    from claimtracker.storage.histograms import grouped_histogram, histogram_from_counts

    path = _sheet(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    for index, claim in enumerate(data["claims"]):
        claim["claim_date"] = (
            {"value": f"2020-{index % 12 + 1:02d}-01", "precision": "month"} if index % 3 else None
        )
    path.write_text(json.dumps(data), encoding="utf-8")
    import_claims_file(db, path)
    library = Library(db)
    # The articles' own full-text index, filled set-based too: by title and by body.
    assert _articles_holding(db, "grand") == _articles_holding(db, "mot4321") == ["Grand article"]
    found = library.claim_rows(ClaimFilter(search="mot123"))  # a prefix: mot123, mot1230 … mot1239
    assert sorted(r.id for r in found) == [1123, *range(2230, 2240)]
    assert library.count_claims(ClaimFilter()) == CLAIMS
    march = ClaimFilter(date_from=dt.date(2020, 3, 10), date_to=dt.date(2020, 3, 10), limit=None)
    assert len(library.claim_rows(march)) == sum(1 for i in range(CLAIMS) if i % 3 and i % 12 == 2)
    with db.reading() as s:
        for field in DateField:
            kept = histogram_from_counts(s, field, "month", 12)
            grouped = grouped_histogram(
                s, ClaimFilter(date_field=field), granularity="month", by="speaker", max_lanes=12
            )
            assert kept == grouped


def test_unreadable_facts_and_sources_are_named_not_raised(db, tmp_path):
    """A bad fact is left out and named; a bad source id stops the import with one clear message."""
    import pytest

    from claimtracker.errors import BadFileError

    path = _sheet(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["facts"] = [
        {"statement": "Le pont est fermé", "claims": [{"claim_id": 1000, "stance": "nonsense"}]},
        {"statement": "Le pont est ouvert", "claims": [{"claim_id": [1000]}]},
        {"statement": "Deux relais", "claims": [{"claim_id": 1000}]},
        {"statement": "Deux relais", "claims": [{"claim_id": 1001, "stance": "related"}]},
    ]
    path.write_text(json.dumps(data), encoding="utf-8")
    report = import_claims_file(db, path)
    assert [p.split(": ", 1)[1].split(":")[0] for p in report.problems] == ["fact 1", "fact 2"]
    assert report.facts_added == 1  # the two records of one statement make one fact with both links
    (fact,) = Library(db).facts()
    _fact, _assessment, reports = Library(db).assess_fact(fact.id)
    assert sorted(r.claim_id for r in reports) == [1000, 1001]
    data["sources"][0]["id"] = "trois"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BadFileError, match="source 1"):
        import_claims_file(db, path)


def test_indexes_set_aside_for_a_large_import_come_back_whether_it_ends_or_is_cancelled(
    sqlite_db, tmp_path, monkeypatch
):
    """An import that at least doubles the archive drops the claim tables' indexes and builds
    them again at the end; after a cancel, the rollback brings them back. Either way the schema is
    the one the app was given, and so is the connection's page cache."""
    import pytest
    import sqlalchemy as sa

    from claimtracker.importing.claims_json import ImportCancelled
    from claimtracker.storage import bulk_load

    monkeypatch.setattr(bulk_load, "INDEXES_ASIDE_FROM", 1)  # this small sheet counts as large

    def schema():
        with sqlite_db.reading() as session:
            return session.execute(
                sa.text(
                    "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"
                )
            ).all(), session.scalar(sa.text("PRAGMA cache_size"))

    before = schema()
    assert any(name == "ix_claims_speaker_date" for _type, name, _sql in before[0])
    path = _sheet(tmp_path)
    with pytest.raises(ImportCancelled):
        import_claims_file(sqlite_db, path, cancelled=lambda: True)
    assert schema() == before
    assert import_claims_file(sqlite_db, path).claims == CLAIMS
    assert schema() == before
    with sqlite_db.reading() as session:  # the rebuilt index serves the query planner
        plan = session.execute(
            sa.text("EXPLAIN QUERY PLAN SELECT id FROM claims WHERE speaker_id = 3 ORDER BY claim_date")
        ).all()
    assert any("ix_claims_speaker_date" in str(row) for row in plan)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("", "the file is empty"),
        ('{"format": "claimtracker-claims", "claims": {"id": 1}}', "$.claims"),
        ("[1, 2]", "not a ClaimTracker claim sheet"),
        ('{"format": "something else", "claims": []}', "not a ClaimTracker claim sheet"),
        ('{"format": "claimtracker-claims", "claims": [', "not valid JSON (line 1"),
    ],
)
def test_a_file_that_is_no_claim_sheet_is_named_with_what_is_wrong(tmp_path, content, said):
    from claimtracker.errors import BadFileError
    from claimtracker.importing.claim_sheet import ClaimSheet

    path = tmp_path / "odd.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BadFileError) as raised:
        ClaimSheet(path)
    assert "odd.json" in str(raised.value) and said in str(raised.value)
