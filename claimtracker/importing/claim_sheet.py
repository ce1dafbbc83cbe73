"""Reading a JSON claim sheet one record at a time, without holding the file in memory.

A sheet of 100,000 claims is some 230 MB of JSON, several times that as Python objects: each
section (articles, sources, claims, facts) is streamed with ijson's C parser instead, one
pass per section, and only the records of the section being read are alive. The sheet's
`format` is checked first; a syntax error anywhere names the file (with line and column when
the file is small enough to read whole for it).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import ijson

from claimtracker.errors import BadFileError
from claimtracker.exporting.json_export import FORMAT

MAX_BYTES = 2 * 1024 * 1024 * 1024
_READ_WHOLE_FOR_ERRORS = 20 * 1024 * 1024


class ClaimSheet:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.size = path.stat().st_size
        except OSError as exc:
            raise BadFileError(path, f"cannot read the file ({exc.strerror or exc})") from exc
        if self.size > MAX_BYTES:
            raise BadFileError(path, f"file too large ({self.size / 1e6:.0f} MB)")
        formats = list(self._stream("format", limit=1))
        if formats != [FORMAT]:
            raise BadFileError(path, f'not a ClaimTracker claim sheet (no "format": "{FORMAT}")')

    def records(
        self, section: str, on_bytes: Callable[[int], None] | None = None, *, raw_prefix: bool = False
    ) -> Iterator[Any]:
        """The items of one of the sheet's lists (or, with `raw_prefix`, the values at an ijson
        prefix such as "claims.item.id"); `on_bytes(position)` as the file is read."""
        yield from self._stream(section if raw_prefix else f"{section}.item", on_bytes=on_bytes)

    def _stream(self, prefix: str, limit: int | None = None, on_bytes=None) -> Iterator[Any]:
        try:
            with self.path.open("rb") as raw:
                source: BinaryIO = _Tracked(raw, on_bytes) if on_bytes else raw  # type: ignore[assignment]
                for count, item in enumerate(ijson.items(source, prefix, use_float=True), 1):
                    yield item
                    if limit is not None and count >= limit:
                        return
        except OSError as exc:
            raise BadFileError(self.path, f"cannot read the file ({exc.strerror or exc})") from exc
        except (ijson.JSONError, UnicodeDecodeError) as exc:
            raise BadFileError(self.path, self._syntax_error(exc)) from exc

    def _syntax_error(self, exc: Exception) -> str:
        """Where the JSON breaks: line and column from the standard parser when the file is small."""
        if self.size <= _READ_WHOLE_FOR_ERRORS:
            try:
                json.loads(self.path.read_bytes().decode("utf-8"))
            except UnicodeDecodeError as error:
                return f"not UTF-8 (byte {error.start})"
            except json.JSONDecodeError as error:
                return f"not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return f"not valid JSON ({first})"


class _Tracked:
    """A binary file that reports how far it has been read."""

    def __init__(self, raw: BinaryIO, on_bytes: Callable[[int], None]) -> None:
        self.raw, self.on_bytes, self.position = raw, on_bytes, 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.position += len(data)
        self.on_bytes(self.position)
        return data
