"""Attributed claims: what was said, by whom, through whom, when."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from claimtracker.domain.dates import ClaimDate
from claimtracker.domain.text import translated

QUOTE_CONTEXT = 32  # characters of prefix and suffix kept to re-anchor a span


class ClaimKind(StrEnum):
    DIRECT_QUOTE = "direct_quote"
    PARAPHRASE = "paraphrase"
    DOCUMENT_CONTENT = "document_content"


class ClaimStatus(StrEnum):
    UNVERIFIED = "unverified"
    CORROBORATED = "corroborated"
    DISPUTED = "disputed"
    REFUTED = "refuted"


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets [start, end) into an article's body text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"span {self.start}:{self.end} is empty or negative")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class TextQuote:
    """The quoted text and its surroundings (W3C Web Annotation TextQuoteSelector)."""

    exact: str
    prefix: str = ""
    suffix: str = ""

    @classmethod
    def from_text(cls, text: str, span: Span) -> TextQuote:
        if span.end > len(text):
            raise ValueError(f"span {span.start}:{span.end} ends after the text ({len(text)} characters)")
        return cls(
            exact=text[span.start : span.end],
            prefix=text[max(0, span.start - QUOTE_CONTEXT) : span.start],
            suffix=text[span.end : span.end + QUOTE_CONTEXT],
        )


class Role(StrEnum):
    """What a link of the chain did with the claim."""

    ORIGIN = "origin"  # who first said it
    DOCUMENT = "document"  # a report, statement or leak that is cited
    INTERMEDIARY = "intermediary"  # who passed it on
    PUBLISHER = "publisher"  # who published it


class Relation(StrEnum):
    """How a link passed the claim on, where the text shows it."""

    UNSAID = ""
    TOLD = "told"
    REPORTED = "reported"
    QUOTED = "quoted"
    ACCORDING_TO = "according to"
    REPUBLISHED = "republished"


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A source as a chain link names it: by id once stored, by name until then; its role in the
    chain, and how it passed the claim on (with the words that say so)."""

    name: str
    id: int | None = None
    role: Role | None = None  # None: the default for its place (see `AttributionChain.role_of`)
    relation: Relation = Relation.UNSAID
    cue: str = ""


@dataclass(frozen=True, slots=True)
class AttributionChain:
    """Who passed the claim to whom, from the original speaker to the outlet that published it.

    "two Iraqi security officials told Reuters", republished by NCRI, is
    (two Iraqi security officials, Reuters, NCRI).
    """

    links: tuple[SourceRef, ...]

    def __post_init__(self) -> None:
        if not self.links:
            raise ValueError("an attribution chain needs at least the speaker")

    @classmethod
    def of(cls, *names: str) -> AttributionChain:
        return cls(tuple(SourceRef(n) for n in names))

    @property
    def speaker(self) -> SourceRef:
        return self.links[0]

    @property
    def intermediaries(self) -> tuple[SourceRef, ...]:
        return self.links[1:-1]

    @property
    def publisher(self) -> SourceRef | None:
        return self.links[-1] if len(self.links) > 1 else None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(link.name for link in self.links)

    def role_of(self, position: int) -> Role:
        """A link's role: as set, else origin for the first and intermediary for the others."""
        role = self.links[position].role
        if role is not None:
            return role
        return Role.ORIGIN if position == 0 else Role.INTERMEDIARY

    def with_roles(self) -> AttributionChain:
        """The same chain with every link's role written out."""
        return AttributionChain(
            tuple(replace(link, role=self.role_of(i)) for i, link in enumerate(self.links))
        )

    def display(self) -> str:
        return " → ".join(self.names)

    def display_roles(self) -> str:
        """'certains responsables irakiens (origin) → un rapport secret (document) → …'."""
        return " → ".join(
            f"{link.name} ({translated('Role', self.role_of(i).value)})" for i, link in enumerate(self.links)
        )


def chain_columns(names: list[str] | tuple[str, ...]) -> tuple[str, str, str, str]:
    """How every sheet and table shows a chain: (speaker, via, publisher, whole chain).

    "via" is every link after the speaker, the last one included, as the via filter reads it;
    "publisher" repeats that last link on its own."""
    return (
        names[0] if names else "",
        " → ".join(names[1:]),
        names[-1] if len(names) > 1 else "",
        " → ".join(names),
    )


@dataclass(slots=True)
class Claim:
    article_id: int
    span: Span
    quote: TextQuote
    chain: AttributionChain
    text: str = ""
    kind: ClaimKind = ClaimKind.PARAPHRASE
    cue: str = ""
    claim_date: ClaimDate = field(default_factory=ClaimDate.unknown)
    event_date: ClaimDate = field(default_factory=ClaimDate.unknown)
    credibility: int | None = None
    status: ClaimStatus = ClaimStatus.UNVERIFIED
    tags: tuple[str, ...] = ()
    note: str = ""
    parent_id: int | None = None
    orphaned: bool = False
    id: int | None = None
    version: int = field(default=1, compare=False)

    def __post_init__(self) -> None:
        if self.credibility is not None and not 1 <= self.credibility <= 6:
            raise ValueError(f"credibility must be 1 to 6, not {self.credibility}")

    @classmethod
    def from_span(cls, article_id: int, body: str, span: Span, chain: AttributionChain, **fields) -> Claim:
        """A claim on `body[span]`, its quote anchor taken from the text and `text` defaulting to it."""
        quote = TextQuote.from_text(body, span)
        fields.setdefault("text", quote.exact)
        return cls(article_id=article_id, span=span, quote=quote, chain=chain, **fields)
