"""Views named by « pour »: « Pour Jean Dupont, chercheur à l'Ifri, « … » » and « Pour l'opposition,
cette décision est « un aveu d'échec » ». Only with a quotation: « Pour la ville, c'est une bonne
nouvelle » may say whom it serves, not who thinks so. No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.descriptions import without_description
from claimtracker.extraction.found import Found
from claimtracker.extraction.quotations import quoted, trimmed

# "Pour Jean Dupont, chercheur à l'Ifri, « … ».": whose view the quotation is, when it ends the sentence.
_VIEW_OF = re.compile(
    r"[\s\u00a0]+(?P<who>[^,;:«“\"]{2,80}?)[\s\u00a0]*,(?:[\s\u00a0]*(?P<aside>[^,;:«“\"]{2,120}?),)?[\s\u00a0]*(?=[«“])"
)
# The aside that names the medium the view was given to: « Pour la ministre, interrogée sur CNews, « … » ».
_ASKED_ON = re.compile(
    r"(?:interrogée?s?|invitée?s?|interviewée?s?|questionnée?s?)(?:[\s\u00a0]+\w+)?[\s\u00a0]+(?:sur|par|de|du|à|au)"
    r"[\s\u00a0]+(?P<by>(?:l['’]|le[\s\u00a0]+|la[\s\u00a0]+)?(?-i:[A-ZÀ-Ý]).{1,40})",
    re.IGNORECASE,
)
_QUOTE_ENDS_SENTENCE = re.compile(r"[\s\u00a0]*[»”][\s\u00a0]*[.!]?[\s\u00a0]*$")


def view_of(text: str, match: re.Match, end: int) -> Found | None:
    """Pour X, « … ». The quotation must run to the sentence's end: "Pour la première fois,
    « Le Monde » publie …" quotes a name."""
    view = _VIEW_OF.match(text, match.end(), end)
    if view is None:
        return _view_of_clause(text, match, end)
    content = quoted(text, view.end(), end)
    if (
        not _QUOTE_ENDS_SENTENCE.match(text, content[1], end)
        or len(text[content[0] : content[1]].split()) < 3
    ):
        return None
    speaker = without_description(text, *trimmed(text, *view.span("who")))
    asked = _ASKED_ON.fullmatch(text, *view.span("aside")) if view.group("aside") else None
    relay = trimmed(text, *asked.span("by")) if asked else None
    return Found(match.span(), speaker, content, relay, 0.7, "fr: pour X, « … »")


# "Pour l'opposition, cette décision est « un aveu d'échec »", « Pour le maire, la filière a « tiré
# les leçons » de ces échecs »: a view, its clause holding a quotation.
_VIEW_CLAUSE = re.compile(
    r"[\s\u00a0]+(?P<who>(?:l['’]|(?:le|la|les|son|sa|ses|leur|leurs)[\s\u00a0]+|(?-i:[A-ZÀ-Ý]))[^,;:«“\"\d]{1,60}?)"
    r"[\s\u00a0]*,[\s\u00a0]*(?P<clause>[^«“\"]{3,200}[«“][^»”]{2,200}[»”][^.!?;:«“\"]{0,80})"
)
# Not someone: "Pour la première fois", "Pour cette raison", "Pour l'instant", "Pour ce faire".
_NOT_A_VIEW = re.compile(
    r"(?:l['’]|la|le|les|ce|cette|sa|son|ses|leur|leurs|ma|mon|notre)?[\s\u00a0]*(?:première|dernière|seconde)?[\s\u00a0]*(?:fois|instant|heure|moment|raison"
    r"|faire|suite|essentiel|année|semaine|mois|saison|rappel|mémoire|info|reste|part)\b",
    re.IGNORECASE,
)
# What someone is, after their name: "économiste à l'OFCE, " (lowercase, no article: « la
# direction, qui refuse … » is the clause's subject); or the name after what they are: « le
# président d'EDF, Luc Rémont, ».
_APPOSED_DESCRIPTION = re.compile(
    r"(?P<what>(?!(?:le|la|les|l['’]|un|une|des|ce|cette|ces|son|sa|ses|leur|leurs|il|elle|ils|elles|on)\b)"
    r"(?-i:[a-zà-ÿ])[^,;:«“\"]{2,60}?|(?-i:[A-ZÀ-Ý][\w'’-]+(?:[\s\u00a0]+[A-ZÀ-Ý][\w'’-]+){1,3}))[\s\u00a0]*,[\s\u00a0]*",
    re.IGNORECASE,
)


def _view_of_clause(text: str, match: re.Match, end: int) -> Found | None:
    """Pour X, <a clause holding a quotation>: X's view, when X names someone."""
    view = _VIEW_CLAUSE.match(text, match.end(), end)
    if view is None or _NOT_A_VIEW.match(text, *view.span("who")):
        return None
    if text[view.end() : end].strip(" \u00a0.!"):
        return None  # the clause ends the sentence
    speaker = without_description(text, *trimmed(text, *view.span("who")))
    clause = trimmed(text, *view.span("clause"))
    if apposed := _APPOSED_DESCRIPTION.match(text, *clause):  # « Pour Marie Dupont, économiste à l'OFCE, … »
        speaker, clause = (speaker[0], apposed.end("what")), trimmed(text, apposed.end(), clause[1])
    return Found(match.span(), speaker, clause, None, 0.65, "fr: pour X, … « … »")
