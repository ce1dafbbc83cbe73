"""Enumerations looked up by value from a table: `Role("origin")` costs a call through the enum
machinery, and reading or writing a claim sheet does it hundreds of thousands of times."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

E = TypeVar("E", bound=Enum)


def by_value(enum: type[E]) -> dict[object, E]:
    return {member.value: member for member in enum}


def member(table: dict[object, E], enum: type[E], value: object) -> E:
    """`enum(value)` from `table`; a value that is no member raises the enumeration's own ValueError."""
    try:
        return table[value]
    except (KeyError, TypeError):
        return enum(value)
