"""Finding a claim's span again after its article's text changed.

A span is moved only when its quote, with enough of its prefix and suffix, points to exactly one
place; otherwise the claim is reported as orphaned, never moved silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from claimtracker.domain.claims import Span, TextQuote


class AnchorState(StrEnum):
    UNCHANGED = "unchanged"
    MOVED = "moved"
    ORPHANED = "orphaned"


@dataclass(frozen=True, slots=True)
class AnchorResult:
    state: AnchorState
    span: Span | None
    reason: str = ""


def reanchor(text: str, quote: TextQuote, old: Span) -> AnchorResult:
    if text[old.start : old.end] == quote.exact and _context_score(text, quote, old.start) > 0:
        return AnchorResult(AnchorState.UNCHANGED, old)
    starts = _occurrences(text, quote.exact)
    if not starts:
        return AnchorResult(AnchorState.ORPHANED, None, "the quoted text is no longer in the article")
    if len(starts) == 1:
        start = starts[0]
        return AnchorResult(AnchorState.MOVED, Span(start, start + len(quote.exact)))
    scored = sorted(((_context_score(text, quote, s), s) for s in starts), reverse=True)
    if scored[0][0] > scored[1][0]:
        start = scored[0][1]
        return AnchorResult(AnchorState.MOVED, Span(start, start + len(quote.exact)))
    return AnchorResult(
        AnchorState.ORPHANED, None, f"the quoted text occurs {len(starts)} times with the same context"
    )


def _occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _context_score(text: str, quote: TextQuote, start: int) -> int:
    """How many characters of prefix and suffix agree around `start` (1 if there is no context)."""
    before = text[max(0, start - len(quote.prefix)) : start]
    after_start = start + len(quote.exact)
    after = text[after_start : after_start + len(quote.suffix)]
    score = _common_suffix(before, quote.prefix) + _common_prefix(after, quote.suffix)
    return score if quote.prefix or quote.suffix else 1


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
