"""A speaker's name and its apposition, set off by commas: "K.C. Maurer, chief financial officer,",
"The company's chief executive, John Smith,", "…, John Smith, the chief executive, said".

Spans are (start, end) offsets into the text.
"""

from __future__ import annotations

import re

from claimtracker.extraction.descriptions import is_relative
from claimtracker.extraction.main_subject import NP_INNER, segments_of
from claimtracker.extraction.phrase_heads import NAME
from claimtracker.extraction.quotations import trimmed
from claimtracker.extraction.reporting_words import CUE, MONTHS_EN, WEEKDAYS_EN, WEEKDAYS_FR
from claimtracker.extraction.speaker_phrases import FINITE, NP_START, has_finite_verb


def looks_like_name_then_apposition(text: str, start: int, end: int) -> bool:
    """ "K.C. Maurer, chief financial officer, said …": a subject with its apposition, not a content."""
    segments = [s for s in segments_of(text, start, end) if s[1] > s[0]]
    if not segments or len(segments) > 3:
        return False
    words = text[segments[0][0] : segments[0][1]].split()
    if any(
        has_finite_verb(text, segment[0], _before_its_relative(text, *segment)) for segment in segments[1:]
    ):
        return False  # « À Flamanville, l'EPR a été mis en service …, a rappelé X »: a place, then a clause
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w.lower() in NP_INNER for w in words)


# "a crime reporter who was in the office": the apposition's own relative holds its verb.
_RELATIVE_IN_APPOSITION = re.compile(r"(?<=\w)[\s\u00a0]+(?:who|whose|qui|dont)[\s\u00a0]", re.IGNORECASE)


def _before_its_relative(text: str, start: int, end: int) -> int:
    relative = _RELATIVE_IN_APPOSITION.search(text, start, end)
    return relative.start() if relative else end


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
        not 0 < len(text[a:b].split()) <= 12 or has_finite_verb(text, a, b) or is_relative(text, a, b)
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
        and (
            all(w[:1].isupper() or w.lower() in NP_INNER for w in name)
            # an organisation's name after what it is: « Une association de pêcheurs, La Gaule lilloise, »
            or (
                _ORGANISATION_NAME.fullmatch(" ".join(name)) is not None
                and _DETERMINER_FIRST.match(described)
            )
        )
        and len(described.split()) <= 8
        and not has_finite_verb(text, *segments[-2])
        and not FINITE.search(described)
    )


_ORGANISATION_NAME = re.compile(r"(?:(?:La|Le|Les|The)\s|L['’])?(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s[\w'’-]+){0,2}")
_DETERMINER_FIRST = re.compile(r"\s*(?:Une?|Le|La|Les|L['’]|The|An?)\b")


def head_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The name before an apposition: "his wife, Alice" → "his wife"; "Jeff Rathke" stays."""
    comma = text.find(",", start, end)
    return trimmed(text, start, comma) if comma > start else (start, end)


# A person's name apposed to a description: ", Henri-Michel Comet," (two to four capitalised words).
_APPOSED_NAME = re.compile(
    r"[\s\u00a0]*,[\s\u00a0]*"
    # a title before the name: "le chef Alain Roux", "the economist Jane Doe"
    r"(?:(?:le|la|the)[\s\u00a0]+(?-i:[a-zà-ÿ-]{2,})(?:[\s\u00a0]+(?-i:[a-zà-ÿ-]{2,}))?[\s\u00a0]+)?"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w’'.-]+(?:[\s\u00a0]+(?:(?:de|du|van|von|al|bin|da|di)[\s\u00a0]+)?"
    r"(?-i:[A-ZÀ-Ý])[\w’'.-]+){1,3})(?=[\s\u00a0]*(?:[,.;)]|$))"
)
# One word for a name, after a description that ends on a person (not "the terminal's operator, Vopak").
_ONE_NAME = re.compile(
    rf"[\s\u00a0]*,[\s\u00a0]*(?P<name>(?!(?i:{WEEKDAYS_EN}|{MONTHS_EN}|{WEEKDAYS_FR}|however|meanwhile|today)\b)"
    r"(?-i:[A-ZÀ-Ý][a-zà-ÿ’'-]{2,}))(?=[\s\u00a0]*,)"
)
_PERSON_LAST = re.compile(
    r"\b(?:spokes(?:man|woman|person)|wife|husband|widow|daughter|son|mother|father|brother|sister|minister"
    r"|officer|official|aide|lawyer|doctor|porte-parole|épouse|mari|fille|fils|mère|père|frère|sœur|ministre)$",
    re.IGNORECASE,
)
_DESCRIPTION = re.compile(
    r"(?:(?i:the|a|an|its|his|her|their|our|your|my|le|la|les|un|une|son|sa|ses|leur|leurs|notre|votre|mon|ma|ton|ta)\b|(?i:l)['’]|(?-i:[a-zà-ÿ])"
    # "Germany's finance minister", "United's captain": a description too
    r"|(?-i:[A-ZÀ-Ý])[\w.&-]*['’]s[\s\u00a0]+(?-i:[a-zà-ÿ]))"
)


_QUOTED_BY_AS = re.compile(
    r"(?:was|were|is|are|has been|have been)\s+(?:quoted|cited)\s+(?:by|in)\s[^,;:]+\sas"
)


def name_apposed_to(
    text: str, speaker: tuple[int, int], cue: tuple[int, int], content: tuple[int, int]
) -> tuple[int, int] | None:
    """The name apposed to a speaker named by what they are: "le préfet du Rhône, Henri-Michel
    Comet, lors d'un point presse" → "Henri-Michel Comet"; "The spokesman, John Smith, said". The
    registry knows people by name; a description alone would file the claim under "the spokesman"."""
    if not _DESCRIPTION.match(text, *speaker):
        return None
    comma = text.rfind(",", *speaker)
    inside = _APPOSED_NAME.fullmatch(text, comma, speaker[1]) if comma != -1 else None
    if inside is not None:  # "…, the company's spokesman, John Smith, said.": already the whole phrase
        return _name(text, inside)
    found = _APPOSED_NAME.match(text, speaker[1])
    if found is None and _PERSON_LAST.search(text, *speaker) and speaker[1] <= cue[0]:
        found = _ONE_NAME.match(text, speaker[1])  # "an interior ministry spokesman, Reyes, said"
    if found is None:
        return None
    if found.start("name") == content[0]:  # "According to the minister, John Smith, the deal is off"
        rest = re.compile(r"[\s\u00a0]*,[\s\u00a0]*").match(text, found.end(), content[1])
        if rest is None or len(text[rest.end() : content[1]].split()) < 3:
            return None
        if CUE["en"].search(text, rest.end(), content[1]) or CUE["fr"].search(text, rest.end(), content[1]):
            return None  # "According to the Herald, John Burrows, the chairman …, said": his own verb
        return _name(text, found)
    if content[0] < found.end() and found.start() < content[1] and not content[0] <= speaker[0] < content[1]:
        return None  # (a speaker in an incise inside the quotation keeps the name that follows it)
    if speaker[1] <= cue[0]:  # the subject before its verb: only the verb group follows
        between = text[found.end() : cue[0]].strip(" \u00a0,")
        quoted_by = _QUOTED_BY_AS.fullmatch(between)  # "was quoted by the New Zealand Herald as"
        if (
            len(between.split()) > 4 and not quoted_by
        ) or "," in between:  # "a par ailleurs annoncé": a verb group
            return None
    elif speaker[0] < cue[1]:
        return None
    return _name(text, found)


def _name(text: str, found: re.Match) -> tuple[int, int]:
    """The name without the full stop that ends the sentence after it ("…, Gérald Darmanin.")."""
    start, end = found.span("name")
    return (start, end - 1) if text[end - 1] == "." and text[end - 3 : end - 1].isalpha() else (start, end)
