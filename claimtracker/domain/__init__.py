"""Plain domain objects: no Qt, no SQLAlchemy."""

from claimtracker.domain.articles import Article
from claimtracker.domain.claims import (
    AttributionChain,
    Claim,
    ClaimKind,
    ClaimStatus,
    SourceRef,
    Span,
    TextQuote,
)
from claimtracker.domain.dates import ClaimDate, Precision
from claimtracker.domain.sources import Reliability, Source, SourceKind

__all__ = [
    "Article",
    "AttributionChain",
    "Claim",
    "ClaimDate",
    "ClaimKind",
    "ClaimStatus",
    "Precision",
    "Reliability",
    "Source",
    "SourceKind",
    "SourceRef",
    "Span",
    "TextQuote",
]
