"""Who said something: people, organisations, outlets, documents, anonymous groups."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from claimtracker.domain.text import translated


class SourceKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    OUTLET = "outlet"
    DOCUMENT = "document"
    ANONYMOUS_GROUP = "anonymous_group"
    UNKNOWN = "unknown"


class Reliability(StrEnum):
    """Admiralty code for source reliability."""

    A = "A"  # completely reliable
    B = "B"  # usually reliable
    C = "C"  # fairly reliable
    D = "D"  # not usually reliable
    E = "E"  # unreliable
    F = "F"  # reliability cannot be judged

    @property
    def label(self) -> str:
        return translated("Reliability", _RELIABILITY_LABELS[self])

    @property
    def rank(self) -> int:
        """0 for A (completely reliable) … 5 for F: a larger rank is a weaker grade."""
        return "ABCDEF".index(self.value)


_RELIABILITY_LABELS = {
    Reliability.A: "Completely reliable",
    Reliability.B: "Usually reliable",
    Reliability.C: "Fairly reliable",
    Reliability.D: "Not usually reliable",
    Reliability.E: "Unreliable",
    Reliability.F: "Reliability cannot be judged",
}


CREDIBILITY_MEANINGS = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}


def admiralty_code(reliability: Reliability | None, credibility: int | None) -> str:
    """The grade as analysts write it, 'B2': source reliability A–F, then claim credibility 1–6.

    What is not graded yet is written as the standard's "cannot be judged" (F, 6), which is what
    an ungraded part means; '' when neither part is graded."""
    if reliability is None and credibility is None:
        return ""
    return f"{(reliability or Reliability.F).value}{credibility or 6}"


def weakest_link(links: Sequence[tuple[str, Reliability | None]]) -> tuple[str, Reliability] | None:
    """The link of a chain whose source is least reliable, and its grade.

    The rule: a claim is only as reliable as the least reliable source it passed through. A
    source not graded counts as F (reliability cannot be judged). Between equally graded links,
    the one nearest the origin is named. None for an empty chain."""
    weakest: tuple[str, Reliability] | None = None
    for name, reliability in links:
        grade = reliability or Reliability.F
        if weakest is None or grade.rank > weakest[1].rank:
            weakest = (name, grade)
    return weakest


def chain_code(links: Sequence[tuple[str, Reliability | None]], credibility: int | None) -> str:
    """'F3': the weakest link's grade with the claim's credibility; '' when nothing is graded at
    all (neither a source of the chain nor the claim)."""
    if credibility is None and all(grade is None for _name, grade in links):
        return ""
    weakest = weakest_link(links)
    return admiralty_code(weakest[1] if weakest else None, credibility)


def chain_grade(links: Sequence[tuple[str, Reliability | None]], credibility: int | None) -> str:
    """'F3 via weakest link NCRI': `chain_code`, naming the weakest link of a longer chain."""
    code = chain_code(links, credibility)
    weakest = weakest_link(links)
    if not code or weakest is None or len(links) == 1:
        return code
    return translated("Grades", "{code} via weakest link {name}").format(code=code, name=weakest[0])


def admiralty_meaning(reliability: Reliability | None, credibility: int | None) -> str:
    """What each letter and figure of the code say, for a tooltip."""
    source = (
        translated("Grades", "{code}: source {meaning}").format(
            code=reliability.value, meaning=reliability.label.lower()
        )
        if reliability
        else translated("Grades", "F: the speaker is not graded (reliability cannot be judged)")
    )
    claim = (
        f"{credibility}: {translated('Credibility', CREDIBILITY_MEANINGS[credibility]).lower()}"
        if credibility
        else translated("Grades", "6: the claim is not graded (truth cannot be judged)")
    )
    return f"{source}\n{claim}"


@dataclass(slots=True)
class Source:
    name: str
    kind: SourceKind = SourceKind.UNKNOWN
    aliases: tuple[str, ...] = ()
    affiliation: str = ""
    reliability: Reliability | None = None
    notes: str = ""
    id: int | None = None
    version: int = field(default=1, compare=False)

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


_PUNCTUATION_TO_SPACE = str.maketrans({c: " " for c in "-‐‑–—_.,;:'’‘`´\"«»()"})


def normalise_name(name: str) -> str:
    """The key two spellings of one name share: 'Ismaël  Qaani' and 'ismael qaani' match.

    Accents, case, punctuation and repeated spaces are ignored; letters are kept as they are, so
    'Qani' and 'Qaani' stay distinct (that is a spelling variant, found by similarity instead).
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().translate(_PUNCTUATION_TO_SPACE).split())
