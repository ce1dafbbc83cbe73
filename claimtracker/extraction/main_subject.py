"""The subject of a sentence's main clause, found without a parser: "Pendant ce temps, Clinton et
ses alliés tentent …" → "Clinton"; "The minister spoke on Monday, saying …" → "The minister".
Also the comma-separated parts of a phrase and the connectives that open one.
"""

from __future__ import annotations

import re

from claimtracker.extraction.quotations import in_a_figure, trimmed
from claimtracker.extraction.reporting_words import MONTHS_EN, PRONOUNS, WEEKDAYS_EN, WEEKDAYS_FR

_CONNECTIVES = re.compile(
    r"(?:(?:mais|et|donc|alors|puis|ensuite|aussi|pourtant|cependant|toutefois|enfin|or|but|and|so|then|"
    r"also|yet|however|meanwhile|still|now|though|although|whereas|whilst|while|de plus|en outre|par ailleurs|à son tour|a son tour|après quoi|de son côté|toujours|encore)\b[,]?(?:[\s\u00a0]+|$))+",
    re.IGNORECASE,
)


OPENERS = re.compile(
    # "on" opens a phrase in English, not as the French subject before its clitic (« On nous répond »)
    r"(?:in|on(?![\s\u00a0]+(?:nous|vous|me|te|lui|leur|les|m['’]|t['’]|l['’])\b)|at|of|for|with|after|before|during|whilst|while|when|as|since|despite|according|under|from|"
    r"dans|lors|malgré|après|avant|pendant|pour|sur|en|à|au|par|comme|depuis|si|quand|lorsque|alors|selon|d['’]après|"
    r"heureusement|malheureusement|finalement|however|meanwhile|also|but|yet|dès|vers|regarding|concerning"
    r"|quant[\s\u00a0]+à|concernant|s['’]agissant"
    # a participle that opens the sentence: "Asked about the plan, …", « Interrogée par Le Monde, … »
    r"|asked|pressed|questioned|interviewed|contacted|reached|speaking|writing|responding|replying|appearing"
    r"|interrogée?s?|contactée?s?|jointe?s?|invitée?s?|sollicitée?s?|questionnée?s?|interpellée?s?)\b",
    re.IGNORECASE,
)


_DAY_ALONE = re.compile(
    rf"[\s\u00a0]*(?:{WEEKDAYS_FR}|{WEEKDAYS_EN}|hier|yesterday)(?:[\s\u00a0]+(?:soir|matin|morning|evening|night))?[\s\u00a0]*",
    re.IGNORECASE,
)


# A day between a subject and its verb: "The Secretary-General today presented …, and told", « Le
# ministre hier a présenté … et a affirmé ».
_DAY_AFTER_SUBJECT = re.compile(
    r"(?:today|yesterday|tonight|hier|aujourd['’]hui|last[\s\u00a0]+(?:night|week|month|year)"
    rf"|on[\s\u00a0]+(?-i:{WEEKDAYS_EN.title()}))\b",
    re.IGNORECASE,
)


# Who speaks in a relative clause: "to those who say that …", « à ceux qui disent que … ».
THOSE_WHO = re.compile(r"\b(?P<np>those|ceux|celles)[\s\u00a0]+(?:who|qui)[\s\u00a0]+$", re.IGNORECASE)


# Irregular past forms, which end in no "-ed": "The minister spoke on Monday, saying …".
IRREGULAR_PASTS = frozenset(
    "spoke met went came took gave made left held sent won lost rose fell hit ran saw led broke began "
    "brought sought kept stood paid found became drew grew knew struck fought spent built chose sold heard felt fled hid"
    " shot threw stole drove bought caught".split()
)
_VERB_AFTER_SUBJECT = IRREGULAR_PASTS | frozenset(
    "a ont est sont était étaient avait avaient has have had is are was were will would did tentent".split()
)


NP_INNER = frozenset(
    "et de du des d' d’ la le les l' l’ of the and ses son sa leur leurs his her their".split()
)


def strip_connectives(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = trimmed(text, start, end)
    leading = _CONNECTIVES.match(text, start, end)
    return trimmed(text, leading.end(), end) if leading else (start, end)


_NP_JOINERS = frozenset("et and ou or avec with de of".split())
_OF_WORDS = frozenset("du de des d' d’ of".split())
_POSSESSIVES_FR = frozenset("sa son ses leur leurs".split())


def main_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject of the sentence's main clause: "Pendant ce temps, Clinton et ses alliés tentent …".

    A pronoun, a run of capitalised words, or a determiner and the next words up to a verb.
    """
    for segment in segments_of(text, start, end):
        if segment[1] <= segment[0] or OPENERS.match(text, *segment) or _DAY_ALONE.fullmatch(text, *segment):
            continue  # (« Lors d'une conférence de presse hier, lundi, le porte-parole … »: the day)
        segment = strip_connectives(text, *segment)
        words = list(re.finditer(r"[^\s\u00a0]+", text[segment[0] : segment[1]]))
        if not words:
            return None
        first = words[0].group(0)
        if first.lower() in PRONOUNS:
            return segment[0] + words[0].start(), segment[0] + words[0].end()
        titled = _titled_name(words)
        if titled:  # "Local business owner Sam Green disagreed": the title and the name
            return trimmed(text, segment[0] + words[0].start(), segment[0] + titled.end())
        taken = [words[0]]
        # "Local logging companies have …": a capital that only starts the sentence, when a verb
        # follows the next lowercase words; "Obama met with …": a name.
        described = any(
            w.group(0).lower() in _VERB_AFTER_SUBJECT or w.group(0).lower().endswith(("ed", "ent", "ait"))
            for w in words[2:5]
        ) and not any(w.group(0).lower() in _NP_JOINERS for w in words[1:5])
        # a longer subject when a sure verb ends it: "The head of news for the county television
        # station spoke to CCTV, saying …"
        verb_at = next(
            (i for i, w in enumerate(words[5:12], start=5) if w.group(0) in _VERB_AFTER_SUBJECT), 5
        )
        if len(words) <= 12 and (
            _RELATIVE_NEXT.match(text, segment[1]) or _ASIDE_THEN_PAST.match(text, segment[1])
        ):
            verb_at = len(words)  # "The head of news for the county station, who saw it, spoke …"
        for index, word in enumerate(words[1:verb_at], start=1):
            token = word.group(0)
            after = words[index + 1].group(0).lower() if index + 1 < len(words) else ""
            if (
                len(taken) >= 2
                and taken[0].group(0).lower() in _DETERMINER_WORDS
                and token.islower()
                and token not in NP_INNER
                and token not in _PREPOSITIONS
                and after in _POSSESSIVES_FR
            ):
                break  # « Le préfet manifeste sa solidarité »: a verb, then its object's determiner
            # after an article, an adverb or an adjective in -ed, a word in -ed/-ent is no verb:
            # « Le président », "The embattled president", "The newly elected mayor"
            before = taken[-1].group(0).lower()
            # « Le chef du gouvernement »: a noun in -ent after « du » is no verb either
            modified = before in _DETERMINER_WORDS or before in _OF_WORDS or before.endswith(("ly", "ed"))
            if token.lower() in _VERB_AFTER_SUBJECT or (
                token.lower().endswith(("ed", "ent", "ait"))
                and not modified
                and not token[:1].isupper()
                and token.lower() not in _NOUNS_IN_ENT  # "The former president", « l'ancien président »
            ):  # (a capital starts a name: "the Revenue Department")
                break
            if before not in _DETERMINER_WORDS and _DAY_AFTER_SUBJECT.match(text, segment[0] + word.start()):
                break
            if token.lower().startswith(("s'", "s’", "n'", "n’")):
                break  # « s'est félicité », « n'a pas »: the verb group
            if (
                _plural_noun(taken[-1].group(0))
                and (len(taken) == 1 or not taken[-1].group(0)[:1].isupper())  # not "A Wikileaks spokesman"
                and token.islower()
                and token not in NP_INNER
                and token not in _PREPOSITIONS  # "Posts on the message board … wrote"
                and token[-1] not in "sx"
            ):
                break  # "The figures relate to …": a plural noun, then its verb
            if (
                first[:1].isupper()
                and first.lower() not in _DETERMINER_WORDS
                and not token[:1].isupper()
                and not described
            ):
                break  # a name: "Clinton et ses alliés" → Clinton; but "Local logging companies"
            taken.append(word)
        return trimmed(text, segment[0] + taken[0].start(), segment[0] + taken[-1].end())
    return None


# Nouns of people in -ent, never a verb after an adjective: "The former president", "a local resident".
_NOUNS_IN_ENT = frozenset(
    "president président vice-president vice-président resident résident student agent client patient parent "
    "correspondent opponent incumbent superintendent dissident respondent adolescent".split()
)
# "A Special Officer of the Department of Revenue, on Thursday, wrote …": an aside, then the verb.
_ASIDE_THEN_PAST = re.compile(
    r"[\s\u00a0]*,[\s\u00a0]*(?:[^,]{1,30},[\s\u00a0]*)?(?:also[\s\u00a0]+)?(?-i:[a-z]{3,}ed|"
    + "|".join(sorted(IRREGULAR_PASTS | {"wrote", "told", "said"}))
    + r")\b"
)
_RELATIVE_NEXT = re.compile(r"[\s\u00a0]*,[\s\u00a0]*(?:who|which|qui)\b", re.IGNORECASE)
_PREPOSITIONS = frozenset("on in at for from with by near across about sur dans pour avec par chez".split())


_NOT_IN_TITLE = frozenset(
    "with on in at to for from by that who which avec dans sur pour par qui que".split()
)


_SINGULAR_IN_S = frozenset("news series species analysis crisis status press bus gas its his this us".split())


def _plural_noun(word: str) -> bool:
    bare = word.lower()
    return (
        len(bare) > 3
        and bare.endswith("s")
        and not bare.endswith(("'s", "’s", "ss"))
        and bare not in _SINGULAR_IN_S
    )


def _titled_name(words: list[re.Match]) -> re.Match | None:
    """The last word of a name that ends a subject's title, before its verb: "Local business
    owner Sam Green disagreed" → Green."""
    last = None
    for word in words[:7]:
        token = word.group(0)
        if token.lower() in _VERB_AFTER_SUBJECT or token.lower().endswith(("ed", "ent", "ait")):
            break
        if token.lower() in _NOT_IN_TITLE:
            return None  # "Obama met with reporters on Monday": a clause, not a title
        last = word
    if last is None or last is words[0] or not last.group(0)[:1].isupper():
        return None
    return last if any(not w.group(0)[:1].isupper() for w in words[: words.index(last)]) else None


_DETERMINER_WORDS = frozenset(
    "a an the one some two three le la les l' l’ un une des deux trois"
    # possessives: "My students wrote to me …", « Mes voisins ont dit … »
    " my your his her its our their mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs".split()
)


_DAY_OF_MONTH = re.compile(rf"\b(?:{MONTHS_EN})\.?[\s\u00a0]+\d{{1,2}}$", re.IGNORECASE)
_YEAR_NEXT = re.compile(r",[\s\u00a0]*\d{4}\b")


def segments_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated parts, keeping brackets whole; each trimmed (an empty part stays empty)."""
    parts, depth, begin = [], 0, start
    for index in range(start, end):
        char = text[index]
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif (
            char == ","
            and depth == 0
            and not in_a_figure(text, index)  # not "40,000 users"
            and not (  # not "October 18, 2008"
                _YEAR_NEXT.match(text, index) and _DAY_OF_MONTH.search(text, max(start, index - 16), index)
            )
        ):
            parts.append(begin)
            begin = index + 1
    parts.append(begin)
    bounds = [*parts[1:], end]
    return [trimmed(text, a, b - (1 if b < end else 0)) for a, b in zip(parts, bounds, strict=True)]


# A report before the subject of another, with no "that": "The senator said Trump (had told him …)".
_INNER_REPORT = re.compile(
    r"(?<![\w'’-])(?:said|says|told|tells|wrote|writes|reported|reports|added|claimed|claims|argued|insisted)"
    r"[\s\u00a0]+(?:that[\s\u00a0]+)?(?=(?-i:[A-ZÀ-Ý])|(?:the|a|an|his|her|their|its|he|she|they|police|officials)\b"
    # a bare plural: "Per Holm said crews had warned" (not "a man said to be", "said by")
    r"|(?-i:[a-z]+s)\b(?![\s\u00a0]+(?:to|by|of)\b))",
    re.IGNORECASE,
)
_RELATIVE_WORD = re.compile(r"\b(?:who|which|that|whom|qui|que)\b", re.IGNORECASE)


def after_inner_report(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The subject after a report inside the subject's words, or `span` unchanged: "The senator said
    Trump" → "Trump"; not "The man who said he saw it" (a relative clause that says who he is)."""
    inner = _INNER_REPORT.search(text, *span)
    if inner is None or inner.end() >= span[1] or _RELATIVE_WORD.search(text, span[0], inner.start()):
        return span
    return trimmed(text, inner.end(), span[1])


# Simple pasts that are never participles: "came", not "arrested" ("The man arrested after the attack").
_PAST = re.compile(
    r"\b(?:came|went|took|gave|rose|fell|ran|saw|broke|began|spoke|drew|grew|knew|chose|became)\b"
)


def a_past_in(text: str, start: int, end: int) -> bool:
    """Whether a verb that can only be a past stands in [start, end): "His comments came (after …)"."""
    return _PAST.search(text, start, end) is not None


def clause_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject of a clause whose verb follows it ("Mr. Smith criticised the search" → "Mr.
    Smith"); None for a noun phrase alone ("The spokesman for the ministry")."""
    head = main_subject(text, start, end)
    return head if head and head[1] < trimmed(text, start, end)[1] else None
