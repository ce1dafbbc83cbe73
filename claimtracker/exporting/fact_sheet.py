"""Fact sheets: each fact with its verdict (lines of reporting, first appearance, derived and
analyst status) and its reports, in XLSX (two sheets: facts, reports), JSON and HTML (which the
desktop layer also lays out as PDF). Text is written as text: a claim starting with '=' stays a
claim in a spreadsheet, markup inside a claim is shown, never interpreted.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import Claim
from claimtracker.domain.facts import Assessment, Fact, Report, Stance
from claimtracker.exporting.html_export import STYLE

FACT_HEADERS = (
    ("fact", 7), ("statement", 50), ("reports", 9), ("independent lines", 11), ("lines", 40),
    ("first appearance", 12), ("derived status", 14), ("analyst status", 14), ("disagreement", 36), ("review", 24),
)  # fmt: skip
REPORT_HEADERS = (
    ("fact", 7), ("claim", 7), ("stance", 11), ("line", 6), ("first", 6), ("language", 9), ("date", 14),
    ("chain", 44), ("grade", 7), ("claim text", 60), ("outlet", 22), ("article", 36),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class FactEntry:
    """One fact as a sheet shows it: the fact, its assessment, its reports and their claims."""

    fact: Fact
    assessment: Assessment
    reports: list[Report]
    claims: dict[int, Claim]
    articles: dict[int, Article]

    def line_of(self, claim_id: int) -> int | None:
        return next(
            (n for n, line in enumerate(self.assessment.lines, 1) if claim_id in line.claim_ids), None
        )

    def lines_text(self) -> str:
        return " | ".join(
            " ".join(f"#{c}" for c in line.claim_ids)
            + (f" via {', '.join(line.shared)}" if line.shared else "")
            for line in self.assessment.lines
        )

    def report_rows(self) -> list[dict[str, Any]]:
        rows = []
        for report in sorted(self.reports, key=lambda r: (self.line_of(r.claim_id) or 99, r.claim_id)):
            claim = self.claims[report.claim_id]
            article = self.articles[claim.article_id]
            rows.append(
                {
                    "fact": self.fact.id,
                    "claim": claim.id,
                    "stance": report.stance.value,
                    "line": self.line_of(claim.id),
                    "first": claim.id == self.assessment.first_appearance,
                    "language": article.language,
                    "date": claim.claim_date.display()
                    if claim.claim_date.is_known
                    else article.published.display(),
                    "chain": claim.chain.display_roles(),
                    "grade": report.grade,
                    "claim text": claim.text,
                    "outlet": article.outlet,
                    "article": article.title,
                }
            )
        return rows

    def record(self) -> dict[str, Any]:
        a = self.assessment
        return {
            "fact": self.fact.id,
            "statement": self.fact.statement,
            "reports": len(self.reports),
            "independent lines": a.independent_lines,
            "lines": self.lines_text(),
            "first appearance": a.first_appearance,
            "derived status": a.derived.value,
            "analyst status": self.fact.status.value,
            "disagreement": a.disagreement,
            "review": self.fact.review,
        }


def fact_json(entries: list[FactEntry]) -> list[dict[str, Any]]:
    return [
        {
            "id": e.fact.id,
            "statement": e.fact.statement,
            "summary": e.assessment.summary(),
            "verdict": {
                "derived_status": e.assessment.derived.value,
                "analyst_status": e.fact.status.value,
                "disagreement": e.assessment.disagreement,
                "best_grade": e.assessment.best_grade,
                "weakest_grade": e.assessment.weakest_grade,
                "review": e.fact.review,
            },
            "first_appearance": e.assessment.first_appearance,
            "lines": [
                {"claims": list(line.claim_ids), "shared": list(line.shared), "anonymous": line.anonymous}
                for line in e.assessment.lines
            ],
            "reports": [
                {k.replace(" ", "_"): v for k, v in row.items() if k != "fact"} for row in e.report_rows()
            ],
        }
        for e in entries
    ]


def write_fact_xlsx(entries: list[FactEntry], path: Path) -> int:
    import xlsxwriter  # on first use: the window starts without the exporters

    workbook = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    try:
        header = workbook.add_format({"bold": True, "bg_color": "#DDE4EE", "border": 1, "text_wrap": True})
        wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        for title, headers, rows in (
            ("Facts", FACT_HEADERS, [e.record() for e in entries]),
            ("Reports", REPORT_HEADERS, [row for e in entries for row in e.report_rows()]),
        ):
            sheet = workbook.add_worksheet(title)
            for column, (name, width) in enumerate(headers):
                sheet.set_column(column, column, width)
                sheet.write_string(0, column, name, header)
            for number, row in enumerate(rows, 1):
                for column, (name, _width) in enumerate(headers):
                    value = row[name]
                    if value is None or value == "":
                        continue
                    if isinstance(value, bool):
                        sheet.write_string(number, column, "★" if value else "", wrap)
                    elif isinstance(value, int):
                        sheet.write_number(number, column, value, wrap)
                    else:
                        sheet.write_string(number, column, str(value), wrap)
            sheet.freeze_panes(1, 0)
            sheet.autofilter(0, 0, max(len(rows), 1), len(headers) - 1)
    finally:
        workbook.close()
    return len(entries)


def fact_sheet_html(entries: list[FactEntry], title: str = "Fact sheet") -> str:
    """A printable sheet: per fact its verdict, its lines of reporting with their reports, what
    contradicts it and what is related, the first appearance starred."""
    parts = [
        f"<html><head><meta charset='utf-8'><style>{STYLE}</style><title>{escape(title)}</title></head><body>"
    ]
    parts.append(
        f"<h1>{escape(title)}</h1><p class='filter'>{'1 fact' if len(entries) == 1 else f'{len(entries)} facts'}</p>"
    )
    for e in entries:
        a = e.assessment
        parts.append(f"<h2>Fact #{e.fact.id}: {escape(e.fact.statement)}</h2>")
        parts.append(f"<p><b>{escape(a.summary())}</b></p>")
        parts.append(
            f"<p>By the rules: <b>{escape(a.derived.value)}</b> · analyst: {escape(e.fact.status.value)}"
            + (f" · grades {escape(a.best_grade)} … {escape(a.weakest_grade)}" if a.best_grade else "")
            + "</p>"
        )
        if a.disagreement:
            parts.append(f"<p class='uncertain'>⚠ {escape(a.disagreement)}</p>")
        if e.fact.review:
            parts.append(f"<p class='uncertain'>⚑ to review: {escape(e.fact.review)}</p>")
        rows = e.report_rows()
        groups = [(f"Line {n}" + (f" — via {', '.join(line.shared)}" if line.shared else ""), n, None)
                  for n, line in enumerate(a.lines, 1)]  # fmt: skip
        groups += [("Against it", None, Stance.CONTRADICTS.value), ("Related", None, Stance.RELATED.value)]
        for heading, line, stance in groups:
            members = [
                r
                for r in rows
                if (r["line"] == line if line else r["stance"] == stance and r["line"] is None)
            ]
            if not members:
                continue
            parts.append(f"<p class='text'>{escape(heading)}</p>")
            for r in members:
                star = "★ first known appearance · " if r["first"] else ""
                parts.append(
                    f"<div class='claim'><p>#{r['claim']} · {escape(r['language'] or '?')} · {escape(r['date'])} · "
                    f"{star}{escape(r['stance'])}</p><p class='quote'>{escape(r['claim text'])}</p>"
                    f"<p class='meta'>{escape(r['chain'])} · {escape(r['outlet'] or '')} — {escape(r['article'])}"
                    f"{' · grade ' + escape(r['grade']) if r['grade'] else ''}</p></div>"
                )
    parts.append("</body></html>")
    return "".join(parts)


SHEET_FORMATS = ("csv", "xlsx", "json", "html", "pdf")


def write_fact_sheet(entries: list[FactEntry], fmt: str, path: Path) -> int:
    """Write a fact sheet (not PDF, which the desktop layer lays out from `fact_sheet_html`),
    atomically: an interrupted export leaves no half-written file."""
    import io
    import json

    from claimtracker.exporting.exporter import atomic_target
    from claimtracker.exporting.fact_formats import write_fact_csv

    with atomic_target(path) as temporary:
        if fmt == "xlsx":
            write_fact_xlsx(entries, temporary)
        elif fmt == "csv":
            out = io.StringIO()
            write_fact_csv([(e.fact, e.assessment) for e in entries], out)
            temporary.write_text(out.getvalue(), encoding="utf-8", newline="")
        elif fmt == "json":
            temporary.write_text(
                json.dumps(fact_json(entries), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        elif fmt == "html":
            temporary.write_text(fact_sheet_html(entries), encoding="utf-8")
        else:
            raise ValueError(f"not a fact sheet format here: {fmt}")
    return len(entries)
