"""The `claimtracker` command. Never imports Qt unless a command opens a window.

Bad input and environment problems print one line and exit with status 2; a traceback means a bug.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from claimtracker import __version__
from claimtracker.cli_common import (
    add_claim_filters,
    claim_query,
    commands_of,
    global_options,
    open_db,
    print_listing,
)
from claimtracker.cli_desktop import add_desktop_commands
from claimtracker.cli_facts import add_fact_commands
from claimtracker.cli_transfers import add_import_command, add_sheet_commands
from claimtracker.domain.claims import AttributionChain, Claim, ClaimKind, ClaimStatus, Span
from claimtracker.domain.dates import ClaimDate
from claimtracker.domain.text import one_line
from claimtracker.errors import UserError
from claimtracker.exporting.records import claim_record, date_record
from claimtracker.extraction.attributions import suggest
from claimtracker.extraction.dates import resolve_date
from claimtracker.importing.importer import parse_file
from claimtracker.library import Library


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    try:
        return args.run(args)
    except UserError as exc:
        print(f"claimtracker: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`claimtracker claims | head`): not an error worth a traceback.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaces stdout until exit
        return 0
    finally:
        for db in vars(args).get("opened", []):
            db.close()  # a server connection is handed back, not left to the garbage collector


class Parser(argparse.ArgumentParser):
    """Bad usage is one line naming the problem and where help is, not the whole usage text."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="claimtracker", description="Track who claimed what, citing whom, and when.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    global_options(parser, defaults=True)
    commands = commands_of(parser, dest="command", metavar="COMMAND", required=True)

    add_desktop_commands(commands)
    add_import_command(commands)

    articles = commands.add_parser(
        "articles", help="list the imported articles; 'articles show ID': an article's text with offsets"
    )
    articles.add_argument("show", nargs="?", choices=["show"], help=argparse.SUPPRESS)
    articles.add_argument("id", nargs="?", type=int, metavar="ID", help="with 'show': the article")
    articles.add_argument("--json", action="store_true")
    articles.set_defaults(run=cmd_articles)

    claims = commands.add_parser("claims", help="list claims, filtered by attribution, date, status, text")
    add_claim_filters(claims)
    claims.add_argument("--limit", type=int, help="at most this many claims")
    claims.add_argument("--json", action="store_true")
    claims.set_defaults(run=cmd_claims)

    add = commands.add_parser("add-claim", help="record a claim on a span of an article")
    add.add_argument("--article", type=int, required=True, metavar="ID")
    add.add_argument(
        "--span", required=True, metavar="START:END", help="character offsets into the article text"
    )
    add.add_argument(
        "--speaker", required=True, metavar="NAME", help="who made the claim (first link of the chain)"
    )
    add.add_argument(
        "--via", action="append", default=[], metavar="NAME", help="next link of the chain, in order"
    )
    add.add_argument("--cue", default="", help="the reporting words: 'told', 'a déclaré', 'selon'")
    add.add_argument("--kind", choices=[k.value for k in ClaimKind], default=ClaimKind.PARAPHRASE.value)
    add.add_argument("--text", help="the claim in the analyst's words (default: the quoted span)")
    add.add_argument(
        "--date", default="", metavar="TEXT", help="when it was claimed, as written: 'lundi', 'on Oct. 3'"
    )
    add.add_argument("--event-date", default="", metavar="TEXT", help="when the event happened, as written")
    add.add_argument("--credibility", type=int, choices=range(1, 7), metavar="1-6")
    add.add_argument("--status", choices=[s.value for s in ClaimStatus], default=ClaimStatus.UNVERIFIED.value)
    add.add_argument("--tag", action="append", default=[], metavar="TAG")
    add.add_argument("--note", default="")
    add.add_argument("--parent", type=int, metavar="ID", help="the claim this one is quoted inside")
    add.add_argument("--json", action="store_true", help="print the stored claim as JSON")
    add.set_defaults(run=cmd_add_claim)

    add_sheet_commands(commands)

    sug = commands.add_parser("suggest", help="propose attributions in an article (nothing is stored)")
    sug.add_argument("target", metavar="FILE_OR_ARTICLE_ID")
    sug.add_argument("--json", action="store_true")
    sug.set_defaults(run=cmd_suggest)

    add_fact_commands(commands)

    sources = commands.add_parser("sources", help="list the source registry")
    sources.add_argument("--json", action="store_true")
    sources.set_defaults(run=cmd_sources)
    return parser


def cmd_articles(args: argparse.Namespace) -> int:
    if args.show or args.id is not None:
        if args.id is None:
            raise UserError("articles show: which article? (claimtracker articles show ID)")
        return _show_article(Library(open_db(args)).article(args.id), args.json)
    summaries = Library(open_db(args)).articles()
    if args.json:
        records = [
            {
                "id": s.id,
                "title": s.title,
                "outlet": s.outlet,
                "language": s.language,
                "published": s.published.display(),
                "claims": s.claims,
            }
            for s in summaries
        ]
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    for s in summaries:
        print(
            f"#{s.id}\t{s.published.display()}\t{s.language or '?'}\t{s.claims} claims\t{s.outlet or '?'}\t{s.title}"
        )
    return 0


def _show_article(article, as_json: bool) -> int:
    """The text a sentence per line, each with its character offsets: what --span takes."""
    from claimtracker.extraction.sentences import sentence_spans

    spans = []
    for start, end in sentence_spans(article.body):
        while start < end and article.body[start].isspace():
            start += 1
        while end > start and article.body[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end, article.body[start:end]))
    if as_json:
        record = {"id": article.id, "title": article.title, "language": article.language, "text": article.body,
                  "sentences": [{"start": a, "end": b, "text": t} for a, b, t in spans]}  # fmt: skip
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    print(f"#{article.id} {article.title} ({article.language or '?'}, {article.published.display()})")
    print("start:end  text (a sentence per line; add-claim --span START:END)")
    for start, end, text in spans:
        print(f"{start}:{end}\t{text}")
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    query = claim_query(args, args.limit)
    claims = Library(open_db(args)).find_claims(query)
    return print_listing(
        args.json,
        lambda: [claim_record(c) for c in claims],
        "" if claims else f"no claims match ({query.describe()})",
        "claim\tdate\tchain\tstatus\ttext",
        lambda: (
            f"#{c.id}\t{c.claim_date.display()}\t{c.chain.display()}\t{c.status}\t{one_line(c.text, 100)}"
            for c in claims
        ),
    )


def cmd_add_claim(args: argparse.Namespace) -> int:
    span = _span(args.span)
    library = Library(open_db(args))
    article = library.article(args.article)
    if span.end > len(article.body):
        raise UserError(
            f"--span {args.span}: ends after the article (#{article.id} has {len(article.body)} characters)"
        )
    claim = Claim.from_span(
        article.id,  # type: ignore[arg-type]
        article.body,
        span,
        AttributionChain.of(args.speaker, *args.via),
        kind=ClaimKind(args.kind),
        cue=args.cue,
        claim_date=resolve_date(args.date, article.published) if args.date else ClaimDate.unknown(),
        event_date=resolve_date(args.event_date, article.published)
        if args.event_date
        else ClaimDate.unknown(),
        credibility=args.credibility,
        status=ClaimStatus(args.status),
        tags=tuple(args.tag),
        note=args.note,
        parent_id=args.parent,
    )
    if args.text:
        claim.text = args.text
    stored = library.create_claim(claim)  # through the Library: logged under the analyst's name
    if args.json:
        print(json.dumps(claim_record(stored), ensure_ascii=False, indent=2))
    else:
        print(f"added claim #{stored.id}: {stored.chain.display()} [{stored.claim_date.display()}]")
    return 0


def _span(text: str) -> Span:
    start, sep, end = text.partition(":")
    try:
        if not sep:
            raise ValueError
        return Span(int(start), int(end))
    except ValueError:
        raise UserError(f"--span {text!r}: expected START:END, two offsets with START < END") from None


def cmd_suggest(args: argparse.Namespace) -> int:
    """Suggestions for a stored article (speakers matched to the registry) or for a file."""
    library = None
    if args.target.isdigit():
        library = Library(open_db(args))
        article = library.article(int(args.target))
    else:
        article = parse_file(Path(args.target))
    suggestions = suggest(article.body, article.language or "fr", article.published)
    records = []
    for s in suggestions:
        texts = s.texts(article.body)
        matched = library.sources_named(s.source_name(article.body)) if library else []
        records.append(
            {
                **texts,
                "cue_span": [s.cue.start, s.cue.end],
                "speaker_span": [s.speaker.start, s.speaker.end],
                "content_span": [s.content.start, s.content.end],
                "claim_date": date_record(s.claim_date),
                "confidence": s.confidence,
                "rule": s.rule,
                "speaker_source_id": matched[0] if matched else None,
                "referred_name": s.referred_name(article.body),
            }
        )
    if args.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    for r in records:
        via = f" → {r['intermediary']}" if r["intermediary"] else ""
        known = f" [source #{r['speaker_source_id']}]" if r["speaker_source_id"] else ""
        date = (
            f" ({r['claim_date']['wording']} → {r['claim_date']['value']})"
            if r["claim_date"]["wording"]
            else ""
        )
        speaker = f"{r['speaker']} ({r['referred_name']})" if r["referred_name"] else r["speaker"]
        print(f"{speaker}{known}{via} · “{r['cue']}”{date} · {r['rule']} · {r['confidence']:.2f}")
        print(f"    {one_line(r['content'], 100)}")
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    sources = Library(open_db(args)).sources()

    def line(s) -> str:
        aliases = f" (also: {', '.join(s.aliases)})" if s.aliases else ""
        grade = s.reliability.value if s.reliability else "-"
        return f"#{s.id}\t{grade}\t{s.kind.value}\t{s.as_speaker} said, {s.as_intermediary} relayed\t{s.name}{aliases}"

    return print_listing(
        args.json,
        lambda: [
            {
                "id": s.id,
                "name": s.name,
                "kind": s.kind.value,
                "aliases": list(s.aliases),
                "reliability": s.reliability.value if s.reliability else None,
                "as_speaker": s.as_speaker,
                "as_intermediary": s.as_intermediary,
            }
            for s in sources
        ],
        "" if sources else "the registry is empty: sources are added with the claims that name them",
        "source\tgrade\tkind\tclaims\tname",
        lambda: (line(s) for s in sources),
    )
