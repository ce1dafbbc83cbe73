"""no lost work on a shared database

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

- Article details carry a version, so that two analysts' edits conflict instead of overwriting.
- A source's canonical name is unique once normalised: two analysts creating "Reuters" at the
  same moment get one source. Sources that already share a name are merged first (oldest kept).
- On PostgreSQL each change-log row records its transaction id, so that windows can poll in
  commit order (a transaction that commits late is still seen).
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # Plain ADD COLUMN, not a batch copy: dropping the old table would cascade to the claims.
    op.add_column("articles", sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    _merge_sources_sharing_a_name(bind)
    op.create_index(
        "uq_source_names_primary_norm",
        "source_names",
        ["norm"],
        unique=True,
        sqlite_where=sa.text("is_primary"),
        postgresql_where=sa.text("is_primary"),
    )
    op.add_column("change_log", sa.Column("txid", sa.BigInteger(), nullable=True))
    if bind.dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE change_log ALTER COLUMN txid SET DEFAULT (pg_current_xact_id()::text::bigint)"
        )
        op.create_index("ix_change_log_txid", "change_log", ["txid"])


def _merge_sources_sharing_a_name(bind) -> None:
    duplicates = bind.execute(
        sa.text(
            "SELECT norm, MIN(source_id) FROM source_names WHERE is_primary GROUP BY norm HAVING COUNT(*) > 1"
        )
    ).all()
    for norm, keep in duplicates:
        others = [
            r[0]
            for r in bind.execute(
                sa.text(
                    "SELECT source_id FROM source_names WHERE is_primary AND norm = :n AND source_id <> :k"
                ),
                {"n": norm, "k": keep},
            )
        ]
        for other in others:
            params = {"k": keep, "o": other}
            bind.execute(sa.text("UPDATE claim_links SET source_id = :k WHERE source_id = :o"), params)
            bind.execute(sa.text("UPDATE claims SET speaker_id = :k WHERE speaker_id = :o"), params)
            # The absorbed source's other names become aliases of the kept one, as a merge does.
            bind.execute(
                sa.text(
                    "INSERT INTO source_names (source_id, name, norm, is_primary) "
                    "SELECT :k, name, norm, false FROM source_names WHERE source_id = :o "
                    "AND norm NOT IN (SELECT norm FROM source_names WHERE source_id = :k)"
                ),
                params,
            )
            bind.execute(sa.text("DELETE FROM source_names WHERE source_id = :o"), params)
            bind.execute(sa.text("DELETE FROM sources WHERE id = :o"), params)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_change_log_txid", table_name="change_log")
    op.drop_column("change_log", "txid")
    op.drop_index("uq_source_names_primary_norm", table_name="source_names")
    op.drop_column("articles", "version")
