"""Reading a JSON claim sheet: one pass over the file, then one record at a time.

A sheet of 100,000 claims is some 230 MB of JSON and several times that as Python objects. The
file is mapped into memory (pages the system can drop again, not the process's own) and
msgspec checks it and splits it into its sections in one pass, keeping each record as the raw
bytes it spans; a record becomes Python objects only when the importer reads it. The sheet's
`format` is checked first; a syntax error anywhere names the file (with line and column when the
file is small enough to read whole for it).
"""

from __future__ import annotations

import contextlib
import json
import mmap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec

from claimtracker.errors import BadFileError
from claimtracker.exporting.json_export import FORMAT

MAX_BYTES = 2 * 1024 * 1024 * 1024
_READ_WHOLE_FOR_ERRORS = 20 * 1024 * 1024
_RELEASE_EVERY = 2000  # records: some 4 MB of a sheet of ours


class _Format(msgspec.Struct):
    format: Any = None


class _Sections(msgspec.Struct):
    """The sections the importer reads; the annotations (the same spans for other tools) are skipped."""

    format: Any = None
    articles: list[msgspec.Raw] = []
    sources: list[msgspec.Raw] = []
    claims: list[msgspec.Raw] = []
    facts: list[msgspec.Raw] = []


class _ClaimId(msgspec.Struct):
    id: Any = None


class ClaimSheet:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.size = path.stat().st_size
            if self.size > MAX_BYTES:
                raise BadFileError(path, f"file too large ({self.size / 1e6:.0f} MB)")
            if self.size == 0:
                raise BadFileError(path, "the file is empty")
            with path.open("rb") as file:
                self._mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        except OSError as exc:
            raise BadFileError(path, f"cannot read the file ({exc.strerror or exc})") from exc
        self._sections = self._decode()
        self._release_read_pages()
        self._records = msgspec.json.Decoder()

    def __enter__(self) -> ClaimSheet:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Unmaps the file, unless a record still points into it (a traceback may hold one): then
        the mapping goes with the last of them."""
        self._sections = _Sections()
        with contextlib.suppress(BufferError):
            self._mapped.close()

    def count(self, section: str) -> int:
        return len(getattr(self._sections, section))

    def records(self, section: str, first: int = 0, stop: int | None = None) -> Iterator[Any]:
        """The items of one of the sheet's lists (from index `first` to `stop`), each as plain
        Python objects (dicts, lists…)."""
        for number, raw in enumerate(getattr(self._sections, section)[first:stop], 1):
            if number % _RELEASE_EVERY == 0:
                self._release_read_pages()
            yield self._records.decode(raw)

    def record(self, section: str, number: int) -> Any:
        """Record `number` (from 1) of one of the sheet's lists, read again."""
        return self._records.decode(getattr(self._sections, section)[number - 1])

    def _release_read_pages(self) -> None:
        """The pages of the file read so far stop counting towards the process's memory: they
        stay in the system's cache, and what is read again comes back from there. Without it a
        sheet of 270 MB counted whole, as it was read, on top of what the import holds."""
        if hasattr(self._mapped, "madvise") and hasattr(mmap, "MADV_DONTNEED"):
            self._mapped.madvise(mmap.MADV_DONTNEED)

    def claim_ids(self) -> list[Any]:
        """Each claim record's "id", read without the rest of the record."""
        ids = msgspec.json.Decoder(_ClaimId)
        found = []
        for raw in self._sections.claims:
            try:
                found.append(ids.decode(raw).id)
            except msgspec.ValidationError:  # not an object: reported when the claim is read
                found.append(None)
        return found

    def _decode(self) -> _Sections:
        """The sheet split into its records in one pass; a file that is not one is named as such,
        with what is wrong when it is a sheet of ours written wrong."""
        try:
            sections = msgspec.json.decode(self._mapped, type=_Sections)
        except msgspec.ValidationError as exc:
            if self._format() != FORMAT:
                raise self._not_a_sheet() from exc
            raise BadFileError(self.path, f"not a claim sheet as ClaimTracker writes it ({exc})") from exc
        except msgspec.DecodeError as exc:
            raise BadFileError(self.path, self._syntax_error(exc)) from exc
        if sections.format != FORMAT:
            raise self._not_a_sheet()
        return sections

    def _format(self) -> Any:
        """The sheet's "format", read apart when the whole did not fit (only then: a second pass)."""
        try:
            return msgspec.json.decode(self._mapped, type=_Format).format
        except msgspec.DecodeError:  # not an object at all
            return None

    def _not_a_sheet(self) -> BadFileError:
        return BadFileError(self.path, f'not a ClaimTracker claim sheet (no "format": "{FORMAT}")')

    def _syntax_error(self, exc: Exception) -> str:
        """Where the JSON breaks: line and column from the standard parser when the file is small."""
        if self.size <= _READ_WHOLE_FOR_ERRORS:
            try:
                json.loads(self.path.read_bytes().decode("utf-8"))
            except UnicodeDecodeError as error:
                return f"not UTF-8 (byte {error.start})"
            except json.JSONDecodeError as error:
                return f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        return f"not valid JSON ({exc})"
