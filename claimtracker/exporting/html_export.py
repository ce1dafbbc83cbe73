"""Printable claim sheets in HTML, grouped by source or by month, the filter stated at the top.

Every piece of text is escaped: markup inside a claim is shown, never interpreted. The same HTML
feeds the PDF export (Qt's rich-text subset, so the styling stays simple).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from html import escape
from typing import TextIO

from claimtracker.domain.dates import ClaimDate
from claimtracker.exporting.sheet import SheetRow

STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #222; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 18pt; margin-bottom: 2pt; color: #1d3c6e; border-bottom: 1px solid #999; }
p { margin: 1pt 0; }
.filter { color: #444; }
.claim { margin: 6pt 0 8pt 0; }
.text { font-size: 10.5pt; font-weight: bold; margin-top: 9pt; }
.meta { color: #444; font-size: 9pt; }
.quote { color: #555; font-size: 9pt; font-style: italic; margin-left: 12pt; }
.uncertain { color: #a15c00; }
"""


def group_by_source(row: SheetRow) -> str:
    grade = f" ({row.speaker_reliability.value})" if row.speaker_reliability else ""
    return f"{row.claim.chain.speaker.name}{grade}"


def group_by_month(row: SheetRow) -> str:
    date = row.claim.claim_date
    return date.value.strftime("%Y-%m") if date.value else "Without a date"


def write_html(
    rows: Iterable[SheetRow],
    out: TextIO,
    *,
    filter_text: str,
    group: Callable[[SheetRow], str],
    title: str = "Claim sheet",
) -> int:
    exported = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    out.write(
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{STYLE}</style></head><body>\n"
    )
    out.write(
        f'<h1>{escape(title)}</h1>\n<p class="filter">Filter: {escape(filter_text)} · exported {exported}'
        " by ClaimTracker</p>\n"
    )
    current = None
    count = 0
    for row in rows:
        count += 1
        heading = group(row)
        if heading != current:
            out.write(f'<h2 style="margin-top: 22px">{escape(heading)}</h2>\n')
            current = heading
        out.write(_claim_html(row))
    if count == 0:
        out.write("<p>No claims match this filter.</p>\n")
    out.write(f'<p class="filter">{count} claim{"s" if count != 1 else ""}.</p>\n</body></html>\n')
    return count


def _date_html(label: str, date: ClaimDate) -> str:
    if date.value is None and not date.wording:
        return ""
    text = escape(date.display().lstrip("~")) if date.value else "unknown"
    detail = f"{date.precision.value}" + (f", “{escape(date.wording)}”" if date.wording else "")
    doubt = (
        f' <span class="uncertain">uncertain: {escape(date.doubt or "inferred")}</span>'
        if not date.certain
        else ""
    )
    return f"{label} {text} ({detail}){doubt}"


def _claim_html(row: SheetRow) -> str:
    claim, article = row.claim, row.article
    meta = [f"Chain: {escape(claim.chain.display())}"]
    if claim.cue:
        meta.append(f"cue “{escape(claim.cue)}”")
    meta.append(escape(claim.kind.value.replace("_", " ")))
    dates = [d for d in (_date_html("Claimed", claim.claim_date), _date_html("Event", claim.event_date)) if d]
    grades = [f"status {escape(claim.status.value)}"]
    if row.grade:
        grades.append(f"grade {escape(row.grade)}")
    if claim.tags:
        grades.append("tags " + escape(", ".join(claim.tags)))
    origin = f"<i>{escape(article.title)}</i>"
    if article.outlet:
        origin += f" — {escape(article.outlet)}"
    origin += f", published {escape(article.published)}"
    if article.url.startswith(("http://", "https://")):
        origin += f' · <a href="{escape(article.url, quote=True)}">{escape(article.url)}</a>'
    parts = [
        '<div class="claim">',
        # Inline margins: Qt's rich text (the PDF) honours them, not those of the style sheet.
        f'<p class="text" style="margin-top: 10px">#{claim.id} · {escape(claim.text)}</p>',
        f'<p class="meta">{" · ".join(meta)}</p>',
    ]
    if dates:
        parts.append(f'<p class="meta">{" · ".join(dates)}</p>')
    parts.append(f'<p class="meta">{" · ".join(grades)}</p>')
    parts.append(f'<p class="meta">From {origin}</p>')
    if claim.quote.exact != claim.text:
        parts.append(f'<p class="quote">“{escape(claim.quote.exact)}”</p>')
    if claim.note:
        parts.append(f'<p class="meta">Note: {escape(claim.note)}</p>')
    parts.append("</div>\n")
    return "".join(parts)
