"""facts across articles

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29

A fact is an assertion in the analyst's words; claims from any article are linked to it with a
stance (supports, contradicts, related), who linked them and why. Pairs of claims the analyst
says come from different origins are kept apart when lines of reporting are counted.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False, server_default="unverified"),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facts")),
    )
    op.create_table(
        "fact_claims",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("stance", sa.String(length=12), nullable=False),
        sa.Column("who", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fact_id"], ["facts.id"], name=op.f("fk_fact_claims_fact_id_facts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_fact_claims_claim_id_claims"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("fact_id", "claim_id", name=op.f("pk_fact_claims")),
    )
    op.create_index("ix_fact_claims_claim", "fact_claims", ["claim_id", "fact_id"])
    op.create_table(
        "fact_distinct_lines",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("first_claim", sa.Integer(), nullable=False),
        sa.Column("second_claim", sa.Integer(), nullable=False),
        sa.Column("who", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fact_id"], ["facts.id"], name=op.f("fk_fact_distinct_lines_fact_id_facts"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint(
            "fact_id", "first_claim", "second_claim", name=op.f("pk_fact_distinct_lines")
        ),
    )


def downgrade() -> None:
    op.drop_table("fact_distinct_lines")
    op.drop_index("ix_fact_claims_claim", table_name="fact_claims")
    op.drop_table("fact_claims")
    op.drop_table("facts")
