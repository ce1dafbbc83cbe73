"""Importing files and folders: each file parsed on its own and stored in its own transaction.

A bad file is reported (one line naming it) and the others go on; a file already imported, by
content, is reported as such and changes nothing.
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime as dt
import itertools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from claimtracker.domain.articles import Article, content_hash
from claimtracker.domain.dates import ClaimDate
from claimtracker.errors import BadFileError, DatabaseError, UserError
from claimtracker.extraction.dates import resolve_date
from claimtracker.importing import html_text
from claimtracker.importing.decoding import read_text
from claimtracker.importing.documents import DOCX_SUFFIXES, PDF_SUFFIXES, docx_text, pdf_text
from claimtracker.importing.language import detect_language
from claimtracker.importing.metadata import propose_metadata
from claimtracker.processes import end_with_parent
from claimtracker.storage import change_log
from claimtracker.storage.articles_repo import add_article
from claimtracker.storage.database import Database
from claimtracker.storage.reanchoring import Reanchored, replace_text
from claimtracker.storage.schema import ArticleRow

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES


@dataclass(slots=True)
class ImportReport:
    added: list[Article] = field(default_factory=list)
    already_there: list[tuple[Path, int]] = field(default_factory=list)  # (file, stored article id)
    errors: list[UserError] = field(default_factory=list)
    updated: list[Reanchored] = field(default_factory=list)  # files imported before, changed since
    cancelled: bool = False

    def summary(self) -> str:
        parts = [f"{len(self.added)} imported", f"{len(self.already_there)} already there"]
        if self.updated:
            orphans = sum(len(u.orphaned) for u in self.updated)
            parts.append(f"{len(self.updated)} changed since their last import ({orphans} orphaned claims)")
        if self.errors:
            parts.append(f"{len(self.errors)} with errors")
        if self.cancelled:
            parts.append("cancelled")
        return ", ".join(parts)


def files_to_import(paths: Iterable[Path]) -> Iterator[Path | BadFileError]:
    """The files named, and the supported files inside folders (sorted); errors for the rest."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        elif not path.exists():
            yield BadFileError(path, "no such file or folder")
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            yield BadFileError(
                path,
                f"unsupported file type {path.suffix or '(none)'!r}; ClaimTracker imports .txt, .md, .html, .pdf and .docx",
            )
        else:
            yield path


def parse_file(path: Path) -> Article:
    """The article a file holds, with proposed metadata; raises BadFileError naming the file."""
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES or suffix in DOCX_SUFFIXES:
        return _document_article(path, *(pdf_text(path) if suffix in PDF_SUFFIXES else docx_text(path)))
    decoded = read_text(path)
    raw = decoded.text
    if suffix in HTML_SUFFIXES:
        page = html_text.extract(raw)
        body = page.text.strip("\n")
        if not body.strip():
            raise BadFileError(path, "no article text found in the HTML")
    else:
        page, body = None, raw
    language = detect_language(body)
    proposed = propose_metadata(body, language)
    published, title, outlet = proposed.published, proposed.title, proposed.outlet
    if page is not None:
        title = page.title or title
        outlet = page.sitename or outlet
        if page.date:
            page_date = resolve_date(page.date)
            if page_date.is_known:
                published = ClaimDate(
                    page_date.value, page_date.precision, page.date, True, "", page_date.latest
                )
    return Article(
        title=title or path.stem,
        body=body,
        raw=raw,
        outlet=outlet,
        original_source=proposed.original_source,
        url=page.url if page is not None else "",
        language=language,
        published=published,
        source_path=str(path.resolve()),  # one file, one key: a later import of it finds this one
        imported_at=dt.datetime.now(dt.UTC),
        content_hash=content_hash(raw),
    )


def pasted_article(text: str, html: str = "") -> Article:
    """An article from the clipboard: its HTML when there is some (boilerplate removed as for an
    imported page), else its text; metadata proposed as for a file."""
    page = html_text.extract(html) if html.strip() else None
    body = (page.text if page is not None and page.text.strip() else text).strip("\n")
    if not body.strip():
        raise UserError("the clipboard holds no text")
    language = detect_language(body)
    proposed = propose_metadata(body, language)
    return Article(
        title=(page.title if page is not None else "")
        or proposed.title
        or body.strip().splitlines()[0][:120],
        body=body,
        raw=html or text,
        outlet=(page.sitename if page is not None else "") or proposed.outlet,
        original_source=proposed.original_source,
        url=page.url if page is not None else "",
        language=language,
        published=proposed.published,
        imported_at=dt.datetime.now(dt.UTC),
        content_hash=content_hash(body),
    )


def store_article(db: Database, article: Article, who: str) -> tuple[Article, bool]:
    """Store one article (pasted, say) in one transaction; (stored, False) if it was already there."""
    with db.transaction() as session:
        stored, created = add_article(session, article)
        if created:
            change_log.record(session, who, "article", stored.id, "paste", None, stored.title)  # type: ignore[arg-type]
    return stored, created


def _document_article(path: Path, title: str, body: str) -> Article:
    """A PDF or DOCX: its text layer, with the same proposed metadata as a text file."""
    language = detect_language(body)
    proposed = propose_metadata(body, language)
    return Article(
        title=title or proposed.title or path.stem,
        body=body,
        raw=body,
        outlet=proposed.outlet,
        original_source=proposed.original_source,
        language=language,
        published=proposed.published,
        source_path=str(path.resolve()),
        imported_at=dt.datetime.now(dt.UTC),
        content_hash=content_hash(body),
    )


def _earlier_import(session, article: Article) -> int | None:
    """The article imported from the same file whose text has changed since, if any."""
    if not article.source_path:
        return None
    same_file = sa.select(ArticleRow.id).where(
        ArticleRow.source_path == article.source_path, ArticleRow.content_hash != article.content_hash
    )
    unchanged = sa.select(ArticleRow.id).where(ArticleRow.content_hash == article.content_hash)
    if session.execute(unchanged).first() is not None:
        return None  # the same text is stored already (perhaps from another file): nothing to do
    return session.execute(same_file.order_by(ArticleRow.id.desc()).limit(1)).scalar()


PARALLEL_FROM = 40  # files: below this, starting worker processes costs more than it saves


def parsed_files(
    items: list[Path | BadFileError], cancelled: Callable[[], bool]
) -> Iterator[tuple[Path | BadFileError, Article | BadFileError | None]]:
    """Each item with its parsed article (or the error naming it), in order.

    Parsing (HTML extraction, language, dates) is the costly part of an import: with many files
    it runs in worker processes, one per core, while this process writes what they hand back.
    Workers are spawned, not forked, so they never inherit the window's threads.
    """
    files = [item for item in items if isinstance(item, Path)]
    workers = min(os.cpu_count() or 1, 8)
    if len(files) < PARALLEL_FROM or workers < 2:
        for item in items:
            yield item, None if isinstance(item, BadFileError) else _parse_or_error(item)
        return
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(
        workers, mp_context=context, initializer=end_with_parent
    ) as pool:
        ahead: collections.deque = collections.deque()
        pending = iter(items)
        try:
            for item in itertools.islice(pending, workers * 8):
                ahead.append(
                    (item, None if isinstance(item, BadFileError) else pool.submit(_parse_in_worker, item))
                )
            while ahead:
                item, future = ahead.popleft()
                for more in itertools.islice(pending, 1):  # keep the workers fed, a bounded way ahead
                    ahead.append(
                        (
                            more,
                            None if isinstance(more, BadFileError) else pool.submit(_parse_in_worker, more),
                        )
                    )
                if future is None:
                    yield item, None
                    continue
                outcome = future.result()
                yield item, outcome if isinstance(outcome, Article) else BadFileError(item, outcome)
                if cancelled():
                    break
        finally:
            pool.shutdown(cancel_futures=True)


def _parse_or_error(path: Path) -> Article | BadFileError:
    try:
        return parse_file(path)
    except BadFileError as exc:
        return exc


def _parse_in_worker(path: Path) -> Article | str:
    """In a worker process: the article, or the problem as text (exceptions do not all pickle)."""
    try:
        return parse_file(path)
    except BadFileError as exc:
        return exc.problem
    except Exception as exc:  # a parser's own failure is this file's problem, not the import's
        return f"could not be read ({type(exc).__name__}: {exc})"


def _raise(error: BadFileError | None) -> Article:
    raise error if error is not None else BadFileError("?", "not parsed")


def import_paths(
    db: Database,
    paths: Iterable[Path],
    *,
    progress: Callable[[int, int, Path], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    who: str = "import",
) -> ImportReport:
    report = ImportReport()
    items = list(files_to_import(paths))
    for done, (item, parsed) in enumerate(parsed_files(items, cancelled)):
        if cancelled():
            report.cancelled = True
            break
        if isinstance(item, BadFileError):
            report.errors.append(item)
            continue
        if progress is not None:
            progress(done, len(items), item)
        try:
            article = parsed if isinstance(parsed, Article) else _raise(parsed)
            with db.transaction() as session:
                earlier = _earlier_import(session, article)
                if earlier is not None:
                    update = replace_text(session, earlier, article.body, article.raw, article.content_hash)
                    report.updated.append(update)
                    change_log.record(
                        session,
                        who,
                        "article",
                        earlier,
                        "reimport",
                        None,
                        f"{len(update.moved)} claims moved, {len(update.orphaned)} orphaned",
                    )
                    continue
                stored, created = add_article(session, article)
                if created:
                    change_log.record(session, who, "article", stored.id, "import", None, stored.title)  # type: ignore[arg-type]
        except BadFileError as exc:
            report.errors.append(exc)
            continue
        except DatabaseError as exc:  # the database refused the write (full disk, read-only file)
            report.errors.append(BadFileError(item, f"could not be saved: {exc}"))
            continue
        except SQLAlchemyError as exc:
            report.errors.append(
                BadFileError(item, f"could not be saved: {str(getattr(exc, 'orig', exc)).strip()}")
            )
            continue
        if created:
            report.added.append(stored)
        else:
            report.already_there.append((item, stored.id))  # type: ignore[arg-type]
    return report
