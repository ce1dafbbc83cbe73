"""sort keys for the claims table

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29

The claims table sorts by speaker, article, claim text or credibility. With these indexes the
first page is read in order from an index (sources or articles by name, then their claims)
instead of sorting every claim.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_articles_title_sort": ("articles", ["lower(title)", "id"]),
    "ix_sources_name_sort": ("sources", ["lower(name)", "id"]),
    "ix_claims_text_sort": ("claims", ["lower(substr(text, 1, 40))", "id"]),
    "ix_claims_credibility_sort": ("claims", ["(credibility IS NULL)", "credibility", "id"]),
    "ix_claims_credibility_sort_desc": ("claims", ["(credibility IS NULL)", "credibility DESC", "id DESC"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, [sa.text(c) for c in columns])


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
