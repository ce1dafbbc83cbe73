"""What an import of a claim sheet did, and how it ends when the analyst cancels it."""

from __future__ import annotations

from dataclasses import dataclass, field

from claimtracker.errors import UserError


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("import cancelled: nothing was written")


@dataclass(slots=True)
class ClaimsImportReport:
    claims: int = 0
    articles_added: int = 0
    sources_added: int = 0
    unchanged: int = 0  # already stored as they are in the sheet
    facts_added: int = 0
    changed: list[str] = field(default_factory=list)  # stored already, but different: kept as stored
    reanchored: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [
            f"{self.claims} claims",
            f"{self.articles_added} new articles",
            f"{self.sources_added} new sources",
        ]
        if self.facts_added:
            parts.append(f"{self.facts_added} new facts")
        if self.unchanged:
            parts.append(f"{self.unchanged} already stored")
        if self.changed:
            parts.append(f"{len(self.changed)} stored differently (kept as stored)")
        if self.reanchored:
            parts.append(f"{len(self.reanchored)} re-anchored")
        if self.problems:
            parts.append(f"{len(self.problems)} left out")
        return ", ".join(parts)
