"""roles in the chain

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29

Each link of a chain says what it did — origin, document, intermediary, publisher — and how it
passed the claim on (told, reported, quoted, according to, republished) with the words that say
so. Existing chains keep their order; position 0 becomes the origin, the others intermediaries.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of claim_links is not needed and would be slow at scale.
    op.add_column(
        "claim_links", sa.Column("role", sa.String(12), nullable=False, server_default="intermediary")
    )
    op.add_column("claim_links", sa.Column("relation", sa.String(20), nullable=False, server_default=""))
    op.add_column("claim_links", sa.Column("cue", sa.String(200), nullable=False, server_default=""))
    op.execute("UPDATE claim_links SET role = 'origin' WHERE position = 0")
    op.create_index("ix_claim_links_role_source", "claim_links", ["role", "source_id", "claim_id"])


def downgrade() -> None:
    op.drop_index("ix_claim_links_role_source", table_name="claim_links")
    for column in ("cue", "relation", "role"):
        op.drop_column("claim_links", column)
