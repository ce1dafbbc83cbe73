"""claims' dates as intervals in an interval index

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30

A date filter keeps the claims whose interval (first to last day) overlaps the one asked for:
`latest >= from AND first <= to`. Neither B-tree index bounds both ends, so a month in the
middle of the archive made SQLite scan every claim before it or after it: 1 s for a first page
sorted oldest first at a million claims, 90–130 ms sorted by text or article. An R*Tree holds
each dated claim's interval as two day numbers and answers an overlap (or "within") with the
few thousand matches directly; triggers keep it in the statement that inserts, re-dates or
deletes a claim. PostgreSQL gets the same from GiST indexes over `daterange(first, last)`.
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

FIELDS = ("claim_date", "event_date")
_DAY = "CAST(julianday({date}) AS INTEGER)"


def _spans(field: str, row: str) -> str:
    """The interval of `row`'s date `field` (row: 'new', or a table alias) as day numbers."""
    first = _DAY.format(date=f"{row}.{field}")
    last = _DAY.format(date=f"coalesce({row}.{field}_latest, {row}.{field})")
    return f"{row}.id, {first}, {last}"


def _sqlite_triggers() -> list[str]:
    inserts = " ".join(
        f"INSERT INTO {field}_spans SELECT {_spans(field, 'new')} WHERE new.{field} IS NOT NULL;"
        for field in FIELDS
    )
    deletes = " ".join(f"DELETE FROM {field}_spans WHERE id = old.id;" for field in FIELDS)
    watched = ", ".join(f"{field}, {field}_latest" for field in FIELDS)
    return [
        f"CREATE TRIGGER claim_date_spans_ai AFTER INSERT ON claims BEGIN {inserts} END",
        f"CREATE TRIGGER claim_date_spans_ad AFTER DELETE ON claims BEGIN {deletes} END",
        f"CREATE TRIGGER claim_date_spans_au AFTER UPDATE OF {watched} ON claims BEGIN {deletes} {inserts} END",
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for field in FIELDS:
            op.execute(
                f"CREATE INDEX ix_claims_{field}_span ON claims USING gist "
                f"(daterange({field}, coalesce({field}_latest, {field}), '[]')) WHERE {field} IS NOT NULL"
            )
        return
    for field in FIELDS:
        op.execute(f"CREATE VIRTUAL TABLE {field}_spans USING rtree_i32(id, first, last)")
        op.execute(
            f"INSERT INTO {field}_spans SELECT {_spans(field, 'c')} FROM claims c WHERE c.{field} IS NOT NULL"
        )
    for statement in _sqlite_triggers():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for field in FIELDS:
            op.execute(f"DROP INDEX ix_claims_{field}_span")
        return
    for name in ("claim_date_spans_ai", "claim_date_spans_ad", "claim_date_spans_au"):
        op.execute(f"DROP TRIGGER {name}")
    for field in FIELDS:
        op.execute(f"DROP TABLE {field}_spans")
