"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Full-text search: an FTS5 index kept by triggers on SQLite, GIN indexes over tsvector
expressions on PostgreSQL (the same expressions `storage.fulltext` queries).
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("outlet", sa.String(length=300), nullable=False),
        sa.Column("original_source", sa.String(length=300), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("pub_date", sa.Date(), nullable=True),
        sa.Column("pub_precision", sa.String(length=8), nullable=False),
        sa.Column("pub_wording", sa.Text(), nullable=False),
        sa.Column("pub_certain", sa.Boolean(), nullable=False),
        sa.Column("pub_doubt", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("source_path", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_articles_content_hash")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("affiliation", sa.String(length=300), nullable=False),
        sa.Column("reliability", sa.String(length=1), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "reliability IN ('A','B','C','D','E','F')", name=op.f("ck_sources_reliability_grade")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("quote_exact", sa.Text(), nullable=False),
        sa.Column("quote_prefix", sa.Text(), nullable=False),
        sa.Column("quote_suffix", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("cue", sa.String(length=200), nullable=False),
        sa.Column("speaker_id", sa.Integer(), nullable=False),
        sa.Column("claim_date", sa.Date(), nullable=True),
        sa.Column("claim_date_precision", sa.String(length=8), nullable=False),
        sa.Column("claim_date_wording", sa.Text(), nullable=False),
        sa.Column("claim_date_certain", sa.Boolean(), nullable=False),
        sa.Column("claim_date_doubt", sa.Text(), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("event_date_precision", sa.String(length=8), nullable=False),
        sa.Column("event_date_wording", sa.Text(), nullable=False),
        sa.Column("event_date_certain", sa.Boolean(), nullable=False),
        sa.Column("event_date_doubt", sa.Text(), nullable=False),
        sa.Column("credibility", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("orphaned", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("credibility BETWEEN 1 AND 6", name=op.f("ck_claims_credibility_range")),
        sa.CheckConstraint("span_start >= 0 AND span_end > span_start", name=op.f("ck_claims_span_order")),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_claims_article_id_articles"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["claims.id"], name=op.f("fk_claims_parent_id_claims"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["speaker_id"], ["sources.id"], name=op.f("fk_claims_speaker_id_sources")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index("ix_claims_article_span", ["article_id", "span_start"], unique=False)
        batch_op.create_index("ix_claims_claim_date", ["claim_date"], unique=False)
        batch_op.create_index("ix_claims_event_date", ["event_date"], unique=False)
        batch_op.create_index("ix_claims_parent", ["parent_id"], unique=False)
        batch_op.create_index("ix_claims_speaker_date", ["speaker_id", "claim_date"], unique=False)
        batch_op.create_index("ix_claims_status", ["status"], unique=False)

    op.create_table(
        "source_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("norm", sa.String(length=300), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_source_names_source_id_sources"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_names")),
        sa.UniqueConstraint("source_id", "norm", name=op.f("uq_source_names_source_id_norm")),
    )
    with op.batch_alter_table("source_names", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_source_names_norm"), ["norm"], unique=False)

    op.create_table(
        "claim_links",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_claim_links_claim_id_claims"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name=op.f("fk_claim_links_source_id_sources")),
        sa.PrimaryKeyConstraint("claim_id", "position", name=op.f("pk_claim_links")),
    )
    with op.batch_alter_table("claim_links", schema=None) as batch_op:
        batch_op.create_index(
            "ix_claim_links_source_claim", ["source_id", "claim_id", "position"], unique=False
        )

    op.create_table(
        "claim_tags",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_claim_tags_claim_id_claims"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("claim_id", "tag", name=op.f("pk_claim_tags")),
    )
    with op.batch_alter_table("claim_tags", schema=None) as batch_op:
        batch_op.create_index("ix_claim_tags_tag", ["tag", "claim_id"], unique=False)

    _create_fulltext()


def downgrade() -> None:
    _drop_fulltext()
    with op.batch_alter_table("claim_tags", schema=None) as batch_op:
        batch_op.drop_index("ix_claim_tags_tag")

    op.drop_table("claim_tags")
    with op.batch_alter_table("claim_links", schema=None) as batch_op:
        batch_op.drop_index("ix_claim_links_source_claim")

    op.drop_table("claim_links")
    with op.batch_alter_table("source_names", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_names_norm"))

    op.drop_table("source_names")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index("ix_claims_status")
        batch_op.drop_index("ix_claims_speaker_date")
        batch_op.drop_index("ix_claims_parent")
        batch_op.drop_index("ix_claims_event_date")
        batch_op.drop_index("ix_claims_claim_date")
        batch_op.drop_index("ix_claims_article_span")

    op.drop_table("claims")
    op.drop_table("sources")
    op.drop_table("articles")


# Kept literal (not imported from storage.fulltext) so this revision never changes after release.
_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE claims_fts USING fts5(text, quote_exact, content='claims', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims BEGIN "
    "INSERT INTO claims_fts(rowid, text, quote_exact) VALUES (new.id, new.text, new.quote_exact); END",
    "CREATE TRIGGER claims_fts_ad AFTER DELETE ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, text, quote_exact) "
    "VALUES ('delete', old.id, old.text, old.quote_exact); END",
    "CREATE TRIGGER claims_fts_au AFTER UPDATE OF text, quote_exact ON claims BEGIN "
    "INSERT INTO claims_fts(claims_fts, rowid, text, quote_exact) "
    "VALUES ('delete', old.id, old.text, old.quote_exact); "
    "INSERT INTO claims_fts(rowid, text, quote_exact) VALUES (new.id, new.text, new.quote_exact); END",
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END",
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END",
    "CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, body ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); "
    "INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END",
]
_POSTGRES_FTS = [
    "CREATE INDEX ix_claims_fts ON claims USING gin (to_tsvector('simple', text || ' ' || quote_exact))",
    "CREATE INDEX ix_articles_fts ON articles USING gin (to_tsvector('simple', title || ' ' || body))",
]


def _create_fulltext() -> None:
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": _SQLITE_FTS, "postgresql": _POSTGRES_FTS}.get(dialect, []):
        op.execute(statement)


def _drop_fulltext() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in (
            "claims_fts_ai",
            "claims_fts_ad",
            "claims_fts_au",
            "articles_fts_ai",
            "articles_fts_ad",
            "articles_fts_au",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS claims_fts")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_claims_fts")
        op.execute("DROP INDEX IF EXISTS ix_articles_fts")
