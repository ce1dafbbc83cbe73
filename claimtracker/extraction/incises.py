"""A speaker named inside the quotation it speaks, as French press writes it.

« La situation, a déclaré le ministre, est très grave. » / « C'est grave, explique-t-il. Nous
devons agir. »: the whole quotation is what was said, and the speaker stands in an incise set off
by commas inside it. English closes the quotation around its speaker instead ('“Nobody,” she said,
“can …”'), which `constructions` reads.
"""

from __future__ import annotations

import re

from claimtracker.extraction.found import Found
from claimtracker.extraction.inverted_speakers import inverted_speaker
from claimtracker.extraction.quotations import trimmed

# What may follow the incise inside the quotation: a comma or a stop, then more words or the end.
_INCISE_ENDS = re.compile(r"[\s\u00a0]*(?:[,.!?…][\s\u00a0]*)?(?:»|(?=\w))")


_REOPENS = re.compile(r"\n[\s\u00a0]*$")


def _marks(text: str, mark: str, start: int, end: int) -> list[int]:
    return [start + i for i, char in enumerate(text[start:end]) if char == mark]


def incise(text: str, match: re.Match, verb_start: int) -> Found | None:
    """The quotation around a "…, a déclaré X, …" incise; None when the verb is not inside one."""
    opening = text.rfind("«", 0, verb_start)
    if opening == -1 or "»" in text[opening:verb_start] or "\n" in text[opening:verb_start]:
        return None
    closing = text.find("»", match.end())
    if closing == -1 or any(
        not _REOPENS.search(text, max(0, at - 20), at) for at in _marks(text, "«", match.end(), closing)
    ):  # another quotation before it closes; not the mark that re-opens this one at a paragraph's start
        return None
    lead = text[opening + 1 : verb_start].rstrip(" \u00a0")
    if not lead.endswith(",") or not lead[:-1].strip():
        return None
    speaker, after, intermediary = inverted_speaker(text, "fr", match, verb_start, closing)
    if speaker is None or not _INCISE_ENDS.match(
        text, intermediary[1] if intermediary else after, closing + 1
    ):
        return None
    content = trimmed(text, opening + 1, closing)
    return Found(match.span(), speaker, content, intermediary, 0.8, "fr: « A, a déclaré X, B »")
