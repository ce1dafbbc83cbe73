"""change log: who changed what, when

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

One row per change to a claim, source or article, written in the transaction of the change: the
audit history the app shows per claim, and what other analysts' windows poll to refresh.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.String(length=100), nullable=False),
        sa.Column("entity", sa.String(length=10), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=12), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index("ix_change_log_entity", "change_log", ["entity", "entity_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_change_log_entity", table_name="change_log")
    op.drop_table("change_log")
