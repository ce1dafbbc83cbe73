"""facts flagged for review

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29

When a source a fact depends on is downgraded, or one of its claims is refuted, the fact says so
until the analyst has looked again.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("facts", sa.Column("review", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("facts", "review")
