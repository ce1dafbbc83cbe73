"""Optimistic locking, one way for every kind of row: a save names the version it edited, and a
row someone else saved since is refused with their version shown, never overwritten."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from claimtracker.errors import ConflictError, NotFoundError

Row = TypeVar("Row")


def row_at_version(
    session: Session,
    row_class: type[Row],
    row_id: int | None,
    version: int,
    kind: str,
    what: str,
    theirs: Callable[[Row], str],
) -> Row:
    """The row, locked for the transaction, if it is still at `version`.

    `kind` and `what` name it in messages ("claim", "claim #12"; "source", "source “Reuters”"),
    `theirs` describes the version someone else saved."""
    row = session.get(row_class, row_id, with_for_update=True)
    if row is None:
        raise NotFoundError(f"no {kind} with id {row_id} (someone may have deleted it)")
    stored = row.version  # type: ignore[attr-defined]
    if stored != version:
        raise ConflictError(
            f"{what} was changed by someone else since you opened it (it is at version {stored}, you edited "
            f"version {version}); nothing was overwritten. Their version: {theirs(row)}"
        )
    return row
