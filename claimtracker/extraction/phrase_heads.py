"""Where a noun phrase starts, at the end of the words before a verb: the name or the noun
phrase after an opening phrase ("In the interview Herrick", "At mile 20 a stranger"), the noun
phrase a relative pronoun refers to ("… condamnation par le président Joe Biden, qui …"); and the
shapes `speaker_phrases` reads around a speaker: a role before a name, a name alone, an aside between
the subject and its verb. No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.quotations import trimmed
from claimtracker.extraction.reporting_words import FREQUENCY_ADVERBS, MONTHS_EN, MONTHS_FR, WEEKDAYS_EN

NAME = re.compile(r"[A-ZÀ-Ý][\w'’.-]*")
_PRONOUN_LAST = re.compile(
    r"(?<![\w'’])(?P<pronoun>I|you|he|she|we|they|il|elle|ils|elles|nous|vous|on|je|j['’])[\s\u00a0]*$",
    re.IGNORECASE,
)
_OF = frozenset(
    ["of", "de", "du", "des", "d'", "d’", "à", "au", "aux"]
)  # (« l'adjoint à l'urbanisme »: one phrase)
# A determiner and the word before it: a determiner after "of"/"de" is inside the noun phrase.
_DETERMINER_AT = re.compile(
    r"(?:(?<=\s)|^)(?P<before>(?:[\w'’]+[\s\u00a0]+)|d['’])?(?P<det>(?:the|an?|le|la|les|un|une)[\s\u00a0]|l['’])",
    re.IGNORECASE,
)
_POSSESSIVE_AT = re.compile(
    r"(?:(?<=\s)|^)(?P<before>(?:[\w'’]+[\s\u00a0]+)|d['’])?"
    r"(?P<det>(?:my|his|her|their|our|its|one|some|several|many|des|mon|ma|mes|son|sa|ses)[\s\u00a0])",
    re.IGNORECASE,
)


def _last_head(text: str, start: int, end: int, *patterns: re.Pattern) -> int | None:
    """Where the last determiner of [start, end) that is not after "of"/"de" stands."""
    heads = [
        found.start("det")
        for pattern in patterns
        for found in pattern.finditer(text, start, end)
        if (found.group("before") or "").strip().lower() not in _OF
    ]
    return max(heads) if heads else None


def subject_after_opener(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "In the interview Herrick" → "Herrick": the last capitalised run after an opening phrase;
    "During the campaign you" → "you": a pronoun last; "At mile 20 a stranger" → "a stranger"."""
    if pronoun := _PRONOUN_LAST.search(text, start, end):
        return pronoun.span("pronoun")
    names = [n for n in NAME.finditer(text, start, end) if n.start() > start]  # not the opener's own capital
    if not names:  # "At the hearing the head of the panel": the last determiner's noun phrase
        head = _last_head(text, start, end, _DETERMINER_AT, _POSSESSIVE_AT)
        if head is None or re.search(r"[,;:\d]", text[head:end]):
            return None
        return trimmed(text, head, end)
    run_end = names[-1].end()
    run_start = names[-1].start()
    for name in reversed(names[:-1]):
        if text[name.end() : run_start].strip() == "":
            run_start = name.start()
        else:
            break
    return run_start, run_end


_FRENCH_VERB_GROUP = re.compile(
    r"(?<![\w'’])(?:a|ont|avait|avaient)[\s\u00a0]+(?:[\w'’-]+[\s\u00a0]+)??(?-i:[a-zéèêàç]+[éiu]e?s?)(?![\w'’])"
)
_ENGLISH_VERB_GROUP = re.compile(
    r"(?<![\w'’])(?-i:has|have|had)[\s\u00a0]+(?:(?-i:also|now|since|already)[\s\u00a0]+)?(?-i:[a-z]+(?:ed|en|t))(?![\w'’])"
)
# What names a source whole: "according to naval officers, who …" is the officers, « selon des
# officiers de marine qui … » all of them (not "marine", after the last "de").
_SOURCE_PREPOSITION = re.compile(r"(?<![\w'’])(?:according[\s\u00a0]+to|selon|d['’]après)[\s\u00a0]+", re.I)


def antecedent(text: str, start: int, end: int) -> tuple[int, int]:
    """The noun phrase a relative pronoun refers to, at the end of the words before it.

    "… condamnation par le président Joe Biden" → "le président Joe Biden"; "Wikinews spoke to the
    mayor of the city" → "the mayor of the city" (a determiner after "of"/"de" is inside it).
    """
    if sources := list(_SOURCE_PREPOSITION.finditer(text, start, end)):
        return trimmed(text, sources[-1].end(), end)
    verbs = list(_FRENCH_VERB_GROUP.finditer(text, start, end)) or list(
        _ENGLISH_VERB_GROUP.finditer(text, start, end)
    )
    if verbs:  # « Le tribunal a donné raison aux opposants, qui … », "has hired lawyers who …": its object
        start = verbs[-1].end()
    head = _last_head(text, start, end, _DETERMINER_AT)
    if head is not None:
        return trimmed(text, head, end)
    # « … raison aux opposants, qui … »: after a preposition and its article, the noun
    by = list(re.finditer(r"\b(?:par|by|de|of|aux|au|des|du)\s+", text[start:end], re.IGNORECASE))
    return trimmed(text, start + by[-1].end(), end) if by else trimmed(text, start, end)


# A role named before a name, ending on what the person is: "Malaysia's Prime Minister", "the
# company's chief executive", « le porte-parole du gouvernement ».
ROLE = re.compile(
    r"(?:(?-i:[A-ZÀ-Ý])[\w.-]*['’]s|the|an?|its|his|her|their|le|la|l['’]|son|sa|une?)(?:[\s\u00a0]*[\w'’.-]+){0,5}?[\s\u00a0]+"
    r"(?:minister|president|spokes(?:man|woman|person)|director|chief|head|leader|secretary|governor|mayor|chair(?:man"
    r"|woman)?|founder|executive|officer|commissioner|ambassador|professor|editor|manager|coach|captain|lawyer"
    r"|attorney|senator|chancellor|premier|CEO|commander|general|ministre|président|présidente|porte-parole"
    r"|directeur|directrice|maire|préfet|préfète|avocat|avocate|fondateur|fondatrice|patron|patronne|dirigeant"
    r"|dirigeante|responsable|secrétaire|entraîneur|capitaine|ambassadeur|ambassadrice)"
    # of what: "the head of the UN refugee agency", « le porte-parole du gouvernement »
    r"(?:[\s\u00a0]+(?:of|for|at|de|du|des|à|au)[\s\u00a0]+[^,;:]{1,60}|[\s\u00a0]+d['’][^,;:]{1,60})?",
    re.IGNORECASE,
)


# A noun, then a contact relative whose subject is the speaker: "a charge the ministry dismissed …".
NOUN_THEN_ITS_RELATIVE = re.compile(
    r"(?:a|an|the|this|that)[\s\u00a0]+(?-i:[a-z][\w-]+)[\s\u00a0]+(?=(?:the|a|an|its|his|her|their)[\s\u00a0]+\S)",
    re.IGNORECASE,
)
# A relative whose own verb is the report, with an aside in between: "a 2019 report which, according
# to him, had warned that …" (the report warned, not whoever was the clause's subject).
RELATIVE_RIGHT_BEFORE = re.compile(
    r"(?<=[\w)])[\s\u00a0]+(?-i:which|who|qui)(?:[\s\u00a0]*,[^,;:«»“”\"]{1,60},)?"  # « une manchette qui affirmait »
    r"(?:[\s\u00a0]+(?:had|has|have|also|once|previously|earlier|already|a|avait|ont|avaient|aussi|déjà))*[\s\u00a0]*$",
    re.IGNORECASE,
)
ASKED_ASIDE = re.compile(r"[\s\u00a0]*(?:asked|questioned|pressed|interviewed)\b", re.IGNORECASE)
# (or what a place is like: "A doctor in Gaza, where hospitals have run out of fuel, said")
ASKED_BEFORE_VERB = re.compile(
    r",[\s\u00a0]*(?:(?:(?:when|if|after|once)[\s\u00a0]+)?(?:(?:asked|questioned|pressed)[\s\u00a0]+(?:about|on|over|by"
    r"|whether|if|why)|(?:contacted|reached|approached|interviewed)[\s\u00a0]+by)|where|où)\b"  # ", when contacted by X,"
    r"[^,;:«»“”\"]{1,80},[\s\u00a0]*$",
    re.IGNORECASE,
)
ADVERB_ONLY = re.compile(rf"(?:{FREQUENCY_ADVERBS}|here|there|then|later)", re.IGNORECASE)
# An aside between dashes right before the verb, and a name that opens it.
DASHED_ASIDE = re.compile(r"[\s\u00a0]+[–—][\s\u00a0]+(?P<inside>[^–—\n]{2,120}?)[\s\u00a0]+[–—][\s\u00a0]*$")
NAME_FIRST = re.compile(r"(?-i:[A-ZÀ-Ý][\w'’.-]*(?:[\s\u00a0]+[A-ZÀ-Ý][\w'’-]*){0,3})(?=[\s\u00a0]*(?:,|$))")


NAME_AT_END = re.compile(r"(?-i:[A-ZÀ-Ý][\w'’-]+)(?:[\s\u00a0]+(?-i:[A-ZÀ-Ý][\w'’-]+)){1,2}[\s\u00a0]*$")
# A person's name alone, and a description that opens on an article: "a farmer, John Smith, who …".
A_NAME = re.compile(r"(?:[A-ZÀ-Ý][\w'’.-]*[\s\u00a0]+){1,3}[A-ZÀ-Ý][\w'’-]+")
DESCRIBED = re.compile(r"(?:un|une|le|la|les|l['’]|the|a|an)\b", re.IGNORECASE)


# A clause of its own joined before the speaker: "a bunch of them had called and they said",
# "The wind changed and our captain told us", "… is not seeking conflict but Qin said", "… but
# residents say".
AND_THEN_PRONOUN = re.compile(
    r"[\s\u00a0](?:and|but|so|et|mais|alors)[\s\u00a0]+(?P<pronoun>he|she|they|we|I|il|elle|ils|elles|on)$",
    re.IGNORECASE,
)
AND_THEN_NOUN_PHRASE = re.compile(
    r"[\s\u00a0,](?:and|but|et|mais)[\s\u00a0]+(?P<np>(?:the|a|an|our|his|her|their|its|my|your|le|la|les|un|une|son|sa"
    r"|ses|leur|leurs|notre|nos)[\s\u00a0]+[^,;]{1,60}|(?-i:[A-Z][\w'’.-]+)(?:[\s\u00a0]+(?-i:[A-Z])[\w'’.-]+){0,3}"
    r"|l['’][\w-][^,;]{1,60}|(?!(?:nous|vous|this|his|its|was|has|always|perhaps|less|unless|plus)$)(?-i:[a-z]{3,}s))$",
    re.IGNORECASE,
)
# A relative of where the words were given, its own subject after it: "a statement in which the
# minister said", « une déclaration dans laquelle Salah Abdeslam déclarait ».
IN_WHICH = re.compile(
    r"[\s\u00a0,](?:in[\s\u00a0]+which|dans[\s\u00a0]+(?:laquelle|lequel|lesquelles|lesquels))[\s\u00a0]+"
    r"(?=[^,;:«»“”\"]{2,80}$)",
    re.IGNORECASE,
)


# A clause joined before the speaker's own: "The vote was put off after manufacturers warned", "Long
# queues returned as marketers blamed …" (a conjunction, then the new clause's subject).
CLAUSAL = re.compile(
    r"(?<!\bwell\s)(?:as(?![\s\u00a0]+well\b)|whilst|while|whereas|because|although|though)\b", re.IGNORECASE
)
PLURAL_THEN_PAST = re.compile(r"\b(?-i:[A-Za-z][a-z]{2,}s)[\s\u00a0]+(?-i:[a-z]{3,}ed)\b")
# A subject pronoun, then its verb ("He resigned after the mayor said"), or a name inside the
# clause, then its past ("Minister Ann Smith resigned after"; not "The man arrested after the attack").
SUBJECT_THEN_VERB = re.compile(
    r"(?:^|(?<=[\s\u00a0]))(?-i:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)[\s\u00a0]+(?-i:[a-z]{2,})\b"
    r"|(?<=[\w,][\s\u00a0])(?-i:[A-Z][a-z]+)[\s\u00a0]+"
    r"(?:(?:also|then|later|again|first|never|still|previously|recently|repeatedly)[\s\u00a0]+)?(?-i:[a-z]{3,}ed)\b"
)
CONJUNCTION_THEN_SUBJECT = re.compile(
    r"(?<![\w'’-])(?:(?:a|one|two|three|several|\d+)[\s\u00a0]+(?:hours?|days?|weeks?)[\s\u00a0]+)?"  # "a day after"
    r"(?:after|before|until|since|once|because|although|though|whilst|while|whereas|as|but)[\s\u00a0]+"
    r"(?P<subject>(?:[\w'’.-]+[\s\u00a0]+){0,3}[\w'’.-]+"
    # with where they are: "as election officials in more than a dozen states reported …"
    r"|(?:[\w'’.-]+[\s\u00a0]+){1,2}(?:in|of|from|at|across)[\s\u00a0]+(?:[\w'’.-]+[\s\u00a0]+){0,4}[\w'’.-]+"
    # a title, then a name: "after shadow home secretary Yvette Cooper said"
    r"|(?-i:(?:[a-z][\w'’.-]*[\s\u00a0]+){1,4}[A-Z][\w'’.-]+(?:[\s\u00a0]+[A-Z][\w'’.-]+){1,2}))"
    r"(?<![\s\u00a0]and)(?<![\s\u00a0]but)[\s\u00a0]*$",
    re.IGNORECASE,
)
# A relative pronoun before the relative's own subject: « dont elle juge … », « que le maire qualifie … ».
RELATIVE_FIRST = re.compile(r"(?:(?:dont|que|whom)(?!\w)|qu['’])[\s\u00a0]*", re.IGNORECASE)
# A date alone between the subject and its verb: ", on October 18, 2008 accused".
ON_A_DATE = re.compile(
    rf"(?:on[\s\u00a0]+)?(?:{MONTHS_EN})\.?[\s\u00a0]+\d{{1,2}}(?:,[\s\u00a0]*\d{{4}})?"
    r"|(?:le[\s\u00a0]+)?\d{1,2}(?:er)?[\s\u00a0]+(?:" + MONTHS_FR + r")(?:[\s\u00a0]+\d{4})?",
    re.IGNORECASE,
)
# What may end a subject before its verb and is no part of it: a day ("Ms Patel last night said"),
# an adverb ("Analysts now say"), a floating quantifier ("her deputy both said").
TRAILING_WHEN = re.compile(
    # not the object of a preposition: "Posts on the board from Friday wrote"; after a bracket: "(WHO) on Thursday"
    r"(?<=[\w)])(?<!\bfrom)(?<!\bsince)(?<!\buntil)(?<!\bof)(?<!\bby)(?<!\bbefore)(?<!\bafter)"
    rf"[\s\u00a0]+(?:last[\s\u00a0]+(?:night|week|month|year)|yesterday|today|tonight|earlier[\s\u00a0]+today"
    rf"|(?:(?:late|early|earlier|later)[\s\u00a0]+)?(?:on[\s\u00a0]+)?(?-i:{WEEKDAYS_EN.title()})"
    r"(?:[\s\u00a0]+(?:morning|afternoon|evening|night))?)$",
    re.IGNORECASE,
)
TRAILING_ADVERB = re.compile(rf"(?<=\w)[\s\u00a0]+(?:{FREQUENCY_ADVERBS})$", re.IGNORECASE)
FLOATING_QUANTIFIER = re.compile(r"(?<=\w)[\s\u00a0]+(?:both|all|each|alike)$", re.IGNORECASE)


# A list of names that ends a subject ("Hospitals in Spain, Italy and Greece"), a title's "of" ("Minister
# of Information"), a name after a list of portfolios, a name at a segment's end.
LIST_END = re.compile(
    r"(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[\s\u00a0]+(?-i:[A-ZÀ-Ý])[\w'’-]+)?[\s\u00a0]+(?:and|et)[\s\u00a0]+(?-i:[A-ZÀ-Ý])[\w'’-]+"
)
TITLE_OF_END = re.compile(r"(?-i:[A-Z])[a-z]+[\s\u00a0]+(?:of|for)[\s\u00a0]+(?-i:[A-Z])[\w-]+$")
LIST_THEN_NAME = re.compile(r"(?-i:[A-Z])[\w-]+[\s\u00a0]+and[\s\u00a0]+(?-i:[A-Z])")
ENDS_WITH_NAME = re.compile(r"(?-i:[A-ZÀ-Ý])[\w'’-]+$")
# "whose mayor", « dont le maire », then the name: the relative's own subject
WHOSE_NOUN = re.compile(
    r"[\s\u00a0]*(?:dont|whose)[\s\u00a0]+(?P<np>(?:[\w'’-]+[\s\u00a0]+){0,4}[\w'’-]+)[\s\u00a0]*",
    re.IGNORECASE,
)


# A medium by what it is, in apposition to its name: "a Spanish newspaper", "the state news agency".
A_MEDIUM = re.compile(
    r"(?:a|an|the)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,3}?(?:newspaper|daily|weekly|broadcaster|channel|network"
    r"|(?:news[\s\u00a0]+)?agency|magazine|radio(?:[\s\u00a0]+station)?|station|website|outlet|paper|tabloid)",
    re.IGNORECASE,
)
