"""the claims table's date order as PostgreSQL walks it

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-29

The claims table lists the newest first with undated claims last (`claim_date DESC NULLS
LAST, id DESC`). SQLite walks its date index backwards for that; PostgreSQL can only walk an
index built in that very order, and otherwise sorted every match: 170–420 ms for a first page
at a million claims. These indexes give it the order, for all claims and per speaker.
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_claims_newest": "claims (claim_date DESC NULLS LAST, id DESC)",
    "ix_claims_speaker_newest": "claims (speaker_id, claim_date DESC NULLS LAST, id DESC)",
    "ix_claims_event_newest": "claims (event_date DESC NULLS LAST, id DESC)",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # SQLite walks ix_claims_claim_date backwards: the same order, already served
    for name, definition in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {definition}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
