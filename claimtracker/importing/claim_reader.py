"""A sheet's claim records read into rows, in a second process when the sheet is large.

Reading a claim record (every field checked, its chain and dates read, its columns converted
to what the database stores) costs Python some 20 µs: two seconds of a 100,000-claim import in
which SQLite would otherwise wait. With two cores, a spawned process reads batch k + 1 while
this one writes batch k; the first batch is read here, while that process starts up. A batch crosses the pipe as plain tuples, pickled (about 1.5 ms for
1,000 claims). The process starts before anything else of the import, so that its start-up
(half a second) overlaps the importer's own reading of the sheet, and so it is chosen by the
sheet's size: below `APART_FROM` bytes (some 20,000 claims) the records are read here.

What the reader cannot decide without the database (whether the claim's article is new,
whether its span still holds its quote) it leaves to the importer, which falls back to reading
the record itself for anything unusual.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from claimtracker.collector import collector_paused
from claimtracker.errors import UserError
from claimtracker.importing.claim_sheet import ClaimSheet
from claimtracker.importing.new_claims import rows_of
from claimtracker.importing.sheet_records import claim_of, reason
from claimtracker.processes import end_with_parent
from claimtracker.storage.bulk_writes import claim_converters

APART_FROM = 40 * 1024 * 1024  # bytes of sheet: ours take about 2 KB a claim
BATCH = 1000  # claims read at a time: the importer's progress and cancel come between them
# Read in another process: as many as the importer writes at a time. The reader can only be one
# batch ahead (it waits while the batch it sent is read), so smaller batches kept the importer
# waiting at each of its writes.
BATCH_APART = 5000

# A claim read: (record number, its id in the sheet, its parent's id in the sheet, its article
# here, span start, span end, quote, every link a registry source, the claim's row without its
# id, its links' rows without the claim's id, its tags). A record that cannot be read: (record
# number, "claim N (id …): what is wrong").
Read = tuple


def read_batches(
    sheet: ClaimSheet,
    article_ids: dict,
    source_ids: dict,
    dialect: sa.Dialect,
    now: dt.datetime,
    size: int = BATCH,
    first: int = 0,
    stop: int | None = None,
) -> Iterator[list[Read]]:
    """The sheet's claims (from index `first` to `stop`), read, in batches of `size`."""
    claim_row, link_row = claim_converters(dialect)
    batch: list[Read] = []
    for number, record in enumerate(sheet.records("claims", first, stop), first + 1):
        batch.append(_read(number, record, article_ids, source_ids, now, claim_row, link_row))
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def where_of(record: Any, number: int) -> str:
    """How a message names a claim record."""
    return f"claim {number} (id {record.get('id')})" if isinstance(record, dict) else f"claim {number}"


def _read(number, record, article_ids, source_ids, now, claim_row, link_row) -> Read:
    try:
        claim = claim_of(record, article_ids, source_ids)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return (number, f"{where_of(record, number)}: {reason(exc)}")
    row, links, tags = rows_of(claim, now, claim_row, link_row)
    return (
        number,
        claim.id,
        claim.parent_id,
        claim.article_id,
        claim.span.start,
        claim.span.end,
        claim.quote.exact,
        all(link.id is not None for link in claim.chain.links),
        row,
        links,
        tags,
    )


class ClaimReader:
    """The claims of a sheet, read here or, for a large sheet, in a process started at once
    (it opens the sheet while the importer opens it too and stores the articles and sources)."""

    def __init__(self, path: Path, dialect: sa.Dialect, now: dt.datetime) -> None:
        self.path, self.dialect, self.now = path, dialect, now
        self._process: Any = None
        try:
            large = path.stat().st_size >= APART_FROM
        except OSError:  # the importer names the file
            large = False
        if large and multiprocessing.cpu_count() >= 2:
            context = multiprocessing.get_context("spawn")
            self._pipe, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(theirs, path, dialect.name, now), daemon=True)
            try:
                process.start()
                self._process = process
            except OSError:  # no process to be had (a limit on processes, memory): read here
                self._pipe.close()
            theirs.close()

    def _failed(self, why: str) -> UserError:
        return UserError(f"{self.path}: its claims could not be read: {why}; nothing was written")

    def _stopped(self) -> UserError:
        return UserError(f"{self.path}: the process reading the sheet's claims stopped; nothing was written")

    def batches(self, sheet: ClaimSheet, article_ids: dict, source_ids: dict) -> Iterator[list[Read]]:
        if self._process is None:
            yield from read_batches(sheet, article_ids, source_ids, self.dialect, self.now)
            return
        try:
            self._pipe.send((article_ids, source_ids))
            # The first batch is read here, while the reader is still starting up.
            yield from read_batches(
                sheet, article_ids, source_ids, self.dialect, self.now, BATCH_APART, 0, BATCH_APART
            )
            while (batch := self._pipe.recv()) is not None:
                if isinstance(batch, str):
                    raise self._failed(batch)
                yield batch
        except (EOFError, OSError):
            raise self._stopped() from None

    def close(self) -> None:
        if self._process is not None:
            self._pipe.close()
            self._process.terminate()  # on a cancel it may still be reading
            self._process.join(5)
            self._process = None

    def __enter__(self) -> ClaimReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _serve(pipe: Connection, path: Path, dialect_name: str, now: dt.datetime) -> None:
    """The second process: the sheet's claims read and sent batch by batch, then None (or
    what went wrong, as text)."""
    end_with_parent()
    try:
        dialect = sa.create_engine(f"{dialect_name}://").dialect if dialect_name == "sqlite" else _Plain()
        with ClaimSheet(path) as sheet, collector_paused():
            article_ids, source_ids = pipe.recv()
            for batch in read_batches(sheet, article_ids, source_ids, dialect, now, BATCH_APART, BATCH_APART):
                pipe.send(batch)
        pipe.send(None)
    except (BrokenPipeError, EOFError):  # the importer stopped listening: cancelled
        return
    except Exception as exc:  # reported to the importer, which rolls back
        pipe.send(f"{type(exc).__name__}: {exc}")


class _Plain:
    """A dialect whose driver takes the values as they are (for `driver_form`)."""

    name = "plain"
