"""outlets and original sources in the registry

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29

An article's outlet and original source become links to registry sources, so that aliases,
spelling variants and merges apply to them and "everything that came through Reuters" includes
what Reuters published. The free-text names become sources, matched to existing ones by
normalised name; the text stays as the name shown.
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_PUNCTUATION = str.maketrans({c: " " for c in "-‐‑–—_.,;:'’‘`´\"«»()"})


def _norm(name: str) -> str:
    # As claimtracker.domain.sources.normalise_name did when this migration was written.
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().translate(_PUNCTUATION).split())


def upgrade() -> None:
    for column in ("outlet_id", "original_source_id"):
        op.add_column("articles", sa.Column(column, sa.Integer(), nullable=True))
    # Foreign keys by batch would copy the articles table (and cascade to claims on SQLite): the
    # ids are kept consistent by the application and by merges, and indexed here.
    op.create_index("ix_articles_outlet_id", "articles", ["outlet_id"])
    op.create_index("ix_articles_original_source_id", "articles", ["original_source_id"])
    bind = op.get_bind()
    names = {
        row.norm: row.source_id for row in bind.execute(sa.text("SELECT norm, source_id FROM source_names"))
    }
    for text_column, id_column in (("outlet", "outlet_id"), ("original_source", "original_source_id")):
        for (text,) in bind.execute(
            sa.text(f"SELECT DISTINCT {text_column} FROM articles WHERE {text_column} <> ''")
        ).all():
            norm = _norm(text)
            if not norm:
                continue
            source_id = names.get(norm)
            if source_id is None:
                source_id = bind.execute(
                    sa.text(
                        "INSERT INTO sources (name, kind, affiliation, notes, created_at, updated_at, version) "
                        "VALUES (:n, 'outlet', '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1) RETURNING id"
                    ),
                    {"n": text.strip()},
                ).scalar_one()
                bind.execute(
                    sa.text(
                        "INSERT INTO source_names (source_id, name, norm, is_primary) VALUES (:s, :n, :k, true)"
                    ),
                    {"s": source_id, "n": text.strip(), "k": norm},
                )
                names[norm] = source_id
            bind.execute(
                sa.text(f"UPDATE articles SET {id_column} = :s WHERE {text_column} = :t"),
                {"s": source_id, "t": text},
            )


def downgrade() -> None:
    op.drop_index("ix_articles_original_source_id", table_name="articles")
    op.drop_index("ix_articles_outlet_id", table_name="articles")
    for column in ("original_source_id", "outlet_id"):
        op.drop_column("articles", column)
