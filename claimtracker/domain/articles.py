"""A news article as imported: its text, where it came from, and when it was published."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from claimtracker.domain.dates import ClaimDate


@dataclass(slots=True)
class Article:
    title: str
    body: str
    raw: str = ""
    outlet: str = ""
    original_source: str = ""
    url: str = ""
    language: str = ""
    published: ClaimDate = field(default_factory=ClaimDate.unknown)
    source_path: str = ""
    imported_at: dt.datetime | None = None
    content_hash: str = ""
    id: int | None = None
    outlet_id: int | None = None  # the outlet and original source as registry sources
    original_source_id: int | None = None
    version: int = 1  # moves on with every stored change of the details: edits conflict, never overwrite

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.raw or self.body)


def content_hash(text: str) -> str:
    """What makes two imports the same article: the text as imported, not its file name."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
