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
    """Data written at 0001, then the schema goes back and up again: nothing is lost."""
    import sqlalchemy as sa
    from alembic import command

    from claimtracker.domain import Article, AttributionChain, Claim, Span
    from claimtracker.storage.articles_repo import add_article
    from claimtracker.storage.claims_repo import add_claim, get_claim

    with db.engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert db.current_revision() == "0001"
    body = "Le ministre a déclaré lundi que tout allait bien."
    with db.transaction() as s:
        article, _ = add_article(s, Article(title="t", body=body, raw=body))
        claim = add_claim(s, Claim.from_span(article.id, body, Span(0, 11), AttributionChain.of("a", "b")))
    url = db.engine.url.render_as_string(hide_password=False)
    db.close()
    from claimtracker.storage.database import Database

    upgraded = Database.open(url)
    try:
        assert upgraded.current_revision() == SCHEMA_HEAD
        with upgraded.reading() as s:
            assert get_claim(s, claim.id) == claim
        if upgraded.is_sqlite:
            backups = list(upgraded.sqlite_path.parent.glob("*.before-0001.bak"))
            assert len(backups) == 1 and stat.S_IMODE(backups[0].stat().st_mode) == 0o600
            with sa.create_engine(f"sqlite:///{backups[0]}").connect() as c:
                assert c.execute(sa.text("SELECT count(*) FROM claims")).scalar() == 1
    finally:
        upgraded.close()
