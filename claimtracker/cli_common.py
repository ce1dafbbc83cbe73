"""What the command-line modules share: the global options, the claim filters, the database opener
and the way listings print."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys
from collections.abc import Callable, Iterable

from claimtracker.domain.claim_filter import ClaimFilter
from claimtracker.domain.claims import ClaimStatus, Role
from claimtracker.errors import DatabaseError, UserError
from claimtracker.extraction.dates import resolve_date
from claimtracker.storage.database import (
    ENV_URL,
    Database,
    as_url,
    redacted,
    url_has_password,
    url_with_password,
)


def global_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
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
    global_options(common, defaults=False)
    commands = parser.add_subparsers(**options)
    add = commands.add_parser

    def add_parser(name: str, **kwargs):
        return add(name, parents=[common, *kwargs.pop("parents", [])], **kwargs)

    commands.add_parser = add_parser  # type: ignore[method-assign]
    return commands


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


def open_db(
    args: argparse.Namespace,
    ask_password: Callable[[str], str | None] | None = None,
    *,
    migrate: bool = True,
) -> Database:
    """The database of --db (or the default); a password the server wants is asked for.

    It comes from the terminal, or from `ask_password` (the app's dialog) when there is none; it
    lives in memory only: never in settings, logs or files. With `migrate=False` the schema is
    left for the caller to upgrade (the app does it behind a progress window).
    """
    db = _open(args, ask_password, migrate)
    vars(args).setdefault("opened", []).append(db)
    return db


def _open(
    args: argparse.Namespace, ask_password: Callable[[str], str | None] | None, migrate: bool
) -> Database:
    url = as_url(args.db) if args.db else None
    try:
        return _opened(url, migrate)
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
        return _opened(url_with_password(url, password), migrate)


def _opened(url: str | None, migrate: bool) -> Database:
    """The database at `url`, reached at once (so that a password it wants is asked for now),
    upgraded if `migrate`: a new one silently, an existing one saying its steps."""
    db = Database.open(url, migrate=False)
    if db.needs_upgrade() and migrate:
        db.checked_upgrade(_say_step if db.current_revision() is not None else None)
    return db


def _say_step(done: int, total: int, step: str, detail: str) -> None:
    """A schema upgrade's steps on stderr: on a big archive it takes minutes."""
    what = {
        "backup": f"copying the database to {detail}",
        "revision": f"updating the database's structure ({detail})",
        "statistics": "refreshing statistics",
    }.get(step)
    if what:
        print(f"claimtracker: upgrading the database, step {done + 1} of {total}: {what}", file=sys.stderr)


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
