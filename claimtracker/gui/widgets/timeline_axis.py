"""Ticks for a time axis that adapt to the zoom so that their labels never collide.

From a ladder of steps (days, weeks, months, quarters, years, decades…), the finest one whose
ticks stand further apart on screen than their widest label is used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

LABEL_GAP = 10  # pixels kept free between two labels


@dataclass(frozen=True, slots=True)
class Step:
    unit: str  # "day", "month" or "year"
    every: int
    label: Callable[[dt.date], str]


def _day(d: dt.date) -> str:
    return d.isoformat()


def _month(d: dt.date) -> str:
    return d.strftime("%Y-%m")


def _year(d: dt.date) -> str:
    return str(d.year)


STEPS = (
    Step("day", 1, _day),
    Step("day", 2, _day),
    Step("day", 7, _day),
    Step("day", 14, _day),
    Step("month", 1, _month),
    Step("month", 3, _month),
    Step("month", 6, _month),
    *(Step("year", n, _year) for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)),
)


def ticks(
    start: float, end: float, width: float, text_width: Callable[[str], float]
) -> list[tuple[dt.date, str]]:
    """The ticks between two day ordinals drawn over `width` pixels: (date, label)."""
    if end <= start or width <= 0:
        return []
    per_day = width / (end - start)
    for step in STEPS:
        spacing = per_day * _days(step)
        widest = text_width(step.label(dt.date(2000, 12, 28)))
        if spacing >= widest + LABEL_GAP:
            return [(d, step.label(d)) for d in _dates(step, start, end)]
    return []


def _days(step: Step) -> float:
    return step.every * {"day": 1, "month": 28, "year": 365}[step.unit]  # the shortest such interval


def _dates(step: Step, start: float, end: float) -> list[dt.date]:
    first = dt.date.fromordinal(max(int(start), 1))
    last = dt.date.fromordinal(min(int(end) + 1, dt.date.max.toordinal()))
    if step.unit == "day":
        # Anchored on a fixed day, so that ticks stay put while panning.
        offset = (-first.toordinal()) % step.every
        return [first + dt.timedelta(days=n) for n in range(offset, (last - first).days + 1, step.every)]
    if step.unit == "month":
        months = range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
        return [dt.date(m // 12, m % 12 + 1, 1) for m in months if m % step.every == 0 and m // 12 >= 1]
    return [dt.date(y, 1, 1) for y in range(max(first.year, 1), last.year + 1) if y % step.every == 0]
