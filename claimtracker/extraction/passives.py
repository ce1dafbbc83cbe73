"""A report in the passive with its agent: "Our brigade was told by the incident control centre that
water bombers were on their way". The agent speaks; who was told only hears. No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.content_ends import without_the_writers_words
from claimtracker.extraction.found import Found
from claimtracker.extraction.quotations import trimmed

_TOLD_FORMS = frozenset(["told", "informed", "assured", "warned", "advised"])
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|had[\s\u00a0]+been)[\s\u00a0]+(?:[a-z]+ly[\s\u00a0]+)?$", re.IGNORECASE
)
_BY_AGENT_THAT = re.compile(
    # whoever it was, not how: "by doctors", "by the council", never "by phone"
    r"[\s\u00a0]+by[\s\u00a0]+(?!(?:phone|telephone|e-?mail|text|letter|mail|post|fax|video)\b)"
    r"(?P<agent>[\w'’][^,;:«“\"]{1,60}?)"
    r"[\s\u00a0]*,?[\s\u00a0]+that[\s\u00a0]+",
    re.IGNORECASE,
)


def passive_report(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    """ "X was told by Y that …": Y's words, what follows "that"."""
    verb = match.group("verb")
    if language != "en" or not verb or verb.lower() not in _TOLD_FORMS:
        return None
    if not _PASSIVE_BEFORE.search(text, start, match.start()):
        return None
    by = _BY_AGENT_THAT.match(text, match.end(), end)
    if by is None:
        return None
    content = without_the_writers_words(text, language, trimmed(text, by.end(), end), quoted=False)
    if len(text[content[0] : content[1]].split()) < 3:
        return None
    return Found(
        match.span(), trimmed(text, *by.span("agent")), content, None, 0.6, "en: X was told by Y that …"
    )
