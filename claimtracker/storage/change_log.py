"""The audit trail: one row per change, in the change's own transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from claimtracker.storage.schema import ChangeRow


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
    return [Change(r.id, r.at, r.who, r.entity, r.entity_id, r.action, r.version, r.summary) for r in rows]


def latest_id(session: Session) -> int:
    """The newest change's id (an index lookup), which a window polls to see others' work."""
    return session.execute(sa.select(sa.func.max(ChangeRow.id))).scalar() or 0
