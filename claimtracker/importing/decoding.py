"""Reading a file as text, or saying clearly why it cannot be."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from claimtracker.errors import BadFileError

MAX_BYTES = 10 * 1024 * 1024  # far above any article; a bigger file is a mistake or not an article

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str


def read_text(path: Path, *, max_bytes: int = MAX_BYTES) -> DecodedText:
    """The file's text with newlines as '\\n'. Raises BadFileError naming the file otherwise."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise BadFileError(
                path,
                f"file too large ({size / 1e6:.1f} MB; articles are limited to {max_bytes / 1e6:.0f} MB)",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise BadFileError(path, f"cannot read the file ({exc.strerror or exc})") from exc
    decoded = decode(path, data)
    if not decoded.text.strip():
        raise BadFileError(path, "empty file (no text to import)")
    return decoded


def decode(path: Path, data: bytes) -> DecodedText:
    if not data:
        raise BadFileError(path, "empty file (0 bytes)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise BadFileError(
                    path,
                    f"starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()} "
                    f"(byte {exc.start})",
                ) from exc
            return DecodedText(_clean(path, text), encoding)
    if b"\x00" in data:
        raise BadFileError(path, "binary file, not text (it contains NUL bytes)")
    try:
        return DecodedText(_clean(path, data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        # Our articles are French and English: their legacy encoding is Windows-1252, which
        # detectors confuse with Central European code pages ("secrètes" read as "secrčtes").
        return DecodedText(_clean(path, data.decode("cp1252")), "cp1252")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in {"utf_8", "utf-8"}:
        raise BadFileError(
            path,
            f"not valid UTF-8 (byte {utf8_error.start}) and no other text encoding fits; "
            "save it as UTF-8 and import it again",
        )
    return DecodedText(_clean(path, str(best)), best.encoding)


def _clean(path: Path, text: str) -> str:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    controls = sum(1 for c in text if c not in "\n\t" and unicodedata.category(c) == "Cc")
    if controls > max(3, len(text) // 200):
        raise BadFileError(path, "binary file, not text (it is full of control characters)")
    return text
