"""A report in the passive with its agent: "Our brigade was told by the incident control centre that
water bombers were on their way", « Une prévision jugée « optimiste » par le Haut Conseil ». The
agent speaks; who was told, or what was judged, only receives the words. No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.content_ends import without_the_writers_words
from claimtracker.extraction.found import Found
from claimtracker.extraction.quotations import quote_after, quoted, trimmed
from claimtracker.extraction.reporting_words import REPORT_NOUNS
from claimtracker.extraction.verb_checks import NOT_A_MEANS, PASSIVE_EN

_TOLD_FORMS = frozenset(["told", "informed", "assured", "warned", "advised"])
_BY_AGENT_THAT = re.compile(
    # whoever it was, not how: "by doctors", "by the council", never "by phone"
    r"[\s\u00a0]+by[\s\u00a0]+" + NOT_A_MEANS + r"(?P<agent>[\w'’][^,;:«“\"]{1,60}?)"
    r"[\s\u00a0]*,?[\s\u00a0]+that[\s\u00a0]+",
    re.IGNORECASE,
)


def passive_report(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    """ "X was told by Y that …": Y's words, what follows "that"; « jugée « … » par Y »: Y's judgement."""
    verb = match.group("verb")
    if verb and verb.lower() in _JUDGED_FORMS.get(language, ()):
        return _judged_by(text, language, match, end) or _by_then_as(text, language, match, end)
    if verb and verb.lower() in _DESCRIBED_BY_FR and language == "fr":
        return _by_then_as(text, language, match, end)
    if language == "en" and verb and verb.lower() in _DENIED_FORMS:
        return _denied_by(text, match, start, end)
    if language != "en" or not verb or verb.lower() not in _TOLD_FORMS:
        return None
    if not PASSIVE_EN.search(text, start, match.start()):
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


# A judgement in the passive, its words quoted, then its agent: « jugée « optimiste » par le Haut
# Conseil », 'described as "reckless" by the opposition'.
_JUDGED_FORMS = {
    "fr": frozenset("jugé jugée jugés jugées qualifié qualifiée qualifiés qualifiées".split()),
    "en": frozenset(["described", "called", "branded", "labelled", "labeled"]),
}
_AS_OR_DE = re.compile(r"[\s\u00a0]+(?:as[\s\u00a0]+|de[\s\u00a0]+|d['’])?", re.IGNORECASE)
_CLOSING_MARK = re.compile(r"[\s\u00a0.,!?]*[»”\"›’]")
_BY_AGENT = re.compile(
    r"[\s\u00a0]+(?:par|by)[\s\u00a0]+" + NOT_A_MEANS + r"(?P<agent>[\w'’][^,;:.«“\"]{1,80}?)"
    r"[\s\u00a0]*(?=[,;:.]|$|[\s\u00a0]+(?:qui|who|which|on|last|this|yesterday|today|earlier|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|hier)\b)",  # not its day
    re.IGNORECASE,
)


def _judged_by(text: str, language: str, match: re.Match, end: int) -> Found | None:
    lead = _AS_OR_DE.match(text, match.end(), end)
    opening = quote_after(text, lead.end() - 1 if lead else match.end(), end)
    if opening is None or opening > match.end() + 6:
        return None
    words = quoted(text, opening, end)
    closing = _CLOSING_MARK.match(text, words[1], end)
    if closing is None:
        return None
    close = closing.end()
    by = _BY_AGENT.match(text, close, end)
    if by is None:
        return None
    rule = "fr: jugé « … » par X" if language == "fr" else 'en: described as "…" by X'
    # the judgement with its marks: a word or two, quoted
    return Found(match.span(), trimmed(text, *by.span("agent")), (opening, close), None, 0.55, rule)


# The agent first, then the words: 'described by critics as "a masterpiece"', « décrit par le
# musicien Tom Robinson plus tard comme « un grand retour à la forme » ».
_DESCRIBED_BY_FR = frozenset(
    "décrit décrite décrits décrites présenté présentée présentés présentées".split()
)
_BY_THEN_AS = re.compile(
    r"[\s\u00a0]+(?:par|by)[\s\u00a0]+" + NOT_A_MEANS + r"(?P<agent>[\w'’][^,;:.«“\"]{1,80}?)"
    r"(?:[\s\u00a0]+(?:plus[\s\u00a0]+tard|later|once|aussi|also|alors|then))?[\s\u00a0]+(?:comme|as)[\s\u00a0]*(?=[«“\"])",
    re.IGNORECASE,
)


def _by_then_as(text: str, language: str, match: re.Match, end: int) -> Found | None:
    by = _BY_THEN_AS.match(text, match.end(), end)
    if by is None:
        return None
    words = quoted(text, by.end(), end)
    closing = _CLOSING_MARK.match(text, words[1], end)
    if closing is None:
        return None
    rule = "fr: décrit par X comme « … »" if language == "fr" else 'en: described by X as "…"'
    return Found(match.span(), trimmed(text, *by.span("agent")), (by.end(), closing.end()), None, 0.55, rule)


# A report denied or confirmed in the passive, by its agent: "Rumours that the minister had resigned
# were denied by his office" (the office denies the rumours).
_DENIED_FORMS = frozenset(["denied", "confirmed", "dismissed", "rejected"])
_REPORT_THAT = re.compile(
    rf"[\s\u00a0«“\"]*(?:the[\s\u00a0]+|these[\s\u00a0]+)?(?:{REPORT_NOUNS})[\s\u00a0]+(?:that|of)[\s\u00a0]+"
    r"[^;:]{3,200}?[\s\u00a0]+(?:was|were|have[\s\u00a0]+been|has[\s\u00a0]+been)"
    r"[\s\u00a0]+$",
    re.IGNORECASE,
)


def _denied_by(text: str, match: re.Match, start: int, end: int) -> Found | None:
    report = _REPORT_THAT.match(text, start, match.start())
    by = _BY_AGENT.match(text, match.end(), end) if report else None
    if report is None or by is None:
        return None
    auxiliary = re.search(
        r"[\s\u00a0]+(?:was|were|have[\s\u00a0]+been|has[\s\u00a0]+been)[\s\u00a0]+$",
        text[start : match.start()],
    )
    content = (
        trimmed(text, start, start + auxiliary.start()) if auxiliary else trimmed(text, start, match.start())
    )
    return Found(
        match.span(), trimmed(text, *by.span("agent")), content, None, 0.6, "en: reports … were denied by X"
    )
