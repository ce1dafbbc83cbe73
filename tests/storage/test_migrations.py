import stat

from alembic.config import Config
from alembic.script import ScriptDirectory

from claimtracker.storage.database import MIGRATIONS, SCHEMA_HEAD


def _scripts() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config)


def test_the_revision_chain_is_linear_and_its_head_is_the_one_the_app_expects():
    scripts = _scripts()
    assert scripts.get_heads() == [SCHEMA_HEAD]
    revisions = list(scripts.walk_revisions())
    assert all(len(r._all_down_revisions) <= 1 for r in revisions)
    assert revisions[-1].down_revision is None


def test_a_database_at_the_first_revision_is_upgraded_with_its_claims_intact(db, tmp_path):
    """Data written at 0001 (as that release wrote it), then upgraded: nothing is lost, and two
    sources that shared a name become one (0005) with the claims of both."""
    import datetime as dt

    import sqlalchemy as sa
    from alembic import command

    from claimtracker.domain import AttributionChain, Claim, Span
    from claimtracker.storage.claims_repo import get_claim

    with db.engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert db.current_revision() == "0001"
    body = "Le ministre a déclaré lundi que tout allait bien."
    now = dt.datetime(2026, 1, 1)
    old = sa.MetaData()
    with db.engine.begin() as c:
        old.reflect(c)
        t = old.tables
        c.execute(
            t["articles"].insert(),
            dict(
                id=1,
                title="t",
                outlet="",
                original_source="",
                url="",
                language="fr",
                pub_date=None,
                pub_precision="unknown",
                pub_wording="",
                pub_certain=True,
                pub_doubt="",
                body=body,
                raw=body,
                content_hash="h",
                source_path="",
                imported_at=now,
            ),
        )
        c.execute(
            t["sources"].insert(),
            [
                dict(
                    id=i,
                    name=n,
                    kind="unknown",
                    affiliation="",
                    reliability=None,
                    notes="",
                    created_at=now,
                    updated_at=now,
                    version=1,
                )
                for i, n in ((1, "a"), (2, "b"), (3, "B"))
            ],
        )
        c.execute(
            t["source_names"].insert(),
            [
                dict(source_id=i, name=n, norm=n.lower(), is_primary=True)
                for i, n in ((1, "a"), (2, "b"), (3, "B"))
            ],
        )
        claim_columns = dict(
            article_id=1,
            span_start=0,
            span_end=11,
            quote_exact=body[:11],
            quote_prefix="",
            quote_suffix=body[11:43],
            text=body[:11],
            kind="paraphrase",
            cue="",
            claim_date=None,
            claim_date_precision="unknown",
            claim_date_wording="",
            claim_date_certain=True,
            claim_date_doubt="",
            event_date=None,
            event_date_precision="unknown",
            event_date_wording="",
            event_date_certain=True,
            event_date_doubt="",
            credibility=None,
            status="unverified",
            note="",
            parent_id=None,
            orphaned=False,
            created_at=now,
            updated_at=now,
            version=1,
        )
        month = dict(
            claim_date=dt.date(2019, 10, 1), claim_date_precision="month", claim_date_wording="octobre 2019"
        )
        c.execute(
            t["claims"].insert(),
            [
                {**claim_columns, "id": 1, "speaker_id": 1},
                {**claim_columns, **month, "id": 2, "speaker_id": 3},
            ],
        )
        c.execute(
            t["claim_links"].insert(),
            [
                dict(claim_id=1, position=0, source_id=1),
                dict(claim_id=1, position=1, source_id=2),
                dict(claim_id=2, position=0, source_id=3),
            ],
        )
    claim = Claim.from_span(1, body, Span(0, 11), AttributionChain.of("a", "b"))
    url = db.engine.url.render_as_string(hide_password=False)
    db.close()
    from claimtracker.storage.database import Database

    upgraded = Database.open(url)
    try:
        assert upgraded.current_revision() == SCHEMA_HEAD
        with upgraded.reading() as s:
            stored = get_claim(s, 1)
            assert (
                stored.chain.names == ("a", "b") and stored.text == claim.text and stored.quote == claim.quote
            )
            assert get_claim(s, 2).chain.speaker.id == 2  # "B" merged into "b", the older source
            # 0006: the month date became the interval of its days, found from a day inside it.
            assert get_claim(s, 2).claim_date.latest == dt.date(2019, 10, 31)
            from claimtracker.domain.claim_filter import ClaimFilter
            from claimtracker.storage.claims_repo import find_claims

            assert [c.id for c in find_claims(s, ClaimFilter(date_from=dt.date(2019, 10, 15)))] == [2]
            assert [r[0] for r in s.execute(sa.text("SELECT id FROM sources ORDER BY id"))] == [1, 2]
        if upgraded.is_sqlite:
            backups = list(upgraded.sqlite_path.parent.glob("*.before-0001.bak"))
            assert len(backups) == 1 and stat.S_IMODE(backups[0].stat().st_mode) == 0o600
            with sa.create_engine(f"sqlite:///{backups[0]}").connect() as c:
                assert c.execute(sa.text("SELECT count(*) FROM claims")).scalar() == 2
    finally:
        upgraded.close()


def test_the_sample_claims_of_the_last_release_survive_the_upgrade(db):
    """The seeds and their sample claims stored at 0004 (the last release's schema), then
    upgraded: every claim, its chain in order and its dates are kept; chains get their roles,
    dates their intervals, outlets their registry sources."""
    from alembic import command

    from claimtracker.domain.claim_filter import ClaimFilter
    from claimtracker.domain.claims import Role
    from claimtracker.domain.dates import Precision
    from claimtracker.importing.importer import import_paths
    from claimtracker.importing.sample_claims import load_claims_by_quote
    from claimtracker.library import Library
    from claimtracker.storage.database import Database
    from tests.conftest import SAMPLE_CLAIMS, SEEDS

    report = import_paths(db, [SEEDS])
    load_claims_by_quote(
        db, SEEDS / "annotations.json", {a.source_path.rsplit("/", 1)[-1]: a for a in report.added}
    )
    before = Library(db).find_claims(ClaimFilter())
    with db.engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    url = db.engine.url.render_as_string(hide_password=False)
    db.close()
    upgraded = Database.open(url)
    try:
        after = Library(upgraded).find_claims(ClaimFilter())
        assert [c.id for c in after] == [c.id for c in before] and len(after) == SAMPLE_CLAIMS
        for old, new in zip(before, after, strict=True):
            assert new.chain.names == old.chain.names and new.text == old.text and new.span == old.span
            assert new.claim_date.value == old.claim_date.value
            if old.claim_date.precision is not Precision.RANGE:  # the release knew no other intervals
                assert new.claim_date.latest == old.claim_date.latest
            assert new.chain.role_of(0) is Role.ORIGIN  # what the upgrade can tell: the first link
        (article,) = [a for a in Library(upgraded).articles() if a.outlet == "Iran Focus"]
        assert Library(upgraded).article(article.id).outlet_id in Library(upgraded).sources_named(
            "Iran Focus"
        )
    finally:
        upgraded.close()
