"""Storage behaviour, run on SQLite and on a real PostgreSQL server."""

import datetime as dt
from dataclasses import replace

import pytest
import sqlalchemy as sa

from claimtracker.domain import (
    Article,
    AttributionChain,
    Claim,
    ClaimDate,
    ClaimKind,
    ClaimStatus,
    Precision,
    Reliability,
    Source,
    SourceKind,
    SourceRef,
    Span,
)
from claimtracker.domain.claim_filter import SortKey
from claimtracker.domain.claims import Role
from claimtracker.errors import NotFoundError, UserError
from claimtracker.storage.articles_repo import add_article, get_article, list_articles
from claimtracker.storage.claims_repo import (
    ClaimFilter,
    add_claim,
    claim_ids_statement,
    count_claims,
    delete_claim,
    find_claims,
    get_claim,
    update_claim,
)
from claimtracker.storage.schema import ArticleRow, ClaimLinkRow, ClaimRow, SourceNameRow, SourceRow
from claimtracker.storage.sources_repo import (
    add_source,
    get_source,
    list_sources,
    merge_sources,
    similar_names,
    source_ids_named,
    unmerge_sources,
)

BODY = (
    "The second security source told Reuters that the snipers were using radio equipment provided by Iran. "
    "Iran Focus reports that resistance sources said a secret report states that arms were seized. "
    "Masjidi a déclaré lundi que les visites de Qaani étaient secrètes."
)


def _span(exact: str) -> Span:
    start = BODY.index(exact)
    return Span(start, start + len(exact))


@pytest.fixture
def article_id(db) -> int:
    with db.transaction() as s:
        article, _ = add_article(
            s,
            Article(
                title="Snipers",
                body=BODY,
                raw=BODY,
                outlet="NCRI",
                language="en",
                published=ClaimDate.of(dt.date(2019, 10, 10), wording="10 October 2019"),
            ),
        )
    return article.id


def _claim(article_id: int, exact: str, *chain: str, **fields) -> Claim:
    return Claim.from_span(article_id, BODY, _span(exact), AttributionChain.of(*chain), **fields)


def test_claims_with_nested_chains_and_dates_read_back_identical(db, article_id):
    with db.transaction() as s:
        qaani = add_source(
            s,
            Source(
                "Esmail Qaani", SourceKind.PERSON, aliases=("Ismaël Qaani", "Qani"), reliability=Reliability.C
            ),
        )
        outer = add_claim(
            s,
            _claim(
                article_id,
                "a secret report states that arms were seized",
                "resistance sources",
                "Iran Focus",
                kind=ClaimKind.DOCUMENT_CONTENT,
            ),
        )
        written = Claim.from_span(
            article_id,
            BODY,
            _span("arms were seized"),
            AttributionChain(
                (
                    SourceRef("a secret report"),
                    SourceRef("resistance sources"),
                    SourceRef("Iran Focus"),
                    SourceRef(qaani.name, qaani.id),
                )
            ),
            text="Arms were seized, per a secret report",
            kind=ClaimKind.DOCUMENT_CONTENT,
            cue="said",
            claim_date=ClaimDate.of(dt.date(2019, 10, 3), Precision.DAY, "on Oct. 3"),
            event_date=ClaimDate.of(
                dt.date(2019, 10, 1), Precision.MONTH, "in October", certain=False, doubt="month only"
            ),
            credibility=3,
            status=ClaimStatus.DISPUTED,
            tags=("arms", "iraq"),
            note="nested in the Iran Focus report",
            parent_id=outer.id,
        )
        stored = add_claim(s, written)
    with db.reading() as s:
        read = get_claim(s, stored.id)
    written.id = stored.id
    assert read == Claim(**_with_ids(written, read))
    assert read.chain.names == ("a secret report", "resistance sources", "Iran Focus", "Esmail Qaani")
    assert read.chain.links[3].id == qaani.id
    assert read.claim_date == ClaimDate(dt.date(2019, 10, 3), Precision.DAY, "on Oct. 3", True, "")
    assert read.event_date == ClaimDate(
        dt.date(2019, 10, 1), Precision.MONTH, "in October", False, "month only"
    )
    assert read.parent_id == outer.id


def _with_ids(written: Claim, read: Claim) -> dict:
    """The written claim's fields, with chain ids filled in as the registry assigned them."""
    fields = {name: getattr(written, name) for name in Claim.__dataclass_fields__}
    assert [link.name for link in written.chain.links] == [link.name for link in read.chain.links]
    fields["chain"] = read.chain
    return fields


def test_chain_links_by_name_reuse_the_registry_through_aliases(db, article_id):
    with db.transaction() as s:
        qaani = add_source(s, Source("Esmail Qaani", aliases=("Ismaël Qaani",)))
        claim = add_claim(s, _claim(article_id, "les visites de Qaani étaient secrètes", "ismael qaani"))
    assert (claim.chain.speaker.name, claim.chain.speaker.id) == ("Esmail Qaani", qaani.id)
    with db.reading() as s:
        assert [x.name for x in list_sources(s) if x.kind is not SourceKind.OUTLET] == ["Esmail Qaani"]


def test_filters_by_speaker_and_by_any_later_link_including_aliases(db, article_id):
    with db.transaction() as s:
        add_source(s, Source("Reuters", SourceKind.OUTLET, aliases=("Thomson Reuters",)))
        told = add_claim(
            s,
            _claim(
                article_id,
                "the snipers were using radio equipment",
                "second security source",
                "Reuters",
                "NCRI",
            ),
        )
        own = add_claim(s, _claim(article_id, "arms were seized", "Reuters"))
        other = add_claim(s, _claim(article_id, "les visites de Qaani étaient secrètes", "Masjidi"))
    with db.reading() as s:
        assert [c.id for c in find_claims(s, ClaimFilter(via="thomson reuters"))] == [told.id]
        assert [c.id for c in find_claims(s, ClaimFilter(speaker="REUTERS"))] == [own.id]
        # NCRI passed on one claim, and published the article of all three.
        assert [c.id for c in find_claims(s, ClaimFilter(via="NCRI", role=Role.INTERMEDIARY))] == [told.id]
        assert {c.id for c in find_claims(s, ClaimFilter(via="NCRI"))} == {told.id, own.id, other.id}
        assert {c.id for c in find_claims(s, ClaimFilter())} == {told.id, own.id, other.id}
        with pytest.raises(UserError, match="no source is named 'Nobody'"):
            find_claims(s, ClaimFilter(speaker="Nobody"))


def test_filters_by_date_status_tag_and_full_text(db, article_id):
    with db.transaction() as s:
        early = add_claim(
            s,
            _claim(
                article_id,
                "arms were seized",
                "a",
                status=ClaimStatus.REFUTED,
                tags=("arms",),
                claim_date=ClaimDate.of(dt.date(2019, 10, 1)),
            ),
        )
        late = add_claim(
            s,
            _claim(
                article_id,
                "les visites de Qaani étaient secrètes",
                "b",
                claim_date=ClaimDate.of(dt.date(2019, 10, 8)),
            ),
        )
        undated = add_claim(s, _claim(article_id, "the snipers were using radio equipment", "c"))
    with db.reading() as s:

        def ids(**kw):
            return [c.id for c in find_claims(s, ClaimFilter(**kw))]

        assert ids() == [late.id, early.id, undated.id]  # newest first, unknown dates last
        assert ids(date_from=dt.date(2019, 10, 2)) == [late.id]
        assert ids(date_to=dt.date(2019, 10, 2)) == [early.id]
        assert ids(status=ClaimStatus.REFUTED) == [early.id]
        assert ids(tags=("arms",)) == [early.id]
        assert ids(search="radio") == [undated.id]
        assert ids(search="visites secrètes") == [late.id]
        assert ids(search="snip") == [undated.id]  # words match as prefixes
        assert ids(search='radio"') == [undated.id]
        assert ids(search='radio" OR "arms') == []  # OR is a word to find, not an operator
        assert count_claims(s, ClaimFilter(search="radio")) == 1
        assert [c.id for c in find_claims(s, ClaimFilter(limit=1, offset=1))] == [early.id]


def test_update_replaces_chain_and_tags_and_search_follows_the_text(db, article_id):
    with db.transaction() as s:
        claim = add_claim(
            s, _claim(article_id, "arms were seized", "a", "b", tags=("x",), text="rifles found")
        )
    claim.chain = AttributionChain.of("c")
    claim.tags = ("y", "z")
    claim.text = "weapons confiscated"
    with db.transaction() as s:
        updated = update_claim(s, claim)
    assert updated.chain.names == ("c",) and updated.tags == ("y", "z")
    assert updated.version == claim.version + 1
    with db.reading() as s:
        assert find_claims(s, ClaimFilter(search="confiscated"))[0].id == claim.id
        assert find_claims(s, ClaimFilter(speaker="c"))[0].id == claim.id
        assert find_claims(s, ClaimFilter(search="rifles")) == []


def test_the_full_text_index_follows_quotes_and_texts_through_edits_and_deletes(db, article_id):
    """A quote is indexed only where it differs from the claim's text (migration 0019): the
    quote's words stay searchable whichever the text becomes, and on SQLite the index stays
    what the claims hold (FTS5's own check against them)."""
    with db.transaction() as s:
        same = add_claim(s, _claim(article_id, "arms were seized", "a"))  # text is the quote
        other = add_claim(s, _claim(article_id, "Masjidi a déclaré lundi", "b"))
    with db.transaction() as s:
        update_claim(s, replace(same, text="rifles found"))  # the quote now indexed apart
        update_claim(s, replace(other, text="secret visits"))
    with db.transaction() as s:
        update_claim(s, replace(get_claim(s, other.id), text="Masjidi a déclaré lundi"))  # the same again
    with db.reading() as s:
        assert [c.id for c in find_claims(s, ClaimFilter(search="seized"))] == [same.id]
        assert [c.id for c in find_claims(s, ClaimFilter(search="rifles"))] == [same.id]
        assert [c.id for c in find_claims(s, ClaimFilter(search="Masjidi"))] == [other.id]
        assert find_claims(s, ClaimFilter(search="secret")) == []
    with db.transaction() as s:
        delete_claim(s, same.id)
    with db.reading() as s:
        assert find_claims(s, ClaimFilter(search="seized")) == []
        if s.get_bind().dialect.name == "sqlite":  # raises on an index that differs from the claims
            s.execute(sa.text("INSERT INTO claims_fts (claims_fts, rank) VALUES ('integrity-check', 1)"))


def test_delete_returns_the_claim_and_removes_its_links(db, article_id):
    with db.transaction() as s:
        claim = add_claim(s, _claim(article_id, "arms were seized", "a", "b", tags=("x",)))
    with db.transaction() as s:
        removed, _nested = delete_claim(s, claim.id)
    assert removed == claim
    with db.reading() as s:
        assert find_claims(s, ClaimFilter(via="b")) == []
        with pytest.raises(NotFoundError):
            get_claim(s, claim.id)


def test_a_failed_write_leaves_nothing_behind(db, article_id):
    bad = _claim(article_id, "arms were seized", "a brand new source")
    bad.span = Span(0, len(BODY) + 10)
    with pytest.raises(UserError, match="ends after the article"), db.transaction() as s:
        add_claim(s, _claim(article_id, "the snipers were using radio equipment", "first"))
        add_claim(s, bad)
    with db.reading() as s:
        assert find_claims(s, ClaimFilter()) == []
        assert source_ids_named(s, "first") == []


def test_span_must_hold_the_quoted_text(db, article_id):
    claim = _claim(article_id, "arms were seized", "a")
    claim.span = Span(0, len("arms were seized"))
    with pytest.raises(UserError, match="does not hold the quoted text"), db.transaction() as s:
        add_claim(s, claim)


def test_merging_sources_moves_claims_and_names(db, article_id):
    with db.transaction() as s:
        keep = add_source(s, Source("Esmail Qaani", SourceKind.PERSON))
        dupe = add_source(s, Source("Ismaël Qaani", aliases=("Qani",)))
        claim = add_claim(
            s, _claim(article_id, "les visites de Qaani étaient secrètes", "Qani", "Ismaël Qaani")
        )
    with db.transaction() as s:
        record = merge_sources(s, keep.id, dupe.id)
        merged = get_source(s, keep.id)
    assert set(merged.aliases) == {"Ismaël Qaani", "Qani"}
    with db.reading() as s:
        read = get_claim(s, claim.id)
        assert [link.id for link in read.chain.links] == [keep.id, keep.id]
        assert source_ids_named(s, "qani") == [keep.id]
        summary = {x.name: x for x in list_sources(s)}["Esmail Qaani"]
        assert (summary.as_speaker, summary.as_intermediary) == (1, 1)
    with db.transaction() as s:
        unmerge_sources(s, record)
    with db.reading() as s:
        assert (
            get_claim(s, claim.id).chain
            == AttributionChain(
                (SourceRef("Ismaël Qaani", dupe.id), SourceRef("Ismaël Qaani", dupe.id))
            ).with_roles()
        )
        assert get_source(s, dupe.id) == dupe and get_source(s, keep.id) == keep
        assert source_ids_named(s, "qani") == [dupe.id]


def test_close_spellings_are_offered_as_variants(db):
    with db.transaction() as s:
        qaani = add_source(s, Source("Ismaël Qaani"))
        add_source(s, Source("Reuters"))
    with db.reading() as s:
        assert similar_names(s, "Esmail Qaani")[0] == ("Ismaël Qaani", qaani.id)
        assert similar_names(s, "Ismael Qaani") == []  # the same name is a match, not a variant


def test_reimporting_the_same_content_is_a_no_op(db, article_id):
    with db.transaction() as s:
        again, created = add_article(s, Article(title="Other title", body=BODY, raw=BODY))
    assert not created and again.id == article_id
    with db.reading() as s:
        assert [a.id for a in list_articles(s)] == [article_id]
        assert get_article(s, article_id).title == "Snipers"


def test_via_filter_uses_the_chain_index(db, article_id):
    """The query the app runs for "via NAME", planned by each database on enough rows for its
    statistics to matter (no planner switches forced): the chain index, never a scan of the links."""
    sources, claims = 300, 6000
    with db.transaction() as s:
        s.execute(sa.insert(SourceRow.__table__), [{"name": f"Source {n}"} for n in range(sources)])
        ids = list(s.execute(sa.select(SourceRow.id).order_by(SourceRow.id)).scalars())
        s.execute(
            sa.insert(SourceNameRow.__table__),
            [
                {"source_id": i, "name": f"Source {n}", "norm": f"source {n}", "is_primary": True}
                for n, i in enumerate(ids)
            ],
        )
        s.execute(
            sa.insert(ClaimRow.__table__),
            [
                {
                    "article_id": article_id,
                    "span_start": 0,
                    "span_end": 4,
                    "quote_exact": BODY[:4],
                    "speaker_id": ids[n % sources],
                }
                for n in range(claims)
            ],
        )
        claim_ids = list(s.execute(sa.select(ClaimRow.id).order_by(ClaimRow.id)).scalars())
        s.execute(
            sa.insert(ClaimLinkRow.__table__),
            [
                {"claim_id": c, "position": p, "source_id": ids[(n * (7 if p else 1)) % sources]}
                for n, c in enumerate(claim_ids)
                for p in (0, 1)
            ],
        )
    with db.engine.begin() as c:
        c.exec_driver_sql("ANALYZE")
    with db.reading() as s:
        statement = claim_ids_statement(s, ClaimFilter(via="Source 42", limit=200))
        sql = str(statement.compile(db.engine, compile_kwargs={"literal_binds": True}))
        explain = "EXPLAIN QUERY PLAN" if db.is_sqlite else "EXPLAIN"
        plan = " ".join(str(r) for r in s.execute(sa.text(f"{explain} {sql}")))
        assert len(s.execute(statement).all()) == claims // sources
    assert "ix_claim_links_source_claim" in plan, plan
    assert "SCAN claim_links" not in plan and "Seq Scan on claim_links" not in plan, plan


def test_articles_list_in_pages_with_claim_counts(db, article_id):
    with db.transaction() as s:
        add_claim(s, _claim(article_id, "arms were seized", "a"))
        for n in range(3):
            add_article(s, Article(title=f"Other {n}", body=f"text {n}", raw=f"text {n}", outlet="Al-Ain"))
    with db.reading() as s:
        first, rest = list_articles(s, limit=2), list_articles(s, limit=2, offset=2)
        assert [a.claims for a in first + rest] == [1, 0, 0, 0]
        assert [a.title for a in list_articles(s, "al-ain other 2")] == ["Other 2"]


@pytest.mark.parametrize(
    "key", [SortKey.SPEAKER, SortKey.ARTICLE, SortKey.TEXT, SortKey.CREDIBILITY, SortKey.DATE]
)
@pytest.mark.parametrize("descending", [False, True])
def test_each_sort_of_the_claims_table_reads_an_index_in_order(sqlite_db, key, descending):
    """The first page sorted by any column comes from an index walked in order: no sort of
    every claim (SQLite's plan would say 'USE TEMP B-TREE FOR ORDER BY')."""
    db = sqlite_db
    with db.transaction() as s:
        s.execute(
            sa.insert(ArticleRow.__table__),
            [
                {"title": f"Article {n}", "body": BODY, "raw": BODY, "content_hash": f"h{n}"}
                for n in range(30)
            ],
        )
        articles = list(s.execute(sa.select(ArticleRow.id)).scalars())
        s.execute(sa.insert(SourceRow.__table__), [{"name": f"Source {n}"} for n in range(50)])
        sources = list(s.execute(sa.select(SourceRow.id)).scalars())
        s.execute(
            sa.insert(ClaimRow.__table__),
            [
                {
                    "article_id": articles[n % 30],
                    "span_start": 0,
                    "span_end": 4,
                    "quote_exact": BODY[:4],
                    "text": f"claim {n % 97}",
                    "speaker_id": sources[n % 50],
                    "credibility": n % 7 or None,
                }
                for n in range(3000)
            ],
        )
    with db.engine.begin() as c:
        c.exec_driver_sql("ANALYZE")
    with db.reading() as s:
        statement = claim_ids_statement(s, ClaimFilter(sort=key, descending=descending, limit=200))
        sql = str(statement.compile(db.engine, compile_kwargs={"literal_binds": True}))
        plan = " ".join(str(r) for r in s.execute(sa.text(f"EXPLAIN QUERY PLAN {sql}")))
        assert len(s.execute(statement).all()) == 200
    assert "TEMP B-TREE FOR ORDER BY" not in plan, plan
