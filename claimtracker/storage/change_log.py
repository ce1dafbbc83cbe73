"""The audit trail: one row per change, in the change's own transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.storage.schema import ChangeRow, ClaimRow, utcnow


@dataclass(frozen=True, slots=True)
class Change:
    id: int
    at: dt.datetime
    who: str
    entity: str
    entity_id: int
    action: str
    version: int | None
    summary: str


def record(
    session: Session,
    who: str,
    entity: str,
    entity_id: int,
    action: str,
    version: int | None = None,
    summary: str = "",
) -> None:
    session.add(
        ChangeRow(
            who=who[:100], entity=entity, entity_id=entity_id, action=action, version=version, summary=summary
        )
    )


def history(session: Session, entity: str, entity_id: int) -> list[Change]:
    rows = session.execute(
        sa.select(ChangeRow)
        .where(ChangeRow.entity == entity, ChangeRow.entity_id == entity_id)
        .order_by(ChangeRow.id)
    ).scalars()
    return [_change(r) for r in rows]


@dataclass(frozen=True, slots=True)
class ChangeCursor:
    """How far a window has read the change log, in commit order.

    PostgreSQL hands out ids when rows are written, not when their transaction commits: a slow
    transaction can commit row 10 after row 11 was read. So the cursor holds the oldest
    transaction that may still be running (`horizon`, from the server's snapshot) and the rows at
    or after it already seen; the next poll reads from the horizon again and skips those. On
    SQLite writers queue (BEGIN IMMEDIATE), so ids follow commit order and `horizon` is an id.
    """

    horizon: int = 0
    seen: frozenset[int] = frozenset()


def start_cursor(session: Session) -> ChangeCursor:
    """A cursor at the present: what is already logged counts as seen."""
    return changes_since(session, None)[1]


def changes_since(session: Session, cursor: ChangeCursor | None) -> tuple[list[Change], ChangeCursor]:
    """Changes committed since `cursor` (none when it is None), and the cursor after them."""
    if session.get_bind().dialect.name != "postgresql":
        last = (
            cursor.horizon if cursor else session.execute(sa.select(sa.func.max(ChangeRow.id))).scalar() or 0
        )
        rows = session.execute(
            sa.select(ChangeRow).where(ChangeRow.id > last).order_by(ChangeRow.id)
        ).scalars()
        found = [_change(r) for r in rows]
        return found, ChangeCursor(max([last, *(c.id for c in found)]))
    # The horizon first: every transaction older than it has ended before the rows are read.
    horizon = session.execute(
        sa.text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
    ).scalar_one()
    start = horizon if cursor is None else min(cursor.horizon, horizon)
    rows = (
        session.execute(sa.select(ChangeRow).where(ChangeRow.txid >= start).order_by(ChangeRow.id))
        .scalars()
        .all()
    )
    seen = cursor.seen if cursor else frozenset()
    found = [] if cursor is None else [_change(r) for r in rows if r.id not in seen]
    return found, ChangeCursor(horizon, frozenset(r.id for r in rows if r.txid >= horizon))


def _change(r: ChangeRow) -> Change:
    return Change(r.id, r.at, r.who, r.entity, r.entity_id, r.action, r.version, r.summary)


@dataclass(frozen=True, slots=True)
class Authorship:
    """Who recorded a claim, when, and when it last changed (the annotation's creator and dates)."""

    who: str
    created: dt.datetime
    modified: dt.datetime


def authorship(session: Session, claim_ids: list[int]) -> dict[int, Authorship]:
    if not claim_ids:
        return {}
    who: dict[int, str] = {}
    for entity_id, name in session.execute(
        sa.select(ChangeRow.entity_id, ChangeRow.who)
        .where(
            ChangeRow.entity == "claim",
            ChangeRow.entity_id.in_(claim_ids),
            ChangeRow.action.in_(("create", "import", "restore")),
        )
        .order_by(ChangeRow.id)
    ):
        who.setdefault(entity_id, name)
    return {
        claim_id: Authorship(who.get(claim_id, "unknown"), created, modified)
        for claim_id, created, modified in session.execute(
            sa.select(ClaimRow.id, ClaimRow.created_at, ClaimRow.updated_at).where(ClaimRow.id.in_(claim_ids))
        )
    }


def record_many(
    session: Session, who: str, entity: str, action: str, entries: list[tuple[int, int | None, str]]
) -> None:
    """Many changes of one kind (an import's claims) in one statement: (entity id, version, summary)."""
    if entries:
        now = utcnow()
        session.execute(
            sa.insert(ChangeRow),
            [
                {
                    "at": now,
                    "who": who[:100],
                    "entity": entity,
                    "entity_id": entity_id,
                    "action": action,
                    "version": version,
                    "summary": summary,
                }
                for entity_id, version, summary in entries
            ],
        )
