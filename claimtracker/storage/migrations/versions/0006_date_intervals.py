"""dates as intervals

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29

Claim, event and publication dates keep their last day beside their first: "octobre 2019" is
2019-10-01..2019-10-31, "last week" a 7-day interval. Filters select by overlap. Existing dates
get the last day of their day, month or year.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

COLUMNS = (("claims", "claim_date"), ("claims", "event_date"), ("articles", "pub"))


def _last_day(dialect: str, column: str, precision: str) -> str:
    if dialect == "postgresql":
        return (
            f"CASE {precision} WHEN 'month' THEN (date_trunc('month', {column}) + interval '1 month - 1 day')::date "
            f"WHEN 'year' THEN make_date(extract(year from {column})::int, 12, 31) "
            f"WHEN 'decade' THEN make_date(extract(year from {column})::int + 9, 12, 31) ELSE {column} END"
        )
    return (
        f"CASE {precision} WHEN 'month' THEN date({column}, 'start of month', '+1 month', '-1 day') "
        f"WHEN 'year' THEN date({column}, 'start of year', '+1 year', '-1 day') "
        f"WHEN 'decade' THEN date({column}, 'start of year', '+10 years', '-1 day') ELSE {column} END"
    )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, prefix in COLUMNS:
        date, latest = (prefix, "pub_latest") if table == "articles" else (prefix, f"{prefix}_latest")
        date_column = "pub_date" if table == "articles" else date
        precision = f"{prefix}_precision"
        # Plain ADD COLUMN, not a batch copy: dropping the old table would cascade to the claims.
        op.add_column(table, sa.Column(latest, sa.Date(), nullable=True))
        op.execute(
            f"UPDATE {table} SET {latest} = {_last_day(dialect, date_column, precision)} WHERE {date_column} IS NOT NULL"
        )
    op.create_index("ix_claims_claim_date_latest", "claims", ["claim_date_latest"])
    op.create_index("ix_claims_event_date_latest", "claims", ["event_date_latest"])


def downgrade() -> None:
    op.drop_index("ix_claims_event_date_latest", table_name="claims")
    op.drop_index("ix_claims_claim_date_latest", table_name="claims")
    for table, prefix in COLUMNS:
        op.drop_column(table, "pub_latest" if table == "articles" else f"{prefix}_latest")
