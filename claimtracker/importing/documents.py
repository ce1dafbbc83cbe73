"""Text from the documents analysts are sent: PDF (its text layer, with pypdf) and DOCX (its
paragraphs, with python-docx). Both libraries load on first use. A scanned PDF has no text
layer: it is refused with a message that says so, never imported empty."""

from __future__ import annotations

import re
from pathlib import Path

from claimtracker.errors import BadFileError

PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
MIN_TEXT = 20  # characters: fewer than this from a whole PDF means there is no text layer


def pdf_text(path: Path) -> tuple[str, str]:
    """(title, text) of a PDF: the pages' text, a blank line between pages."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise BadFileError(path, "the PDF is protected by a password")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else "") or ""
    except (PdfReadError, OSError, ValueError) as exc:
        raise BadFileError(path, f"not a readable PDF ({exc})") from exc
    text = "\n\n".join(_tidy(page) for page in pages).strip()
    if len(text) < MIN_TEXT:
        raise BadFileError(
            path,
            "the PDF has no text layer (a scan?): run it through OCR first, e.g. ocrmypdf, then import it",
        )
    return str(title).strip(), text


def docx_text(path: Path) -> tuple[str, str]:
    """(title, text) of a Word document: its paragraphs, then its tables' cells."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise BadFileError(path, "not a readable DOCX (not a Word document, or damaged)") from exc
    paragraphs = [p.text.strip() for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append(" | ".join(cell.text.strip() for cell in row.cells))
    text = "\n\n".join(p for p in paragraphs if p)
    if not text.strip():
        raise BadFileError(path, "the document holds no text")
    return (document.core_properties.title or "").strip(), text


def _tidy(page: str) -> str:
    """Lines broken by the PDF layout joined back into paragraphs; hyphenated words rejoined."""
    page = re.sub(r"(\w)-\n(\w)", r"\1\2", page)
    page = re.sub(r"(?<![.!?:»”\"])\n(?=\S)", " ", page)
    return re.sub(r"[ \t]+", " ", page).strip()
