"""Whether the words after a reporting verb only say when, where or to whom ("a déclaré lundi à
l'AFP que", "said on Monday."), not what: the verb's object is then no content. No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.asides import CHANNEL
from claimtracker.extraction.date_phrases import WHEN_PHRASE
from claimtracker.extraction.outlets import ON_A_DAY, intermediary_in
from claimtracker.extraction.reporting_words import (
    EN_FORMS,
    FR_FORMS,
    MONTHS_FR,
    SPEECH_INFINITIVES,
    TURN_FR,
    WEEKDAYS_EN,
    WEEKDAYS_FR,
)
from claimtracker.extraction.told_whom import noun_phrase_after

TIME_WORDS = re.compile(
    r"\b(?:dernier|dernière|prochain|prochaine|matin|soir|semaine|mois|année|jour|veille|lendemain|week-end"
    r"|day|week|weekend|month|year|morning|evening|night|ago|earlier|later|fois|times"
    r"|semaines|jours|années|days|weeks|months|years"  # « ces dernières semaines »
    rf"|(?:début|fin|courant|mi-)[\s\u00a0]*(?:{MONTHS_FR}|(?:19|20)\d\d))\b",  # « a confirmé début novembre que »
    re.IGNORECASE,
)
# An English finite verb: the words after "said" are a clause, not when it was said.
_FINITE_EN = re.compile(r"\b(?:is|are|was|were|has|had|have|will|would|could|should|might|must)\b")

_PARTICIPLES = frozenset(form for form in (*EN_FORMS, *FR_FORMS) if form.endswith(("ing", "ant")))
# "the board", "his staff": a short object, then what starts an adjunct.
_SHORT_OBJECT = re.compile(
    r"[\s\u00a0]+(?:the|a|an|his|her|their|its|our)[\s\u00a0]+(?:[\w'’-]+[\s\u00a0]+)??[\w'’-]+"
    r"(?=[\s\u00a0]+(?P<next>[\w'’]+))",
    re.IGNORECASE,
)
_ADJUNCT_START = frozenset(
    """
    à au aux dans lors devant hier lundi mardi mercredi jeudi vendredi samedi dimanche ce cette aussi sur sous
    également encore alors ensuite publiquement récemment mais on in at during last this yesterday today
    earlier later also then again publicly repeatedly recently while whilst par via through without sans
    monday tuesday wednesday thursday friday saturday sunday as amid because following despite after before
    for over since throughout every late early overnight depuis pendant by aboard outside inside near all often always
    sometimes constantly again souvent toujours parfois régulièrement here en from
    just only right soon hours minutes moments juste peu quelques
    """.split()
)
_DATED = re.compile(rf"[\s\u00a0,]*(?:{WHEN_PHRASE})(?=[\s\u00a0,]|$)[\s\u00a0,]*", re.IGNORECASE)
# Whose turn it is, after the verb: "assure pour sa part que", "a de son côté indiqué que".
_TURN = re.compile(rf"[\s\u00a0,]*(?:{TURN_FR})[\s\u00a0,]*", re.IGNORECASE)


_AIRED_THEN_WHEN = re.compile(
    r"[\s\u00a0]*(?:broadcast|aired|shown|published|released|diffusée?|publiée?)(?=[\s\u00a0]+(?:on[\s\u00a0]+)?"
    rf"(?:{WEEKDAYS_EN}|{WEEKDAYS_FR}|yesterday|hier|last|this|ce|cette|{WHEN_PHRASE})\b)",
    re.IGNORECASE,
)
# How those told were gathered or reached: "told reporters gathered outside the court that", "told a
# news conference broadcast live that" (the participle and its adjuncts belong to the audience).
AUDIENCE_GATHERED = re.compile(
    r"[\s\u00a0]+(?:gathered|assembled|waiting|broadcast|aired|televised|streamed|held|convened|hosted|attended"
    r"|packed|crowded)\b",
    re.IGNORECASE,
)
# "said it many times", "said it before": the saying repeated, what was said after the punctuation.
SAID_IT_BEFORE = re.compile(
    r"[\s\u00a0]+(?:it|this|that)[\s\u00a0]+(?:(?:many|several|countless|numerous|multiple|a[\s\u00a0]+few|a[\s\u00a0]+hundred"
    r"|a[\s\u00a0]+thousand)[\s\u00a0]+times|before|again|repeatedly|often|all[\s\u00a0]+along"
    r"|from[\s\u00a0]+the[\s\u00a0]+(?:start|beginning)|over[\s\u00a0]+and[\s\u00a0]+over(?:[\s\u00a0]+again)?)"
    r"(?:[\s\u00a0]+(?:before|again|now|already|publicly))?[\s\u00a0]*(?P<punct>[,:;—–])?",
    re.IGNORECASE,
)
# Whom a speaker addressed, after "explained", "said", "wrote": "to the board", "to reporters", "to Congress".
_TO_SOMEONE = re.compile(
    r"[\s\u00a0]*to[\s\u00a0]+(?:(?:the|a|an|his|her|their|its|our|my|your)[\s\u00a0]+[\w'’-]+"
    r"|(?:me|him|her|us|them|you|reporters|journalists|lawmakers|parliament)\b|(?-i:[A-Z])[\w'’.-]*(?:[\s\u00a0]+(?-i:[A-Z])[\w'’.-]*)*)"
    r"(?=[\s\u00a0,]|$)",
    re.IGNORECASE,
)
# Whom it was said of: « a dit de vous que », « dit d'elle qu' », « a dit du ministre qu' ».
_OF_SOMEONE = re.compile(
    r"[\s\u00a0]*(?:(?:de|d['’])[\s\u00a0]*(?:lui|elle|elles|eux|vous|nous|moi|toi)\b"
    r"|(?:du|de[\s\u00a0]+la|de[\s\u00a0]+l['’]|des)[\s\u00a0]*[\w'’-]+(?:[\s\u00a0]+[\w'’-]+)?(?=[\s\u00a0]+qu))",
    re.IGNORECASE,
)
# The writer's ranking of the event told, set off by a comma: "the latest in a series of …".
_RANKING = (
    r"(?:the|a|an|le|la|l['’]|un|une)[\s\u00a0]+(?:latest|first|second|third|fourth|fifth|last|biggest|largest|worst"
    r"|deadliest|newest|highest|lowest|hottest|coldest|wettest|driest|strongest|weakest|longest|shortest|fastest"
    r"|slowest|best|greatest|smallest|fewest|dernier|dernière|premier|première)\b"
)
WRITERS_RANKING = re.compile(_RANKING, re.IGNORECASE)
RANKING_AFTER_COMMA = re.compile(r",[\s\u00a0]+" + _RANKING, re.IGNORECASE)
_ADJUNCT_CLAUSE_AFTER = re.compile(
    r",[\s\u00a0]*(?:(?:(?:a|one|two|three|four|five|six|several|\d+)[\s\u00a0]+(?:hours?|days?|weeks?|months?)"
    r"[\s\u00a0]+)?(?:as|whilst|while|amid|after|before|because|when|since|following|despite)|alors[\s\u00a0]+que"
    r"|tandis[\s\u00a0]+que|après|avant|pendant[\s\u00a0]+que|au[\s\u00a0]+moment[\s\u00a0]+où"
    # "…, X said on Wednesday, a day after officials said …": the writer's when; the writer's ranking of
    # the event: "…, the governor said on Sunday, the latest in a series of …"
    r"|" + _RANKING + r")\b",
    re.IGNORECASE,
)


# The verb that goes on after "A, X said last week, B": "…, has now been passed" (not ", up from 31").
PREDICATE_GOES_ON = re.compile(
    r"(?:(?:now|also|still|already|not)[\s\u00a0]+)?(?:is|was|are|were|has|had|have|will|would|could|can|should|may"
    r"|might|must|remains|remained)\b",
    re.IGNORECASE,
)
# Only when or where, between a verb and the comma of "A, X said last week, B".
ONLY_WHEN = re.compile(
    rf"(?:{ON_A_DAY}|[\s\u00a0]+(?:{WHEN_PHRASE})|[\s\u00a0]+{CHANNEL})[\s\u00a0]*",  # "…, X said in a statement, B"
    re.IGNORECASE,
)


_SET_OFF = re.compile(r"[\s\u00a0]*[,:][\s\u00a0]+$")


def set_off(text: str, position: int, opening: int) -> bool:
    """Whether the quotation opened at `opening` is set off by a colon or a comma and a space, after
    what says when: 'told me, "…"', 'told staff last week: "…"' (not 'told them "stories"')."""
    mark = _SET_OFF.search(text, position, opening)
    return mark is not None and (
        mark.start() == position or bool(ONLY_WHEN.fullmatch(text, position, mark.start()))
    )


# A French infinitive clause the speaker reports of themselves: « ne pas avoir constaté », « avoir reçu ».
_INFINITIVE_CLAUSE_FR = re.compile(
    r"(?<![\w'’])(?:ne[\s\u00a0]+(?:pas|jamais|plus|rien)[\s\u00a0]+(?:avoir|être)|n['’](?:avoir|être)[\s\u00a0]+(?:pas|jamais|rien)"
    r"|(?:avoir|être)[\s\u00a0]+(?:été|eu|\w+(?:é|ée|és|ées|i|is|u|us|ue|ues|it|ert)))(?![\w'’])",
    re.IGNORECASE,
)


SPEAKING_TO = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]*(?:speaking|talking|s['’]exprimant)[\s\u00a0]+(?:to|with|à|au|sur)[\s\u00a0]+[^,;:.!?]{1,60}"
    r"[\s\u00a0.]*",
    re.IGNORECASE,
)


def adjuncts_end(text: str, start: int, end: int) -> int:
    """Where the words after a verb stop saying when, where or to whom: before a clause of when
    or the writer's ranking ("…, said on Sunday, the latest in a series of strikes on …")."""
    clause = _ADJUNCT_CLAUSE_AFTER.search(text, start, end)
    return clause.start() if clause else end


# Why a speaker goes unnamed, after the verb: "speaking on condition of anonymity", "requesting anonymity".
_UNNAMED = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]*(?:(?:speaking|talking)[\s\u00a0]+(?:on[\s\u00a0]+condition[\s\u00a0]+of[\s\u00a0]+anonymity"
    r"|anonymously|on[\s\u00a0]+background)|(?:requesting|asking[\s\u00a0]+for)[\s\u00a0]+anonymity"
    r"|asking[\s\u00a0]+not[\s\u00a0]+to[\s\u00a0]+be[\s\u00a0]+(?:named|identified))\b",
    re.IGNORECASE,
)


def only_adjuncts(text: str, start: int, end: int, *, allow_object: bool) -> bool:
    """Whether the words between a verb and its "que"/sentence end only say when, where or to whom.

    "a déclaré lundi à l'AFP que" and "said on Monday." pass; "a annoncé la nomination de …"
    does not (the verb has an object: it is the content). `allow_object` lets one short object
    through ("told Reuters").
    """
    told = noun_phrase_after(text, start, end) if allow_object else None
    if told and only_adjuncts(text, told[1], end, allow_object=False):
        return True  # "…, a senior official told Reuters on condition of anonymity."
    audience = _SHORT_OBJECT.match(text, start, end) if allow_object else None
    if audience and audience.group("next").lower() in _ADJUNCT_START:
        return only_adjuncts(
            text, audience.end(), end, allow_object=False
        )  # "told the board before the vote."
    clause = _ADJUNCT_CLAUSE_AFTER.search(text, start, end)
    if clause:  # "…, officials said on Tuesday, as rescue teams searched for …": when, not what
        end = clause.start()
    if SPEAKING_TO.fullmatch(text, start, end):
        return True  # "…, the governor said, speaking to Sky News.": to whom, how
    turn = _TURN.match(text, start, end) or _UNNAMED.match(text, start, end)
    if turn:
        start = turn.end()  # "…, said two officials speaking on condition of anonymity because …"
    if addressed := _TO_SOMEONE.match(text, start, end) or _OF_SOMEONE.match(text, start, end):
        start = addressed.end()  # "explained to the board that …", « a dit de vous que »
    if aired := _AIRED_THEN_WHEN.match(text, start, end):
        start = aired.end()  # "told a BBC documentary broadcast on Monday that": when it went out
    while dated := _DATED.match(text, start, end):  # "a déclaré le 12 mars (à l'AFP) que"
        start = dated.end()
    words = text[start:end].strip(" \u00a0,").split()
    if words and words[-1].lower().endswith(("ing", "ant")) and words[-1].lower() in _PARTICIPLES:
        return False  # "complained, saying that …", "had written to X suggesting that …": the participle's "that"
    if len(words) == 1 and not allow_object and _PLURAL_OBJECT.fullmatch(words[0]):
        return False  # "Demand was high, shops reported shortages.": an object, not when or where
    if len(words) <= (3 if allow_object else 1):
        return True
    if _INFINITIVE_CLAUSE_FR.search(text, start, end):
        return False  # « a indiqué à l'AFP ne pas avoir constaté … »: what was said, an infinitive
    first = words[0].strip(',.;:«»“”"()').lower()
    if len(words) <= 5 and TIME_WORDS.search(text, start, end) and not _FINITE_EN.search(text, start, end):
        return True  # "le mois dernier" (but "said the year had been hard" has a clause)
    if first.endswith("ly") and first not in _ADJUNCT_START and _FINITE_EN.search(text, start, end):
        return False  # "said separately it was probing the leak": an adverb, then the content's clause
    return len(words) <= 10 and (first in _ADJUNCT_START or first.endswith(("ment", "ly")))


# A plural noun alone after the verb (not "always", « toujours », « depuis »).
_PLURAL_OBJECT = re.compile(
    r"(?!(?:always|perhaps|afterwards|nevertheless|thus|besides|sometimes|nowadays|toujours|alors|puis|depuis"
    r"|après|plus|jamais|moins|dans|sous|vers|chez|parfois|désormais|ailleurs|toutefois|néanmoins|us|his|its|this"
    r"|yes)\b)[a-z]{3,}s[.,;]?"
)
# An infinitive of speech right before "que"/"that": « pour leur annoncer », "to tell staff".
_FOR_SAYING = re.compile(
    r"\b(?:pour|to)[\s\u00a0]+(?:(?:nous|vous|leur|lui|les|them|him|her|us|me|staff)[\s\u00a0]+)?"
    r"(?:" + SPEECH_INFINITIVES["fr"] + "|" + SPEECH_INFINITIVES["en"] + r")"
    r"[\s\u00a0]*$",
    re.IGNORECASE,
)

# When it was said, as a clause of its own before "that": "told police when he was arrested that".
WHEN_CLAUSE = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]*(?:when|after|before|while|as)[\s\u00a0]+(?:he|she|they|I|we|you)[\s\u00a0]+"
    r"(?:was|were|had[\s\u00a0]+been|got)[\s\u00a0]+[\w-]+(?:[\s\u00a0]+[\w-]+){0,3}?[\s\u00a0]*,?[\s\u00a0]*",
    re.IGNORECASE,
)


def adjuncts_only(text: str, start: int, end: int) -> bool:
    """Whether the words between a verb and its "that" only say when, where, to whom or through
    which outlet, however long the outlet's name: "said in an interview with the Russian news agency
    TASS on Friday that"."""
    if _FOR_SAYING.search(text, start, end):
        return False  # « a écrit aux parents pour leur annoncer que … »: the infinitive's "que"
    if only_adjuncts(text, start, end, allow_object=False) or WHEN_CLAUSE.fullmatch(text, start, end):
        return True
    words = text[start:end].split()
    if words and words[-1].lower() in _PARTICIPLES:
        return False  # "had written to X suggesting that …": the participle's "that"
    told = intermediary_in(text, start, end)
    return (
        told is not None
        and only_adjuncts(text, start, told[0], allow_object=False)
        and only_adjuncts(text, told[1], end, allow_object=False)
    )
