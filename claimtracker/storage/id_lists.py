"""Selecting rows by a list of ids that may run to thousands."""

from __future__ import annotations

import json

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY


def ids_in(column, ids: list[int], dialect: str) -> sa.ColumnElement[bool]:
    """`column IN ids` with the list as one parameter: thousands of bound values cost more to
    compile than the query takes to run."""
    if dialect == "sqlite":
        values = sa.select(sa.column("value", sa.Integer)).select_from(
            sa.func.json_each(sa.bindparam("ids", json.dumps(ids)))
        )
        return column.in_(values)
    if dialect == "postgresql":
        return column == sa.func.any(sa.cast(sa.bindparam("ids", ids), ARRAY(sa.Integer)))
    return column.in_(ids)
