"""The command line for facts across articles: list, make, link, suggest, show and export."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from claimtracker.cli_common import commands_of, date_bound, open_db, print_listing
from claimtracker.domain.claims import ClaimStatus
from claimtracker.domain.facts import Assessment, DerivedStatus, Fact, FactFilter, Report, Stance
from claimtracker.domain.text import one_line
from claimtracker.errors import UserError
from claimtracker.library import Library

SHEET_FORMATS = ("csv", "xlsx", "json", "html", "pdf")  # one fact or every fact (fact_sheet.py writes them)


def add_fact_commands(commands) -> None:
    facts = commands.add_parser("facts", help="list the facts: claims, independent lines, statuses")
    facts.add_argument("--json", action="store_true")
    add_fact_filters(facts)
    facts.set_defaults(run=cmd_facts)

    fact = commands.add_parser("fact", help="make, link and show facts across articles")

    fact_commands = commands_of(fact, dest="fact_command", metavar="ACTION", required=True)
    new = fact_commands.add_parser("new", help="a fact in your words, with the claims that support it")
    new.add_argument("statement")
    new.add_argument("--claim", type=int, action="append", default=[], metavar="ID", required=True)
    new.set_defaults(run=cmd_fact_new)
    link = fact_commands.add_parser("link", help="link a claim to a fact with a stance")
    link.add_argument("fact", type=int, metavar="FACT")
    link.add_argument("--claim", type=int, required=True, metavar="ID")
    link.add_argument("--stance", choices=[s.value for s in Stance], default=Stance.SUPPORTS.value)
    link.add_argument("--reason", default="", help="why (logged with your name)")
    link.set_defaults(run=cmd_fact_link)
    show = fact_commands.add_parser("show", help="a fact: its reports, lines of reporting and status")
    show.add_argument("fact", type=int, metavar="FACT")
    shown_as = show.add_mutually_exclusive_group()
    shown_as.add_argument("--json", action="store_true")
    shown_as.add_argument("--dot", action="store_true", help="the provenance graph in Graphviz DOT")
    show.set_defaults(run=cmd_fact_show)
    merge = fact_commands.add_parser("merge", help="fold a duplicate fact into another")
    merge.add_argument("keep", type=int, metavar="KEEP")
    merge.add_argument("absorb", type=int, metavar="DUPLICATE")
    merge.set_defaults(run=cmd_fact_merge)
    split = fact_commands.add_parser("split", help="move some claims of a fact to a new fact")
    split.add_argument("fact", type=int, metavar="FACT")
    split.add_argument("statement", help="the new fact, in your words")
    split.add_argument("--claim", type=int, action="append", required=True, metavar="ID")
    split.set_defaults(run=cmd_fact_split)
    sug = fact_commands.add_parser("suggest", help="claims of other articles that may assert the same fact")
    sug.add_argument("--claim", type=int, required=True, metavar="ID")
    sug.add_argument("--limit", type=int, default=10, metavar="N")
    sug.add_argument("--json", action="store_true")
    sug.set_defaults(run=cmd_fact_suggest)
    exp = fact_commands.add_parser(
        "export",
        help="a fact sheet (csv, xlsx, json, html, pdf: one fact or all); a fact as graphml, dot, claimreview, prov",
    )
    exp.add_argument(
        "fact", nargs="?", type=int, metavar="FACT", help="the fact (a sheet: every fact when left out)"
    )
    exp.add_argument("--format", required=True, choices=GRAPH_FORMATS + SHEET_FORMATS)
    exp.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: print it")
    add_fact_filters(exp)
    exp.set_defaults(run=cmd_fact_export)


def add_fact_filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("which facts (all when none is given)")
    group.add_argument("--search", default="", metavar="WORDS", help="words of the statement")
    group.add_argument("--source", default="", metavar="NAME", help="a source on one of its reports' chains")
    group.add_argument("--status", choices=[s.value for s in ClaimStatus], help="the analyst's status")
    group.add_argument(
        "--derived", choices=[s.value for s in DerivedStatus], help="the status the rules derive"
    )
    group.add_argument("--min-lines", type=int, default=0, metavar="N", help="at least N independent lines")
    group.add_argument("--language", default="", metavar="CODE", help="one of its reports in this language")
    group.add_argument(
        "--from", dest="date_from", metavar="DATE", help="one of its reports dated on or after"
    )
    group.add_argument("--to", dest="date_to", metavar="DATE", help="… on or before")


def fact_query(args: argparse.Namespace) -> FactFilter:

    return FactFilter(
        text=args.search,
        source=args.source,
        status=ClaimStatus(args.status) if args.status else None,
        derived=DerivedStatus(args.derived) if args.derived else None,
        min_lines=args.min_lines,
        language=args.language,
        date_from=date_bound(args.date_from, "--from", last=False),
        date_to=date_bound(args.date_to, "--to", last=True),
    )


def _library(args: argparse.Namespace) -> Library:

    return Library(open_db(args))


def _fact_record(fact: Fact, assessment: Assessment, reports: list[Report]) -> dict:
    return {
        "id": fact.id,
        "statement": fact.statement,
        "claims": [{"id": r.claim_id, "stance": r.stance.value, "grade": r.grade} for r in reports],
        "independent_lines": assessment.independent_lines,
        "lines": [{"claims": list(line.claim_ids), "shared": list(line.shared)} for line in assessment.lines],
        "summary": assessment.summary(),
        "first_appearance": assessment.first_appearance,
        "best_grade": assessment.best_grade,
        "weakest_grade": assessment.weakest_grade,
        "derived_status": assessment.derived.value,
        "analyst_status": fact.status.value,
        "disagreement": assessment.disagreement,
        "review": fact.review,
    }


def cmd_facts(args: argparse.Namespace) -> int:
    library = _library(args)
    records = [_fact_record(*assessed) for assessed in library.assessed_facts(query=fact_query(args))]

    return print_listing(
        args.json,
        lambda: records,
        "" if records else _no_facts(args),
        "fact\tclaims\tlines\tderived\tanalyst\tstatement",
        lambda: (
            f"#{r['id']}\t{len(r['claims'])}\t{r['independent_lines']}\t{r['derived_status']}\t"
            f"{r['analyst_status']}\t{one_line(r['statement'], 80)}"
            for r in records
        ),
    )


def _no_facts(args: argparse.Namespace) -> str:
    query = fact_query(args)
    if query == FactFilter():
        return "no facts yet: 'claimtracker fact new \"STATEMENT\" --claim ID' makes one"
    return f"no fact matches ({query.describe()})"


def cmd_fact_new(args: argparse.Namespace) -> int:
    fact = _library(args).create_fact(args.statement, args.claim)
    print(f"fact #{fact.id}: {fact.statement} ({len(args.claim)} claims)")
    return 0


def cmd_fact_link(args: argparse.Namespace) -> int:
    library = _library(args)
    before = library.link_claim(args.fact, args.claim, Stance(args.stance), args.reason)
    change = f" (was: {before.stance.value})" if before else ""
    print(f"claim #{args.claim} {args.stance} fact #{args.fact}{change}")
    return 0


def cmd_fact_show(args: argparse.Namespace) -> int:
    library = _library(args)
    if args.dot:
        from claimtracker.exporting.fact_graph import provenance_dot

        print(provenance_dot(*library.assess_fact(args.fact)), end="")
        return 0
    record = _fact_record(*library.assess_fact(args.fact))
    if args.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    print(f"fact #{record['id']}: {record['statement']}")
    print(f"  {record['summary']}")
    print(f"  derived: {record['derived_status']} · analyst: {record['analyst_status']}")
    if record["disagreement"]:
        print(f"  ⚠ {record['disagreement']}")
    if record["review"]:
        print(f"  ⚑ to review: {record['review']}")
    print(
        f"  first appearance: claim #{record['first_appearance']} · grades {record['best_grade']} … {record['weakest_grade']}"
    )
    for number, line in enumerate(record["lines"], 1):
        via = f" via {', '.join(line['shared'])}" if line["shared"] else ""
        print(f"  line {number}: claims {', '.join(f'#{c}' for c in line['claims'])}{via}")
    return 0


def cmd_fact_suggest(args: argparse.Namespace) -> int:

    library = _library(args)
    found = library.same_fact_suggestions(args.claim, args.limit)
    claims = {s.claim_id: library.claim(s.claim_id) for s in found}
    languages = {c.article_id: library.article(c.article_id).language for c in claims.values()}
    records = [
        {
            "claim": s.claim_id,
            "article": claims[s.claim_id].article_id,
            "language": languages[claims[s.claim_id].article_id],
            "text": claims[s.claim_id].text,
            "score": s.score,
            "stance": s.stance.value,
            "reasons": list(s.reasons),
            "facts": list(s.fact_ids),
        }
        for s in found
    ]
    return print_listing(
        args.json,
        lambda: records,
        "" if records else f"no claim of another article looks like the same fact as claim #{args.claim}",
        "claim\tscore\tstance\tlang\tfacts\ttext · reasons",
        lambda: (
            f"#{r['claim']}\t{r['score']:.2f}\t{r['stance']}\t{r['language']}\t"
            f"{' '.join(f'#{f}' for f in r['facts']) or '-'}\t{one_line(r['text'], 70)} · {'; '.join(r['reasons'])}"
            for r in records
        ),
    )


def cmd_fact_merge(args: argparse.Namespace) -> int:
    _absorbed, links = _library(args).merge_facts(args.keep, args.absorb)
    print(f"fact #{args.absorb} ({len(links)} claims) merged into fact #{args.keep}")
    return 0


def cmd_fact_split(args: argparse.Namespace) -> int:
    new = _library(args).split_fact(args.fact, args.claim, args.statement)
    print(f"fact #{new.id}: {new.statement} ({len(args.claim)} claims moved from fact #{args.fact})")
    return 0


GRAPH_FORMATS = ("graphml", "dot", "claimreview", "prov")  # one fact


def cmd_fact_export(args: argparse.Namespace) -> int:
    from claimtracker.exporting import fact_formats, fact_sheet
    from claimtracker.exporting.exporter import atomic_target
    from claimtracker.exporting.fact_graph import provenance_dot

    library = _library(args)
    if args.format in SHEET_FORMATS:
        entries = library.fact_entries(args.fact, fact_query(args))
        if args.output is None and args.format in ("xlsx", "pdf"):
            raise UserError(f"--format {args.format}: say where to write it (-o FILE.{args.format})")
        if args.output is None:
            with tempfile.TemporaryDirectory() as folder:
                sheet = Path(folder) / f"facts.{args.format}"
                fact_sheet.write_fact_sheet(entries, args.format, sheet)
                print(sheet.read_text(encoding="utf-8"), end="")
            return 0
        if args.format == "pdf":
            from claimtracker.cli_transfers import qt_for_pdf
            from claimtracker.gui.pdf_export import print_pdf

            _app = qt_for_pdf()
            print_pdf(fact_sheet.fact_sheet_html(entries), args.output, "Fact sheet")
        else:
            fact_sheet.write_fact_sheet(entries, args.format, args.output)
        print(f"wrote {len(entries)} facts to {args.output}", file=sys.stderr)
        return 0
    if args.fact is None:
        raise UserError(f"--format {args.format}: name the fact (claimtracker fact export FACT …)")
    fact, assessment, reports = library.assess_fact(args.fact)
    claims = [library.claim(r.claim_id) for r in reports]
    if args.format == "graphml":
        text = fact_formats.graphml(fact, assessment, reports)
    elif args.format == "dot":
        text = provenance_dot(fact, assessment, reports)
    else:
        record = (
            fact_formats.claim_review(fact, assessment, claims, library.analyst)
            if args.format == "claimreview"
            else fact_formats.prov(fact, reports, claims)
        )
        text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    if args.output is None:
        print(text, end="")
        return 0
    with atomic_target(args.output) as temporary:
        temporary.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0
