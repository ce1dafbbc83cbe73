"""Dates as analysts meet them: a value, how precise it is, and the words it came from."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ClaimDate:
    """A possibly imprecise date.

    `value` is the first day of the period it names (1 March for "March 2020"), so that dates of
    any precision sort together; `certain` is False where part of it was inferred rather than read
    (a day without a year, a date from a page header, a weekday as ambiguous as "mardi").
    """

    value: dt.date | None = None
    precision: Precision = Precision.UNKNOWN
    wording: str = ""
    certain: bool = True
    doubt: str = ""

    def __post_init__(self) -> None:
        if (self.value is None) != (self.precision is Precision.UNKNOWN):
            raise ValueError(f"a date of precision {self.precision} needs a value, and only then")
        if self.value is not None and self.value != _period_start(self.value, self.precision):
            raise ValueError(f"{self.value} is not the start of its {self.precision}")

    @classmethod
    def unknown(cls, wording: str = "") -> ClaimDate:
        return cls(None, Precision.UNKNOWN, wording, certain=True)

    @classmethod
    def of(
        cls,
        value: dt.date,
        precision: Precision = Precision.DAY,
        wording: str = "",
        *,
        certain: bool = True,
        doubt: str = "",
    ) -> ClaimDate:
        """A date of the given precision, its value moved to the start of the period."""
        return cls(_period_start(value, precision), precision, wording, certain, doubt)

    @property
    def is_known(self) -> bool:
        return self.value is not None

    @property
    def last_day(self) -> dt.date | None:
        """The last day of the period, for drawing month and year dates as ranges."""
        if self.value is None:
            return None
        if self.precision is Precision.MONTH:
            return self.value.replace(day=calendar.monthrange(self.value.year, self.value.month)[1])
        if self.precision is Precision.YEAR:
            return self.value.replace(month=12, day=31)
        return self.value

    def display(self) -> str:
        """Short text for tables: '2019-10-03', '2019-10', '2019', '?'; '~' marks doubt."""
        if self.value is None:
            return "?"
        text = {
            Precision.DAY: self.value.isoformat(),
            Precision.MONTH: self.value.strftime("%Y-%m"),
            Precision.YEAR: str(self.value.year),
        }[self.precision]
        return text if self.certain else f"~{text}"


def _period_start(value: dt.date, precision: Precision) -> dt.date:
    if precision is Precision.MONTH:
        return value.replace(day=1)
    if precision is Precision.YEAR:
        return value.replace(month=1, day=1)
    return value
