"""Dates as analysts meet them: an interval of days, how precise it is, and the words it came from.

"octobre 2019" is 2019-10-01..2019-10-31, "in the 1990s" 1990-01-01..1999-12-31, "last week" a
7-day interval; a filter asks whether the interval overlaps (or lies within) the days it names.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    DECADE = "decade"
    RANGE = "range"  # an interval that is no calendar unit: "last week", "début 2020", "mid-October"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ClaimDate:
    """A possibly imprecise date.

    `value` is the first day of the interval it names (1 March for "March 2020"), so that dates of
    any precision sort together, and `latest` its last day (31 March), worked out from the
    precision except for a RANGE, which gives it; `certain` is False where part of it was
    inferred rather than read (a day without a year, a date from a page header, a weekday as
    ambiguous as "mardi", "last week").
    """

    value: dt.date | None = None
    precision: Precision = Precision.UNKNOWN
    wording: str = ""
    certain: bool = True
    doubt: str = ""
    latest: dt.date | None = None

    def __post_init__(self) -> None:
        if (self.value is None) != (self.precision is Precision.UNKNOWN):
            raise ValueError(f"a date of precision {self.precision} needs a value, and only then")
        if self.value is None:
            if self.latest is not None:
                raise ValueError("an unknown date has no last day")
            return
        if self.precision is Precision.RANGE:
            if self.latest is None or self.latest < self.value:
                raise ValueError(f"an interval from {self.value} needs a last day on or after it")
            return
        if self.value != _period_start(self.value, self.precision):
            raise ValueError(f"{self.value} is not the start of its {self.precision}")
        end = _period_end(self.value, self.precision)
        if self.latest is not None and self.latest != end:
            raise ValueError(f"the {self.precision} of {self.value} ends on {end}, not {self.latest}")
        object.__setattr__(self, "latest", end)  # frozen: set once, here

    @classmethod
    def unknown(cls, wording: str = "") -> ClaimDate:
        return cls(None, Precision.UNKNOWN, wording, certain=True)

    @classmethod
    def between(
        cls, first: dt.date, last: dt.date, wording: str = "", *, certain: bool = True, doubt: str = ""
    ) -> ClaimDate:
        """The days from `first` to `last`, as the calendar unit they make if they make one."""
        for precision in (Precision.DAY, Precision.MONTH, Precision.YEAR, Precision.DECADE):
            if _period_start(first, precision) == first and _period_end(first, precision) == last:
                return cls(first, precision, wording, certain, doubt)
        return cls(first, Precision.RANGE, wording, certain, doubt, latest=last)

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
        """The last day of the interval."""
        return self.latest

    def overlaps(self, first: dt.date | None, last: dt.date | None) -> bool:
        """Whether some day of this date falls between `first` and `last` (either may be open)."""
        if self.value is None or self.latest is None:
            return False
        return (last is None or self.value <= last) and (first is None or self.latest >= first)

    def within(self, first: dt.date | None, last: dt.date | None) -> bool:
        """Whether every day of this date falls between `first` and `last`."""
        if self.value is None or self.latest is None:
            return False
        return (first is None or self.value >= first) and (last is None or self.latest <= last)

    def display(self) -> str:
        """Short text for tables: '2019-10-03', '2019-10', '2019', '1990s', '2020-01-01…2020-04-30',
        '?'; '~' marks doubt."""
        if self.value is None:
            return "?"
        text = {
            Precision.DAY: self.value.isoformat(),
            Precision.MONTH: f"{self.value.year:04d}-{self.value.month:02d}",
            Precision.YEAR: str(self.value.year),
            Precision.DECADE: f"{self.value.year}s",
        }.get(self.precision) or f"{self.value.isoformat()}…{self.latest.isoformat()}"  # type: ignore[union-attr]
        return text if self.certain else f"~{text}"

    def edtf(self) -> str:
        """The date in EDTF (ISO 8601-2): '2019-10', '199X', '2020-01-01/2020-04-30'; '?' marks
        doubt; '' for an unknown date."""
        if self.value is None:
            return ""
        text = {
            Precision.DAY: self.value.isoformat(),
            Precision.MONTH: f"{self.value.year:04d}-{self.value.month:02d}",
            Precision.YEAR: f"{self.value.year:04d}",
            Precision.DECADE: f"{self.value.year // 10:03d}X",
        }.get(self.precision)
        if text is None:
            first, last = self.value.isoformat(), self.latest.isoformat()  # type: ignore[union-attr]
            return f"{first}?/{last}?" if not self.certain else f"{first}/{last}"
        return text if self.certain else f"{text}?"

    @classmethod
    def from_edtf(cls, text: str, wording: str = "", doubt: str = "") -> ClaimDate:
        """Read back what `edtf()` writes; raises ValueError on anything else."""
        text = text.strip()
        if not text:
            return cls.unknown(wording)
        if "/" in text:
            first, _, last = text.partition("/")
            certain = not (first.endswith("?") or last.endswith("?"))
            return cls.between(
                dt.date.fromisoformat(first.rstrip("?")),
                dt.date.fromisoformat(last.rstrip("?")),
                wording,
                certain=certain,
                doubt=doubt,
            )
        certain = not text.endswith("?")
        body = text.rstrip("?")
        if len(body) == 4 and body.endswith("X") and body[:3].isdigit():
            return cls(dt.date(int(body[:3]) * 10 or 1, 1, 1), Precision.DECADE, wording, certain, doubt)
        if len(body) == 4 and body.isdigit():
            return cls(dt.date(int(body), 1, 1), Precision.YEAR, wording, certain, doubt)
        if len(body) == 7:
            return cls(dt.date(int(body[:4]), int(body[5:7]), 1), Precision.MONTH, wording, certain, doubt)
        return cls(dt.date.fromisoformat(body), Precision.DAY, wording, certain, doubt)


def _period_start(value: dt.date, precision: Precision) -> dt.date:
    if precision is Precision.MONTH:
        return value.replace(day=1)
    if precision is Precision.YEAR:
        return value.replace(month=1, day=1)
    if precision is Precision.DECADE:
        return dt.date(max(value.year - value.year % 10, 1), 1, 1)
    return value


def _period_end(value: dt.date, precision: Precision) -> dt.date:
    if precision is Precision.MONTH:
        return value.replace(day=calendar.monthrange(value.year, value.month)[1])
    if precision is Precision.YEAR:
        return value.replace(month=12, day=31)
    if precision is Precision.DECADE:
        return dt.date(min(value.year - value.year % 10 + 9, dt.MAXYEAR), 12, 31)
    return value
