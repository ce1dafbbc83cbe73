"""claims' search words kept in a column on PostgreSQL

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30

PostgreSQL searched claims through a GIN index over an expression (`to_tsvector('simple',
text || ' ' || quote_exact)`). For a word in thousands of claims it either listed every match
from the index and sorted them, or walked the date order and computed the expression claim by
claim: 60 ms at a million claims for a common word. Kept in a generated column, the words are
read, not computed, as the date index is walked (6 ms), and PostgreSQL's statistics on the
column let it choose between walking and the index by itself. The table is rewritten once
(about 50 s per million claims). Generated columns need PostgreSQL 12 or later.
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_EXPRESSION = "to_tsvector('simple', text || ' ' || quote_exact)"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite searches its FTS5 table
    op.execute(
        f"ALTER TABLE claims ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({_EXPRESSION}) STORED"
    )
    op.execute("DROP INDEX ix_claims_fts")
    op.execute("CREATE INDEX ix_claims_search_vector ON claims USING gin (search_vector)")
    op.execute("ANALYZE claims")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX ix_claims_search_vector")
    op.execute(f"CREATE INDEX ix_claims_fts ON claims USING gin ({_EXPRESSION})")
    op.execute("ALTER TABLE claims DROP COLUMN search_vector")
