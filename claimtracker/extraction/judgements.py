"""Claims made by judging something rather than by a clause: "accused the council of misleading
residents", 'called the contract "the worst deal in a generation"', 'described the claims as
"scaremongering"', "estimated the damage at £400 million", « a qualifié le budget de « … » », « a
accusé le maire de mentir », « jugeant les chiffres « fantaisistes » ». What was claimed is the
object and what it is judged to be, as one span. No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.adjuncts import only_adjuncts
from claimtracker.extraction.quotations import quoted, trimmed
from claimtracker.extraction.reporting_words import WEEKDAYS_EN, WEEKDAYS_FR

# Lemmas whose claim is an object and a judgement of it, with the word that joins them.
_OBJECT = r"(?P<object>\w(?:(?!\b(?:and|but|et|mais)\b)[^,.;:!?“”\"«»\n]){0,79}?)"
_LEAD = r"[\s\u00a0]*"
_JUDGED = {
    # "accused the council (on Tuesday) of misleading residents", « accuse le maire de mentir »
    "accuse": re.compile(_LEAD + _OBJECT + r"[\s\u00a0]+of[\s\u00a0]+\S", re.IGNORECASE),
    "accuser": re.compile(_LEAD + _OBJECT + r"[\s\u00a0]+(?:de[\s\u00a0]+|d['’])\S", re.IGNORECASE),
    # "criticised the crew for not informing them", « a critiqué l'équipage pour son silence »
    "criticise": re.compile(_LEAD + _OBJECT + r"[\s\u00a0]+for[\s\u00a0]+\S", re.IGNORECASE),
    "critiquer": re.compile(_LEAD + _OBJECT + r"[\s\u00a0]+pour[\s\u00a0]+\S", re.IGNORECASE),
    # 'described the claims as "scaremongering"'
    "describe": re.compile(_LEAD + _OBJECT + r"[\s\u00a0]+as[\s\u00a0]+\S", re.IGNORECASE),
    # 'dismissed the report as "fake news"', 'a charge the ministry dismissed on Wednesday as "untrue"'
    # (with its article: 'dismissed the plan as a "gimmick"'; 'hailed the result as "a victory"')
    "dismiss": re.compile(
        _LEAD + _OBJECT + r"[\s\u00a0]+as[\s\u00a0]+(?:an?[\s\u00a0]+)?(?P<quote>[“\"«])", re.I
    ),
    "reject": re.compile(
        _LEAD + _OBJECT + r"[\s\u00a0]+as[\s\u00a0]+(?:an?[\s\u00a0]+)?(?P<quote>[“\"«])", re.I
    ),
    "hail": re.compile(
        _LEAD + _OBJECT + r"[\s\u00a0]+as[\s\u00a0]+(?:an?[\s\u00a0]+)?(?P<quote>[“\"«])", re.I
    ),
    # "estimated the damage at about £400 million", « estime les dégâts à plusieurs millions d'euros »
    "estimate": re.compile(
        _LEAD
        + _OBJECT
        + r"[\s\u00a0]+at[\s\u00a0]+(?:(?:about|around|roughly|some|more[\s\u00a0]+than|nearly|almost)"
        r"[\s\u00a0]+)?[\d$£€]",
        re.IGNORECASE,
    ),
    "estimer": re.compile(
        _LEAD
        + _OBJECT
        + r"[\s\u00a0]+à[\s\u00a0]+(?:(?:environ|près[\s\u00a0]+de|plus[\s\u00a0]+de|quelque|plusieurs)"
        r"[\s\u00a0]+)?[\d\w]",
        re.IGNORECASE,
    ),
    # 'called the contract "the worst deal …"', « a qualifié le budget de « … » », « jugeant les
    # chiffres « fantaisistes » »: an object, then the judgement in quotation marks
    # (what is called starts as a noun phrase does: not "a comet called Wild 2 ("Vilt-two")")
    "call": re.compile(
        r"[\s\u00a0]*(?=(?:the|a|an|this|that|these|those|it|them|him|her|his|its|their|our|such|what)\b)"
        + _OBJECT
        + r"[\s\u00a0]*(?P<quote>[“\"«])",
        re.IGNORECASE,
    ),
    # 'branded the strike "irresponsible"', 'labelled the report as "fake news"'
    "brand": re.compile(
        _LEAD + _OBJECT + r"[\s\u00a0]*(?:as[\s\u00a0]+(?:an?[\s\u00a0]+)?)?(?P<quote>[“\"«])", re.I
    ),
    "qualifier": re.compile(_LEAD + _OBJECT + r"[\s\u00a0]+(?:de[\s\u00a0]+|d['’])\S", re.IGNORECASE),
    "juger": re.compile(_LEAD + _OBJECT + r"[\s\u00a0]*(?P<quote>[“\"«])", re.IGNORECASE),
    # « décrit des séances « polies mais stériles » »: what is described, then the quoted judgement
    "décrire": re.compile(_LEAD + _OBJECT + r"[\s\u00a0]*(?P<quote>[“\"«])", re.IGNORECASE),
}
# Judgements whose words must be quoted to be a claim: "called the police" is a call.
_JUDGED["label"] = _JUDGED["brand"]
_JUDGED["criticize"] = _JUDGED["criticise"]
_QUOTED_ONLY = frozenset(["call", "brand", "label", "juger", "décrire"])
_SHORT_OBJECT_WORDS = 8
# A day, not an object, between the verb and the quoted judgement.
_WHEN_ONLY = re.compile(
    rf"[\s\u00a0]*(?:(?:ce|{WEEKDAYS_FR}|hier|aujourd['’]hui|soir|matin|on|{WEEKDAYS_EN}|yesterday|today)[\s\u00a0]*)+",
    re.IGNORECASE,
)
# The judged thing before the verb, as a relative's object: « un chiffre que les éleveurs jugent ».
RELATIVE_OBJECT = re.compile(r"\bqu(?:e|['’])[\s\u00a0]*[^,;:«»“”\"]{1,60}$", re.IGNORECASE)
# What is judged goes on in a relative clause: « des séances « polies mais stériles », où « … » ».
_RELATIVE_GOES_ON = re.compile(r"[\s\u00a0]*,[\s\u00a0]*(?:où|dont|where)\b", re.IGNORECASE)
# The writer's words after the judgement: ", making it the costliest storm …", ", which …".
_WRITERS_CLAUSE = re.compile(
    # (not "which, according to him, had warned …": an aside inside the judged clause)
    r",[\s\u00a0]+(?:(?!according\b)[a-z]+ing|which|who|qui|ce[\s\u00a0]+qui)\b"
    r"|[.!?](?=[\s\u00a0]+(?-i:[A-ZÀ-Ý]))"  # a judgement read inside a long quotation ends with its sentence
)
# Where a judged object ends: the subject's next act ("… of lying and ordered an inquiry", « … et a annoncé … »).
_NEXT_ACT = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]+(?:and|but|et|mais)[\s\u00a0]+(?:(?:a|ont|has|have|had)[\s\u00a0]+)?"
    r"(?-i:[a-zé]{3,}(?:ed|é|ait|aient))\b",
    re.IGNORECASE,
)


def judges(lemma: str, text: str, start: int, end: int) -> bool:
    """Whether the words after a verb of `lemma` make it a judgement that claims something: only
    "called X "…"" is a claim among the calls, "described X as …" among the descriptions."""
    pattern = _JUDGED.get(lemma)
    found = pattern.match(text, start, end) if pattern else None
    return found is not None and len(found.group("object").split()) <= _SHORT_OBJECT_WORDS


# What is judged named before, as the object of an English contact relative: "…, a decision the
# ministry described as necessary", "…, a move the union called "reckless"" (the text up to the verb).
_CONTACT_RELATIVE = re.compile(
    r",[\s\u00a0]+(?:a|an|the|this|that)[\s\u00a0]+(?-i:[a-z][\w-]+)[\s\u00a0]+"
    r"(?:the|a|an|its|his|her|their|(?-i:[A-Z]))[^,;:«»“”\"]{0,60}?[\s\u00a0]+[\w-]+$",
    re.IGNORECASE,
)
_JUDGED_NEXT = {
    "describe": re.compile(_LEAD + r"(?:(?:on|last)[\s\u00a0]+\w+[\s\u00a0]+)?as[\s\u00a0]+", re.IGNORECASE),
    "call": re.compile(_LEAD + r"(?:(?:on|last)[\s\u00a0]+\w+[\s\u00a0]*)?(?=[“\"«])", re.IGNORECASE),
}


def judged_in_a_relative(lemma: str, text: str, start: int, end: int) -> int | None:
    """Where the judgement starts when the verb ending at `start` judges the object of a contact
    relative before it ("a decision the ministry described as necessary"), else None."""
    after = _JUDGED_NEXT[lemma].match(text, start, end) if lemma in _JUDGED_NEXT else None
    if after is None or not _CONTACT_RELATIVE.search(text, max(0, start - 120), start):
        return None
    return after.end()


def judged_object(lemma: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The object and its judgement after the verb (and its adjuncts), or None."""
    if (judgement := judged_in_a_relative(lemma, text, start, end)) is not None:
        if text[judgement : judgement + 1] in '“"«':
            return quoted(text, judgement, end)
        content = trimmed(text, judgement, end)
        goes_on = _WRITERS_CLAUSE.search(text, *content)
        return trimmed(text, content[0], goes_on.start()) if goes_on else content
    at = trimmed(text, start, end)[0]
    if (
        lemma == "juger"
        and at < end
        and text[at] in '«“"'
        and RELATIVE_OBJECT.search(text, max(0, start - 100), start)
    ):
        return quoted(text, at, end)  # « un chiffre que les éleveurs jugent « sous-évalué » »: the judgement
    pattern = _JUDGED.get(lemma)
    found = pattern.match(text, at, end) if pattern else None
    if found is None or len(found.group("object").split()) > _SHORT_OBJECT_WORDS:
        return None
    if lemma in ("dismiss", "reject") and _WHEN_ONLY.fullmatch(found.group("object")):
        return quoted(text, found.start("quote"), end)  # "a charge … dismissed on Wednesday as "untrue""
    if lemma in _QUOTED_ONLY and _WHEN_ONLY.fullmatch(found.group("object")):
        judged_end = trimmed(text, found.start("quote"), end)[1]
        return found.start("quote"), judged_end  # « a jugé lundi « inacceptables » les propos »
    if lemma in _QUOTED_ONLY:
        from claimtracker.extraction.after_verb import LEADING_ADJUNCT  # after_verb reads judgements' verbs

        while (adjunct := LEADING_ADJUNCT.match(text, at, found.start("quote"))) and adjunct.end() > at:
            at = trimmed(text, adjunct.end(), end)[0]  # « a jugé mercredi soir sur BFMTV ce mouvement « … » »
        close = quoted(text, found.start("quote"), end)[1]
        while close < end and text[close] in " \u00a0":
            close += 1
        judged_end = close + 1 if close < end and text[close] in '”"»' else close
        if _RELATIVE_GOES_ON.match(text, judged_end, end):
            judged_end = trimmed(text, judged_end, end)[1]  # « des séances « polies … », où « chacun … » »
        return trimmed(text, at, judged_end)
    content = trimmed(text, at, end)
    if text[found.end() - 1] in '“"«':
        close = quoted(text, found.end() - 1, end)[1]
        if close < end and only_adjuncts(text, close + 1, content[1], allow_object=False):
            return trimmed(text, at, close + 1)  # « la grève d'« inacceptable » sur franceinfo mercredi »
    for ending in (_NEXT_ACT, _WRITERS_CLAUSE):
        if goes_on := ending.search(text, found.end(), content[1]):
            content = trimmed(text, content[0], goes_on.start())
    return content
