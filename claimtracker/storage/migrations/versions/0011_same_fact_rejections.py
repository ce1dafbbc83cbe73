"""same-fact suggestions the analyst turned down

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29

A rejected pair of claims is never suggested again, by this analyst or another.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rejected_same_fact",
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
        sa.Column(
            "other_claim_id", sa.Integer(), sa.ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("who", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_rejected_same_fact_other", "rejected_same_fact", ["other_claim_id", "claim_id"])


def downgrade() -> None:
    op.drop_index("ix_rejected_same_fact_other", table_name="rejected_same_fact")
    op.drop_table("rejected_same_fact")
