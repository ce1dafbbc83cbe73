"""A report inside the writer's apposition to a content: "…, a move the Resolution Foundation
estimates will raise £8bn a year". The apposition is the writer's words (`content_ends` cuts it
off the first content); its own verb has a speaker, and what it reports is the rest of the clause.
No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.found import Found
from claimtracker.extraction.main_subject import IRREGULAR_PASTS
from claimtracker.extraction.quotations import in_a_figure, trimmed
from claimtracker.extraction.speaker_phrases import clause_start, has_finite_verb

# ", a move (that) the Resolution Foundation" just before the verb: the thing, then who reports on it.
_THING_THEN_SPEAKER = re.compile(
    r",[\s\u00a0]+(?:a|an)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?(?:move|decision|step|change|measure|policy|plan|cut|rise"
    r"|increase|reform|freeze|deal)[\s\u00a0]+(?:that[\s\u00a0]+|which[\s\u00a0]+)?"
    r"(?P<speaker>(?:the[\s\u00a0]+)?(?-i:[A-Z])[^,;:«“\"]{1,60}?|analysts|economists|experts|critics|officials)[\s\u00a0]*$",
    re.IGNORECASE,
)
# What the relative reports starts with its verb: its subject is the thing ("will raise £8bn").
_VERB_FIRST = re.compile(
    r"[\s\u00a0]+(?:will|would|could|can|may|might|should|must|is|was|are|were|has|had|have|cost|costs)\b",
    re.IGNORECASE,
)


# ", which the World Health Organization" just before the verb: a relative whose object it reports.
_WHICH_THEN_SPEAKER = re.compile(
    r"(?:,[\s\u00a0]*(?:which|that|who|whom)|(?P<restrictive>[\s\u00a0](?-i:who|whom)))[\s\u00a0]+(?P<speaker>(?:the|its|his|her|their)[\s\u00a0]+[^,;:«“\"]{1,60}?"
    r"|(?-i:[A-Z])[^,;:«“\"]{1,60}?|(?-i:it|they|he|she|police|officials|authorities|investigators|prosecutors"
    r"|witnesses))(?<![\s\u00a0])(?<!['’]s)[\s\u00a0]*$",  # "…, which it says would save …", "…, who police said was armed"
    # (not "…, that the president's remarks could …": whose remarks, a noun)
    re.IGNORECASE,
)
_IRREGULAR_PASTS = "|".join(sorted(IRREGULAR_PASTS))
_PAST_FIRST = re.compile(
    rf"[\s\u00a0]+(?-i:[a-z]{{3,}}ed|spread|proves|shows|means|wrote|{_IRREGULAR_PASTS})\b"
)


# The relative's own verb group ("was armed", "had been seen", "hid"), then the main clause's verb.
_FIRST_VERB_GROUP = re.compile(
    r"[\s\u00a0]+(?:(?:was|were|is|are|has|had|have|will|would|could|may|might)(?:[\s\u00a0]+(?:been|being|not))?"
    r"[\s\u00a0]+[\w-]+|[\w-]+)",
    re.IGNORECASE,
)
_MAIN_VERB = re.compile(
    r"[\s\u00a0]+(?-i:was|were|is|are|has|had|have|will|would|could|can|may|might|must|should"
    rf"|[a-z]{{3,}}ed|said|told|got|{_IRREGULAR_PASTS})\b"
)


def in_the_writers_apposition(
    text: str, language: str, match: re.Match, start: int, end: int
) -> Found | None:
    """ ", a move the Resolution Foundation estimates will raise £8bn a year": the foundation's estimate."""
    if language != "en":
        return None
    lead = _THING_THEN_SPEAKER.search(text, start, match.start())
    if lead is not None and _VERB_FIRST.match(text, match.end(), end):
        content = trimmed(text, match.end(), end)
        return Found(
            match.span(), trimmed(text, *lead.span("speaker")), content, None, 0.6, "en: a move X estimates …"
        )
    which = _WHICH_THEN_SPEAKER.search(text, start, match.start())
    if which is None or not (
        _VERB_FIRST.match(text, match.end(), end) or _PAST_FIRST.match(text, match.end(), end)
    ):
        return None
    # "The outbreak, which the WHO says began in the camps in August, had moved …": up to the comma
    comma = text.find(",", match.end(), end)
    while comma != -1 and in_a_figure(text, comma):  # "would save £420,000 a year"
        comma = text.find(",", comma + 1, end)
    if which.group("restrictive"):  # "The man who police said was armed fled": up to the main verb
        first = _FIRST_VERB_GROUP.match(text, match.end(), end)
        main = _MAIN_VERB.search(text, first.end() if first else match.end(), end)
        comma = main.start() if main and (comma == -1 or main.start() < comma) else comma
    content = trimmed(text, match.end(), comma if comma != -1 else end)
    return Found(
        match.span(), trimmed(text, *which.span("speaker")), content, None, 0.6, "en: which X says …"
    )


# A restrictive "who" right before the verb, and the main clause's verb after the relative's clause.
_RESTRICTIVE_WHO = re.compile(r"(?<=[^,\s])[\s\u00a0]+(?-i:who)[\s\u00a0]*$")
_CLAUSE_WORDS = r"(?:(?!\b(?:that|which|who|what|and|or|but|because|if|when)\b)[^,;:])"
_SECOND_VERB_GROUP = re.compile(
    rf"{_CLAUSE_WORDS}*?\b(?:is|are|was|were|has|have|had|will|would|can|could|do|does|did)\b{_CLAUSE_WORDS}*?"
    r"(?P<main>(?<=[a-z])[\s\u00a0]+(?:have|has|had|are|were|will|would|can|could|must|should)[\s\u00a0]+(?:been"
    r"[\s\u00a0]+|not[\s\u00a0]+)?(?-i:[a-z]{3,}))"
)


def subjects_own_verb(text: str, start: int, verb_start: int, content: tuple[int, int]) -> int | None:
    """Where the main clause's verb starts inside `content` when the speaker is the subject of the
    sentence, named by a restrictive relative: "Residents who say the plant is unsafe have filed a
    complaint" (not "The company has hired lawyers who say …": the relative is the object's)."""
    who = _RESTRICTIVE_WHO.search(text, start, verb_start)
    if who is None or has_finite_verb(text, clause_start(text, start, who.start()), who.start()):
        return None
    main = _SECOND_VERB_GROUP.match(text, *content)
    return main.start("main") if main else None
