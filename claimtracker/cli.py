"""The `claimtracker` command. Never imports Qt unless a command opens a window.

Bad input and environment problems print one line and exit with status 2; a traceback means a bug.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from claimtracker import __version__, resources
from claimtracker.cli_facts import add_fact_commands
from claimtracker.cli_transfers import add_import_command, add_sheet_commands
from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.domain.claims import AttributionChain, Claim, ClaimKind, ClaimStatus, Role, Span
from claimtracker.domain.dates import ClaimDate
from claimtracker.domain.text import one_line
from claimtracker.errors import DatabaseError, UserError
from claimtracker.exporting.records import claim_record, date_record
from claimtracker.extraction.attributions import suggest
from claimtracker.extraction.dates import resolve_date
from claimtracker.importing.importer import parse_file
from claimtracker.library import Library
from claimtracker.storage.database import (
    ENV_URL,
    Database,
    as_url,
    redacted,
    sqlite_url,
    url_has_password,
    url_with_password,
)

SAMPLE_CORPUS = resources.SEEDS


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


def _global_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """--db and -v, before the command or after it: after it, they override."""
    keep = {} if defaults else {"default": argparse.SUPPRESS}
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"database URL or SQLite file (default: ${ENV_URL} or a per-user SQLite file)",
        **keep,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="say what is being done", **keep)


def commands_of(parser: argparse.ArgumentParser, **options):
    """Subcommands that also take the global options after their name."""
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, defaults=False)
    commands = parser.add_subparsers(**options)
    add = commands.add_parser

    def add_parser(name: str, **kwargs):
        return add(name, parents=[common, *kwargs.pop("parents", [])], **kwargs)

    commands.add_parser = add_parser  # type: ignore[method-assign]
    return commands


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="claimtracker", description="Track who claimed what, citing whom, and when.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser, defaults=True)
    commands = commands_of(parser, dest="command", metavar="COMMAND", required=True)

    demo = commands.add_parser("demo", help="open the app on a fresh database holding the sample articles")
    demo.add_argument("--corpus", type=Path, default=SAMPLE_CORPUS, help="folder of articles to load")
    demo.set_defaults(run=cmd_demo)

    shot = commands.add_parser("screenshot", help="save a PNG of the main window on the sample articles")
    shot.add_argument("output", type=Path, metavar="FILE.png")
    shot.add_argument("--size", default="1400x900", metavar="WxH")
    shot.add_argument(
        "--article", type=int, default=1, metavar="N", help="which sample article to show (1-5)"
    )
    shot.add_argument(
        "--view", choices=("annotate", "claims", "sources", "timeline", "facts"), default="annotate"
    )
    shot.add_argument("--scheme", choices=("light", "dark"), help="default: the system's")
    shot.add_argument("--corpus", type=Path, default=SAMPLE_CORPUS, help=argparse.SUPPRESS)
    shot.set_defaults(run=cmd_screenshot)

    gui = commands.add_parser("gui", help="open the app on the database")
    gui.set_defaults(run=cmd_gui)

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


def add_claim_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--origin",
        "--source",
        dest="source",
        metavar="NAME",
        help="claims whose origin (first link) goes by NAME (aliases included)",
    )
    parser.add_argument(
        "--via", metavar="NAME", help="claims that passed through NAME (any later link, publisher included)"
    )
    parser.add_argument(
        "--role",
        choices=[r.value for r in Role],
        help="claims with a link in this role (with --via: NAME in this role)",
    )
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", help="claim date on or after (2019, 2019-10, ...)"
    )
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="claim date on or before")
    parser.add_argument(
        "--within",
        action="store_true",
        help="dates entirely between --from and --to (default: any day of the date in between)",
    )
    parser.add_argument("--status", choices=[s.value for s in ClaimStatus])
    parser.add_argument("--search", metavar="TEXT", help="words in the claim text or quote")
    parser.add_argument("--article", type=int, metavar="ID")
    parser.add_argument(
        "--tag", action="append", default=[], help="claims with this tag (repeat: all of them)"
    )
    parser.add_argument(
        "--outlet", metavar="NAME", help="published by NAME: the article's outlet, or a publisher link"
    )
    parser.add_argument("--original", metavar="NAME", help="articles taken from NAME ('la source : Al-Ain')")
    parser.add_argument("--language", metavar="CODE", help="articles in this language (fr, en…)")
    parser.add_argument("--fact", type=int, metavar="ID", help="the claims of this fact")
    parser.add_argument("--no-fact", action="store_true", help="only claims that belong to no fact")


def claim_query(args: argparse.Namespace, limit: int | None = None) -> ClaimFilter:
    return ClaimFilter(
        speaker=args.source,
        via=args.via,
        role=Role(args.role) if args.role else None,
        fact_id=args.fact,
        without_fact=args.no_fact,
        date_within=args.within,
        date_from=date_bound(args.date_from, "--from", last=False),
        date_to=date_bound(args.date_to, "--to", last=True),
        status=ClaimStatus(args.status) if args.status else None,
        search=args.search,
        article_id=args.article,
        tags=tuple(args.tag),
        outlet=args.outlet,
        original=args.original,
        language=args.language,
        limit=limit,
    )


def date_bound(text: str | None, option: str, *, last: bool) -> dt.date | None:
    if not text:
        return None
    date = resolve_date(text)
    if not date.is_known or not date.certain:
        raise UserError(f"{option}: {text!r} is not a date (write 2019, 2019-10 or 2019-10-03)")
    return date.last_day if last else date.value


def open_db(args: argparse.Namespace, ask_password: Callable[[str], str | None] | None = None) -> Database:
    """The database of --db (or the default); a password the server wants is asked for.

    It comes from the terminal, or from `ask_password` (the app's dialog) when there is none; it
    lives in memory only: never in settings, logs or files.
    """
    db = _open(args, ask_password)
    vars(args).setdefault("opened", []).append(db)
    return db


def _open(args: argparse.Namespace, ask_password: Callable[[str], str | None] | None) -> Database:
    url = as_url(args.db) if args.db else None
    try:
        return Database.open(url)
    except DatabaseError as exc:
        # The URL, PGPASSWORD and ~/.pgpass gave none.
        if "password" not in str(exc).lower() or not url or url_has_password(url):
            raise
        if sys.stdin.isatty():
            password = getpass.getpass(f"Password for {redacted(url)}: ")
        elif ask_password is not None:
            password = ask_password(redacted(url))
        else:
            raise
        if password is None:
            raise UserError(f"no password given for {redacted(url)}") from exc
        return Database.open(url_with_password(url, password))


def demo_database(corpus: Path) -> Database:
    """A new SQLite database in a temporary folder, holding the articles of `corpus`."""
    if not corpus.is_dir():
        raise UserError(f"{corpus}: sample corpus not found")
    path = Path(tempfile.mkdtemp(prefix="claimtracker-demo-")) / "demo.sqlite"
    db = Database.open(sqlite_url(path))
    library = Library(db)
    report = library.import_files([corpus])
    for error in report.errors:
        print(f"claimtracker: error: {error}", file=sys.stderr)
    annotations = corpus / "annotations.json"
    claims = 0
    if annotations.exists():
        claims = library.load_sample_claims(annotations, {Path(a.source_path).name: a for a in report.added})
    print(f"demo database {path}: {report.summary()}, {claims} sample claims", file=sys.stderr)
    return db


def cmd_demo(args: argparse.Namespace) -> int:
    """The app on the sample: in a temporary database removed on exit, or in --db's database
    (the sample is added once; importing it again changes nothing)."""
    no_display()
    from claimtracker.gui.app import run_gui  # Qt only when a window opens

    if args.db:
        db = open_db(args)
        library = Library(db)
        report = library.import_files([args.corpus])
        if report.added and (args.corpus / "annotations.json").exists():
            added = {Path(a.source_path).name: a for a in report.added}
            library.load_sample_claims(args.corpus / "annotations.json", added)
        print(f"demo in {redacted(str(db.engine.url))}: {report.summary()}", file=sys.stderr)
        return run_gui(db, remember=False)
    db = demo_database(args.corpus)
    folder = Path(db.engine.url.database or "").parent
    try:
        return run_gui(db, remember=False)
    finally:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)


def no_display() -> None:
    """On Linux without a display, say so in one line instead of Qt's advice about xcb plugins."""
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        raise UserError(
            "no display to open a window on: run it in a desktop session, "
            "or under xvfb-run, or with QT_QPA_PLATFORM=offscreen"
        )


def cmd_screenshot(args: argparse.Namespace) -> int:
    width, sep, height = args.size.partition("x")
    if not (sep and width.isdigit() and height.isdigit()):
        raise UserError(f"--size {args.size!r}: expected WIDTHxHEIGHT, like 1400x900")
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a picture needs no screen
    if args.scheme:
        os.environ["CLAIMTRACKER_SCHEME"] = args.scheme  # read when the application starts
    db = demo_database(args.corpus)
    from claimtracker.gui.app import save_screenshot

    try:
        save_screenshot(db, str(args.output), int(width), int(height), args.article - 1, args.view)
    finally:
        db.close()
        shutil.rmtree(Path(db.engine.url.database or "").parent, ignore_errors=True)
    print(args.output)
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    no_display()
    from claimtracker.gui.app import ask_password, last_database_url, run_gui

    if not args.db and not os.environ.get(ENV_URL):
        args.db = last_database_url()
    return run_gui(open_db(args, ask_password=ask_password))


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


def print_listing(
    as_json: bool, records: Callable[[], list], empty: str, header: str, lines: Callable[[], Iterable[str]]
) -> int:
    """How the listing commands answer: JSON records, or one line when there is nothing, or a
    header and a line per item."""
    if as_json:
        print(json.dumps(records(), ensure_ascii=False, indent=2))
    elif empty:
        print(empty)
    else:
        print(header)
        for line in lines():
            print(line)
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
        speaker = f"{r['speaker']} ({r['speaker_name']})" if r["speaker_name"] else r["speaker"]
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
