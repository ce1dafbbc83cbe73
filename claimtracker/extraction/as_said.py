"""Attributions by "as": "As the historian Mary Beard notes, Rome was …", "Comme le rappelle Le
Monde, le président …", "…, comme l'a annoncé le porte-parole." The clause on the other side of
the comma is what was said.
"""

from __future__ import annotations

import re

from claimtracker.extraction import adjuncts, outlets, told_whom
from claimtracker.extraction.found import Found
from claimtracker.extraction.inverted_speakers import speaker_after
from claimtracker.extraction.quotations import trimmed
from claimtracker.extraction.speaker_phrases import clause_start
from claimtracker.extraction.verb_checks import lemma_of
from claimtracker.extraction.verb_groups import auxiliary_start

# Read from the start of the verb's clause (the sentence's start or its last comma) to the verb.
# "As X notes" / "as X has said": the speaker between "as" and the verb.
_AS_EN = re.compile(
    r"[\s\u00a0«“\"]*(?:(?:and|but|so|yet)[\s\u00a0]+)?(?:as|like(?=[\s\u00a0]+(?:I|you|he|she|we|they)\b))[\s\u00a0]+"
    r"(?!(?:far|long|soon|much|well|if|though|part|a[\s\u00a0]+result)\b)"
    r"(?P<speaker>I|[^,;:«“\"]{2,80}?)[\s\u00a0]*$",
    re.IGNORECASE,
)  # not "as far as I can tell", "as long as", "as well as"; "As I've said": "I" before its auxiliary
# "comme le rappelle X" / "comme l'a annoncé X": a clitic, the verb, then the speaker.
_AS_FR = re.compile(r"[\s\u00a0«“\"]*comme[\s\u00a0]+(?:l['’]|le[\s\u00a0]+|les[\s\u00a0]+)?$", re.IGNORECASE)
# « Comme je l'ai dit », « comme il l'a rappelé »: the speaker before the clitic and the verb.
_AS_I_SAID_FR = re.compile(
    r"[\s\u00a0«“\"]*comme[\s\u00a0]+(?P<speaker>je|j['’]|il|elle|nous|vous|ils|elles|on)[\s\u00a0]*$",
    re.IGNORECASE,
)
# "As reported by the BBC, …": a passive, its agent before the comma.
_AS_ALONE = re.compile(
    r"[\s\u00a0«“\"]*as[\s\u00a0]+(?:(?:first|previously|earlier|widely|originally)[\s\u00a0]+)?",
    re.IGNORECASE,
)  # "As first reported by Politico, …"
_BY_WHOM = re.compile(
    r"[\s\u00a0]+by[\s\u00a0]+(?P<by>[^,;:«“\"]{2,60}?)"
    r"(?=[\s\u00a0]*(?:[,.;]|$)|[\s\u00a0]+(?:on|last|this|yesterday|earlier|late|in|at)\b)",  # not its day
    re.IGNORECASE,
)
# Whoever says a saying: "as they say", "as people say".
_ANYONE = frozenset(["they", "people", "one", "some", "many"])
_COMMA = re.compile(r"[\s\u00a0]*,[\s\u00a0]*")
# An answer's first word before "as X notes, …": "Yes, and as the World Bank pointed out, …".
_ONLY_AN_ANSWER = re.compile(
    r"[\s\u00a0«“\"]*(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*(?:[\s\u00a0]+(?-i:[A-ZÀ-Ý])[\w'’.-]*){0,3}:[\s\u00a0]*)?"  # "Jane Doe: Yes, …"
    r"(?:(?:yes|no|well|indeed|sure|oui|non|bien sûr)[\s\u00a0]*,)?",
    re.IGNORECASE,
)
# "As I said before, …", "As the minister told parliament on Tuesday, …": when and to whom, then the comma.
_ADJUNCT_THEN_COMMA = re.compile(r"(?:[\s\u00a0]+[\w'’-]+){0,8}?[\s\u00a0]*,[\s\u00a0]*")
_QUOTE_BEFORE_COMMA = re.compile(r"([»”])[\s\u00a0]*,[\s\u00a0]*$")


def _after_last_comma(text: str, start: int, end: int) -> int:
    """Where the verb's clause starts: after the sentence's last comma before it."""
    return max(start, text.rfind(",", start, end) + 1)


def a_saying(text: str, language: str, match: re.Match, start: int) -> bool:
    """ "As they say, there is no such thing as a free lunch": a saying, no one's claim."""
    if language != "en" or match.group("verb").lower() != "say":
        return False
    clause = _after_last_comma(text, start, match.start())
    lead = _AS_EN.match(text, clause, match.start())
    return lead is not None and text[slice(*lead.span("speaker"))].lower() in _ANYONE


def reported_by_after_as(text: str, language: str, match: re.Match, start: int) -> bool:
    """ "As reported by the BBC, …": "as" alone before the verb, which a passive's agent follows."""
    clause = _after_last_comma(text, start, match.start())
    return language == "en" and bool(_AS_ALONE.fullmatch(text, clause, match.start()))


def as_said(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    verb_start = auxiliary_start(text, start, match.start(), language)
    clause = _after_last_comma(text, start, verb_start)
    said_it = _AS_I_SAID_FR.match(text, clause, verb_start) if language == "fr" else None
    if language == "en" and _AS_ALONE.fullmatch(text, clause, verb_start):
        by = _BY_WHOM.match(text, match.end(), end)  # "As reported by the BBC, …": the agent speaks
        if by is None:
            return None
        speaker, after = by.span("by"), by.end()
    elif language == "en":
        lead = _AS_EN.match(text, clause, verb_start)
        if lead is None:
            return None
        speaker, after = trimmed(text, *lead.span("speaker")), match.end()
    elif said_it:  # « Comme je l'ai dit, … »
        speaker, after = said_it.span("speaker"), match.end()
    else:
        lead = _AS_FR.match(text, clause, verb_start)
        if lead is None:
            return None
        found, _stop = speaker_after(text, match.end(), end)
        if found is None:
            return None
        speaker, after = found, found[1]  # "Comme le rappelle Le Monde, le président …": no apposition
    told = None
    if clause == start or _ONLY_AN_ANSWER.fullmatch(
        text, start, clause
    ):  # "(Yes, and) as X notes, <content>"
        comma = (_ADJUNCT_THEN_COMMA if language == "en" or said_it else _COMMA).match(text, after, end)
        if comma is None and (after_adjuncts := _ADJUNCT_THEN_COMMA.match(text, after, end)):
            # « Comme l'a rappelé la ministre mardi / lors de sa conférence de presse, … »
            comma = (
                after_adjuncts
                if adjuncts.only_adjuncts(text, after, after_adjuncts.end(), allow_object=False)
                else None
            )
        if comma is None:
            return None
        content = trimmed(text, comma.end(), end)
        # "As he told Reuters on Monday, …", "As she said in an interview with the BBC, …"
        said_to = text.rfind(",", after, comma.end())
        if lemma_of(match.group("verb"), language) == "tell":
            told = told_whom.outlet_told(text, after, said_to)
        elif said_to > after:
            told = outlets.intermediary_in(text, after, said_to)
    else:  # "<content>, comme l'a annoncé X.", "…, à savoir « <content> », comme l'a annoncé X."
        quotation = _QUOTE_BEFORE_COMMA.search(text, start, clause)
        opening = text.rfind("«" if quotation and quotation.group(1) == "»" else "“", start, clause)
        content = (
            trimmed(text, opening + 1, quotation.start(1))
            if quotation and opening != -1
            else trimmed(text, clause_start(text, start, clause), clause)
        )
        rest = text[after:end].strip(' \u00a0.;!?»”"')
        if rest and not adjuncts.only_adjuncts(text, after, end, allow_object=True):
            return None  # "…, as the minister noted on Tuesday.": when, where or to whom; nothing more
        if rest and lemma_of(match.group("verb"), language) == "tell":
            told = told_whom.outlet_told(text, after, end)  # "…, as she told Reuters."
    if len(text[content[0] : content[1]].split()) < 3 or speaker[1] <= speaker[0]:
        return None
    rule = f"{language}: {'as X says, …' if language == 'en' else 'comme le dit X, …'}"
    return Found(match.span(), speaker, content, told, 0.7, rule)


# "By his group's estimate, more than 1,300 … were turned down": whose estimate it is speaks.
_BY_WHOSE = re.compile(
    r"(?:^|(?<=[\s\u00a0,]))by[\s\u00a0]+(?P<who>(?:(?-i:[A-Z])|the|his|her|its|their|our)[^,;:«»“”\"]{1,60}?)['’]s?"
    r"[\s\u00a0]+(?:own[\s\u00a0]+|latest[\s\u00a0]+|conservative[\s\u00a0]+)?$",
    re.IGNORECASE,
)


def by_whose_estimate(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    """ "By the UN's estimate, …", "…, by his group's estimate.": an estimate is its owner's claim."""
    if language != "en" or match.group("verb").lower() not in ("estimate", "estimates"):
        return None
    by = _BY_WHOSE.search(text, max(start, match.start() - 80), match.start())
    if by is None:
        return None
    if not text[start : by.start()].strip(' \u00a0«“"') and (comma := _COMMA.match(text, match.end(), end)):
        content = trimmed(text, comma.end(), end)  # at the start: what follows is estimated
    elif text[by.start() - 1 : by.start()] in (" ", "\u00a0") and text[start : by.start()].rstrip().endswith(
        ","
    ):
        if text[match.end() : end].strip(' \u00a0.;!?»”"'):
            return None
        content = trimmed(text, start, text[start : by.start()].rstrip().rfind(",") + start)
    else:
        return None
    if len(text[content[0] : content[1]].split()) < 3:
        return None
    return Found(match.span(), trimmed(text, *by.span("who")), content, None, 0.7, "en: by X's estimate, …")
