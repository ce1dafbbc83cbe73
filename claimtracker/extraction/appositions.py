"""A speaker's name and its apposition, set off by commas: "K.C. Maurer, chief financial officer,",
"The company's chief executive, John Smith,", "…, John Smith, the chief executive, said".

Spans are (start, end) offsets into the text.
"""

from __future__ import annotations

from claimtracker.extraction.quotations import trimmed
from claimtracker.extraction.speaker_phrases import (
    FINITE,
    NAME,
    NP_INNER,
    NP_START,
    has_finite_verb,
    is_relative,
    segments_of,
)


def looks_like_name_then_apposition(text: str, start: int, end: int) -> bool:
    """ "K.C. Maurer, chief financial officer, said …": a subject with its apposition, not a content."""
    segments = [s for s in segments_of(text, start, end) if s[1] > s[0]]
    if not segments or len(segments) > 3:
        return False
    words = text[segments[0][0] : segments[0][1]].split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w.lower() in NP_INNER for w in words)


def apposed_speaker_before(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The content and the speaker of "Profits will fall, John Smith, the chief executive," before
    "said": a name and its apposition (either first) after at least three words of content."""
    second_comma = text.rfind(",", start, end)
    first_comma = text.rfind(",", start, second_comma) if second_comma > start else -1
    if first_comma <= start:
        return None
    parts = [trimmed(text, first_comma + 1, second_comma), trimmed(text, second_comma + 1, end)]
    content = trimmed(text, start, first_comma)
    described = is_relative(text, *parts[1])  # "…, the man, who lives nearby, said": the man
    if described:
        parts.pop()
    if len(text[content[0] : content[1]].split()) < 3 or any(
        not 0 < len(text[a:b].split()) <= 8 or has_finite_verb(text, a, b) or is_relative(text, a, b)
        for a, b in parts
    ):
        return None
    if not any(
        NAME.fullmatch(word) or (described and word.lower() in NP_START)
        for a, b in parts
        for word in text[a:b].split()[:1]
    ):
        return None
    return content, (parts[0][0], parts[-1][1])


def name_apposed_before(text: str, start: int, end: int) -> bool:
    """ "The company's chief executive, John Smith, said …": a subject and the name apposed to it,
    not a content followed by "said X"."""
    segments = [s for s in segments_of(text, start, end) if s[1] > s[0]]
    if len(segments) < 2:
        return False
    name = text[segments[-1][0] : segments[-1][1]].split()
    described = text[segments[-2][0] : segments[-2][1]]
    return (
        0 < len(name) <= 4
        and all(w[:1].isupper() or w.lower() in NP_INNER for w in name)
        and len(described.split()) <= 8
        and not has_finite_verb(text, *segments[-2])
        and not FINITE.search(described)
    )


def head_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The name before an apposition: "his wife, Alice" → "his wife"; "Jeff Rathke" stays."""
    comma = text.find(",", start, end)
    return trimmed(text, start, comma) if comma > start else (start, end)
