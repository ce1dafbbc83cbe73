"""What follows a source's name to describe it rather than name it: "a diplomat familiar with the
talks", "The report, seen by Reuters,", "Engineers who were not involved", « Le syndicat, à
l'origine du mouvement, ». No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.main_subject import segments_of
from claimtracker.extraction.quotations import trimmed

# What follows a source's name to describe it, not to name it ("a diplomat familiar with …").
_DESCRIPTION = re.compile(
    r"[\s\u00a0]+(?:familiar with|close to|with knowledge of|briefed on|who|which|speaking on condition|made|"
    r"published|posted|released|issued|obtained|seen by)\b"
)
_DESCRIBING = re.compile(
    r"(?:seen|obtained|reviewed|published|released|issued|quoted|cited|speaking|citing|familiar|close|"
    r"interviewed|contacted|consulté|consultée|consultés|consultées|cité|citée|cités|citées|publié|publiée|"
    r"obtenu|obtenue|interrogé|interrogée|interrogés|interrogées|joint|jointe|s['’]exprimant)\b",
    re.IGNORECASE,
)
# The subject's part in events, an apposition that belongs to the speaker: « Le syndicat, à
# l'origine du mouvement, dénonce … » (so what comes before the verb is no content).
ROLE_IN_EVENTS = re.compile(
    r"(?:à l['’]origine d|à la tête d|au cœur d|en charge d|aux commandes d|en première ligne|"
    r"at the heart of|in charge of|at the forefront of|behind the (?:strike|protest|campaign|bid|plan))",
    re.IGNORECASE,
)
RELATIVE = re.compile(r"(?!(?-i:WHO)\b)(?:qui|who|which|dont|où|whose)\b", re.IGNORECASE)


def is_relative(text: str, start: int, end: int) -> bool:
    """ "which it", "qui l'": a relative clause's start, never a speaker."""
    return bool(RELATIVE.match(text, start, end))


def relative_before(text: str, start: int, end: int) -> bool:
    """ "The U.S. ambassador, who spoke on condition of anonymity, said", "The report, seen by
    Reuters, says": the subject's relative clause or description."""
    segments = [s for s in segments_of(text, start, end) if s[1] > s[0]]
    return len(segments) >= 2 and bool(
        RELATIVE.match(text, *segments[-1])
        or _DESCRIBING.match(text, *segments[-1])
        or ROLE_IN_EVENTS.match(text, *segments[-1])
    )


def without_description(text: str, start: int, end: int) -> tuple[int, int]:
    """ "a diplomat in the region familiar with the decision-making" → "a diplomat in the region"."""
    found = _DESCRIPTION.search(text, start, end)
    if found and (
        _BARE_PEOPLE.fullmatch(text, start, found.start())
        or (_HOW_THEY_KNOW.match(found.group()) and UNNAMED.fullmatch(text, start, found.start()))
        or (_WHOSE_FIGURES.match(text, found.start(), end) and _FIGURES.search(text, start, found.start()))
        or (
            found.group().split()[0].lower() == "who"  # "Engineers who …", "A supporter who lives nearby"
            and (
                BARE_PLURAL.fullmatch(text, start, found.start())
                or UNNAMED.fullmatch(text, start, found.start())
            )
        )
    ):
        # "people familiar with the matter", "a diplomat close to the talks": the description is
        # all that says who, or how they know (up to a relative)
        relative = _RELATIVE_AFTER_DESCRIPTION.search(text, found.end(), end)
        return trimmed(text, start, relative.start()) if relative else (start, end)
    if found and _SENDER_OF_THE_DOCUMENT.search(text, start, found.start()):
        return trimmed(text, start, found.end())  # "a statement the company issued (Wednesday)": its sender
    return trimmed(text, start, found.start()) if found and found.start() > start else (start, end)


_RELATIVE_AFTER_DESCRIPTION = re.compile(
    r"[\s\u00a0,]+(?:who|which|speaking[\s\u00a0]+on[\s\u00a0]+condition|because)\b", re.IGNORECASE
)
_HOW_THEY_KNOW = re.compile(r"[\s\u00a0]+(?:familiar with|close to|with knowledge of|briefed on)\b")
# Someone left unnamed: "a diplomat in the region", "a senior official" (not "the minister").
UNNAMED = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)[\s\u00a0]+[a-z][^A-Z]*")
# Figures and documents say whose they are: "figures released by the Office for National
# Statistics", "specific information obtained by the PMOI" (not "a report seen by Reuters": a relay).
_WHOSE_FIGURES = re.compile(
    r"[\s\u00a0]+(?:released|published|issued|obtained|compiled|collected|conducted|gathered)[\s\u00a0]+"
    r"(?:[\w'’-]+[\s\u00a0]+){0,2}?by\b"
)
_FIGURES = re.compile(
    r"\b(?:figures|data|statistics|numbers|documents|records|information|report|study|survey|poll|estimates"
    # and what speaks for its sender: "A statement released by the spokesman Christopher Bentley said"
    r"|statement|letter|memo|e-?mail|notice|filing|communiqu[ée]|interview|article|documentary|investigation)$",
    re.IGNORECASE,
)
# A document, then who sent it, with no "that": "a statement the company issued".
_SENDER_OF_THE_DOCUMENT = re.compile(
    r"\b(?:statement|letter|memo|e-?mail|notice|filing|report|note|message)[\s\u00a0]+(?:the|a|an|its|his|her"
    r"|their)[\s\u00a0]+[\w'’ \u00a0-]{1,40}$",
    re.IGNORECASE,
)
# A plural with no article, which only its relative clause identifies: "Engineers", "Those".
BARE_PLURAL = re.compile(
    r"(?:[A-Za-z]+[\s\u00a0]+)?(?:(?-i:[A-Za-z]{3,}s)|people|(?:wo)?men|children)|those|ceux|celles",
    re.IGNORECASE,
)
DEFINED_BY_RELATIVE = re.compile(
    rf"(?:{BARE_PLURAL.pattern}|(?-i:{UNNAMED.pattern}))[\s\u00a0]+who\b", re.IGNORECASE
)
# A head that names nobody without its description: "people", "two sources", "a person".
_BARE_PEOPLE = re.compile(
    r"(?:(?:a|one|two|three|four|five|several|some|many|\d+)[\s\u00a0]+)?"
    r"(?:people|persons?|sources?|someone|those|others|insiders)",
    re.IGNORECASE,
)


# Who passed the source's words on, in a relative after its name: "According to X, whose remarks were
# reported by the Telegraph, …", « Selon X, dont les propos ont été rapportés par Le Monde, … ».
WHOSE_REMARKS = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]*(?:whose|dont[\s\u00a0]+les)[\s\u00a0]+(?:remarks|comments|words|propos|déclarations)[\s\u00a0]+"
    r"(?:were|ont[\s\u00a0]+été)[\s\u00a0]+(?:reported|carried|quoted|relayed|rapportés|relayés|cités)[\s\u00a0]+"
    r"(?:by|in|par|dans)[\s\u00a0]+(?P<by>[^,;:«“\"]{2,60}?),[\s\u00a0]*",
    re.IGNORECASE,
)
