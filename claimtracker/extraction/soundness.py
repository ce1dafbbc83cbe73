"""Which suggestions are worth showing: a speaker that is no clause of its own, a content of a
few words (a whole quotation or a feeling said of oneself may be one word), no evidence taken
for a speaker. No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.bare_objects import CLAUSE
from claimtracker.extraction.found import Found
from claimtracker.extraction.reporting_words import CLOSING_QUOTES, EVIDENCE_WORDS, OPENING_QUOTES
from claimtracker.extraction.verb_groups import REFLEXIVE_BEFORE

# A subject pronoun followed by two more words: a clause of its own, no speaker.
_CLAUSE_AS_SPEAKER = re.compile(
    r"(?:he|she|they|we|i|it|il|elle|ils|elles|je|nous)[\s\u00a0]+[\w'’-]+[\s\u00a0]+\w"
    # a comparison, whose relative holds the verb: "ahead of the 3.2% analysts had forecast"
    r"|(?:ahead[\s\u00a0]+of|than|above|below|compared[\s\u00a0]+with|up[\s\u00a0]+from|down[\s\u00a0]+from)\b"
    # a relative's pronoun, its subject after the verb: « …, ce que dément l'armée »
    r"|ce[\s\u00a0]+qu(?:e|['’])"
    # an infinitive: "but to do so three times in a row suggests a weakness"
    r"|to[\s\u00a0]+(?-i:[a-z]+)[\s\u00a0]+(?-i:[a-z])",
    re.IGNORECASE,
)


_ADVERBS_ONLY = re.compile(r"(?-i:[a-z]+ly)(?:[\s\u00a0]+(?-i:[a-z]+ly))*")


def _oneself(text: str, found: Found) -> bool:
    """« Les parents se disent épuisés »: how the speakers say they are, a word is enough."""
    return text[found.cue[0] : found.cue[0] + 2].lower() == "di" and bool(
        REFLEXIVE_BEFORE.search(text, max(0, found.cue[0] - 4), found.cue[0])
    )


def _whole_quotation(text: str, content: tuple[int, int]) -> bool:
    """'they said, "Wow."': a short quotation is still what was said, word for word."""
    before = text[max(0, content[0] - 3) : content[0]].rstrip(" \u00a0")[-1:]  # « soulagé », French spaced
    after = text[content[1] : content[1] + 4].lstrip(" \u00a0.!?,")
    return bool(before) and before in OPENING_QUOTES and after[:1] in CLOSING_QUOTES


_SUGGESTS = re.compile(r"sugg(?:est|[eèé]r)|indicat|indiquant", re.IGNORECASE)
_EVIDENCE = re.compile(
    rf"\b(?:{EVIDENCE_WORDS})\b",
    re.IGNORECASE,
)


def sound(text: str, found: Found) -> bool:
    """Spans worth showing: a speaker of two letters or more, or "I" (an interviewee, a witness
    quoted at length), a content of a few words."""
    speaker, content = found.speaker, found.content
    if _CLAUSE_AS_SPEAKER.match(text, *speaker):
        return False  # "She explained how Warhol's adoption of the camera revealed …": a clause
    if _ADVERBS_ONLY.fullmatch(text, *speaker):
        return False  # 'said his client "strongly denies any involvement"': the client is outside
    if _SUGGESTS.match(text, *found.cue) and _EVIDENCE.search(text, *speaker):
        return (
            False  # "The early voting suggests that …", "Earlier studies suggested …": evidence, not speech
        )
    return (
        (speaker[1] - speaker[0] >= 2 or text[speaker[0] : speaker[1]] == "I")
        and content[1] - content[0]
        >= (
            2  # 'replied: "No."'
            if _whole_quotation(text, content)
            else 3
            if CLAUSE.match(text, *content) or _oneself(text, found)
            else 8
        )
        and (found.intermediary is None or found.intermediary[1] > found.intermediary[0])
    )
