"""CSV claim sheets: UTF-8 with a byte-order mark (so that spreadsheets keep accents), a header row,
and cells that a spreadsheet would run as a formula neutralised (CSV injection)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from typing import TextIO

from claimtracker.exporting.columns import COLUMNS, INDEX

ENCODING = "utf-8-sig"
_FORMULA_FIRST = frozenset("=+-@\t\r")
_DATES = [INDEX["claim_date"], INDEX["event_date"]]
# Columns that can hold text from an article or an analyst; the others are numbers, dates or codes.
_TEXT = [
    i
    for i, c in enumerate(COLUMNS)
    if i not in _DATES and c.header not in ("claim_id", "article_id", "credibility", "span_start", "span_end")
]
# Characters of the ISO date kept per precision; decades and intervals have their EDTF column.
_PRECISION = {"day": 10, "month": 7, "year": 4, "decade": 4, "range": 10}


def write_csv(rows: Iterable[tuple], out: TextIO) -> int:
    writer = csv.writer(out)
    writer.writerow([column.header for column in COLUMNS])
    count = 0
    for row in rows:
        cells = list(row)
        for index in _TEXT:
            value = cells[index]
            if value and value[0] in _FORMULA_FIRST:  # a formula to a spreadsheet: made inert (OWASP)
                cells[index] = "'" + value
        for index in _DATES:  # a month date reads '2019-10', not a made-up first day
            date = cells[index]
            cells[index] = (
                date.isoformat()[: _PRECISION[cells[index + 1]]] if isinstance(date, dt.date) else ""
            )
        writer.writerow(cells)
        count += 1
    return count
