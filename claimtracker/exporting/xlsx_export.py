"""XLSX claim sheets with XlsxWriter in constant-memory mode: a formatted sheet (bold frozen header,
column widths, wrapped text, autofilter) and dates as real dates, formatted to their precision.

Text is always written as text (`write_string`), so a claim that starts with '=' stays a claim.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import xlsxwriter

from claimtracker.exporting.columns import COLUMNS, EXCEL_DATE_FORMATS, INDEX

MAX_CELL = 32_767  # Excel's limit on the characters of one cell


def write_xlsx(rows: Iterable[tuple], path: Path, title: str = "Claims") -> int:
    workbook = xlsxwriter.Workbook(
        str(path), {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    try:
        sheet = workbook.add_worksheet(title[:31])
        header = workbook.add_format(
            {"bold": True, "bg_color": "#DDE4EE", "border": 1, "text_wrap": True, "valign": "top"}
        )
        wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        plain = workbook.add_format({"valign": "top"})
        dates = {
            precision: workbook.add_format({"num_format": fmt, "valign": "top", "align": "left"})
            for precision, fmt in EXCEL_DATE_FORMATS.items()
        }
        formats = [wrap if column.wrap else plain for column in COLUMNS]
        date_precision = {i: INDEX[c.date_of] for i, c in enumerate(COLUMNS) if c.date_of}
        for index, column in enumerate(COLUMNS):
            sheet.set_column(index, index, column.width)
            sheet.write_string(0, index, column.header, header)
        sheet.freeze_panes(1, 0)
        count = 0
        for row in rows:
            count += 1
            for index, value in enumerate(row):
                if value is None or value == "":
                    continue
                if index in date_precision:
                    moment = dt.datetime.combine(value, dt.time())
                    sheet.write_datetime(count, index, moment, dates[row[date_precision[index]]])
                elif isinstance(value, int) and not isinstance(value, bool):
                    sheet.write_number(count, index, value, formats[index])
                else:
                    sheet.write_string(count, index, str(value)[:MAX_CELL], formats[index])
        sheet.autofilter(0, 0, max(count, 1), len(COLUMNS) - 1)
    finally:
        workbook.close()
    return count
