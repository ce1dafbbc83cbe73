"""indexes for timeline bins

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Timelines count claims per month, per speaker. On SQLite, indexes on the very expression the
queries group by (`substr(claim_date, 1, 7)`) let a GROUP BY stream through an index instead of
sorting a million rows. PostgreSQL groups by hashing and needs none.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_claims_claim_month": "substr(claim_date, 1, 7)",
    "ix_claims_speaker_claim_month": "speaker_id, substr(claim_date, 1, 7)",
    "ix_claims_event_month": "substr(event_date, 1, 7)",
    "ix_claims_speaker_event_month": "speaker_id, substr(event_date, 1, 7)",
}


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, expression in _INDEXES.items():
            op.execute(f"CREATE INDEX {name} ON claims ({expression})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
