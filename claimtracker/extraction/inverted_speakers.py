"""The speaker named after its verb: "…, said John Smith, a spokesman for …", "…, a estimé
mercredi le secrétaire général", "…, alerte de son côté l'ONU", "…, dit-elle"."""

from __future__ import annotations

import re

from claimtracker.extraction import outlets
from claimtracker.extraction.addressees import BODIES_AND_PLACES_FR
from claimtracker.extraction.adjuncts import TIME_WORDS
from claimtracker.extraction.outlets import PLACES_SPOKEN_FROM
from claimtracker.extraction.quotations import trimmed
from claimtracker.extraction.reporting_words import MONTHS_FR, PLATFORMS, PRONOUNS, TURN_FR, WEEKDAYS_FR
from claimtracker.extraction.verb_groups import INVERTED_PRONOUN

# Words that end a speaker named after its verb: time, place and manner ("said X on Monday in a
# statement", "a déclaré X dans un entretien jeudi").
_STOP_AFTER = frozenset(
    """
    in on at to during after before yesterday today tonight last this earlier later when while whilst because
    as since from via through told said adding who which that where whose but and speaking requesting asking
    dans lors depuis à au aux devant en sur après avant pendant hier avant-hier aujourd'hui ce cette qui que dont où
    lundi mardi mercredi jeudi vendredi samedi dimanche mais et alors selon sous auprès
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)


_NEVER_FIRST = frozenset("about over for with of by into against".split())
# « a précisé cette source », « a ajouté ce dernier »: a demonstrative names the speaker unless a
# time follows (« a indiqué ce lundi le parquet »).
_DEMONSTRATIVE_SPEAKER = re.compile(
    r"(?:ce|cet|cette)[\s\u00a0]+(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|midi"
    r"|après-midi|week-end|mois|jour|semaine|année|nuit|printemps|été|automne|hiver)\b)\w",
    re.IGNORECASE,
)
_DOCUMENT_HEAD = re.compile(
    r"\b(?:statement|letter|message|note|report|email|post)[\s\u00a0]*$", re.IGNORECASE
)
_OBJECT_PRONOUNS = frozenset("me him us them".split())


_VERB_GROUP = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|"
    r"est|sont|était|étaient|ont|avait|avaient|sera|seront|va|vont|doit|doivent|peut|peuvent"
    r"|a[\s\u00a0]+\w+é(?:e|s|es)?)\b",  # "a été", "a annoncé"; never the article in "a spokesman"
    re.IGNORECASE,
)


# When, or whose turn, between an inverted verb and its speaker: "a estimé mercredi le
# secrétaire général", "alerte de son côté l'ONU", "a ajouté pour sa part le ministre".
_WHEN_BEFORE_SPEAKER = re.compile(
    rf"(?:[\s\u00a0]+(?:(?:(?:ce[\s\u00a0]+)?(?:{WEEKDAYS_FR})|hier|aujourd['’]hui|ce[\s\u00a0]+(?:matin|soir))"
    r"(?:[\s\u00a0]+(?:soir|matin|après-midi|dernier))?"
    rf"(?:[\s\u00a0]+(?:1er|\d{{1,2}})[\s\u00a0]+(?:{MONTHS_FR}))?"  # « a indiqué mardi 9 novembre le parquet »
    rf"|le[\s\u00a0]+(?:1er|\d{{1,2}})[\s\u00a0]+(?:{MONTHS_FR})(?:[\s\u00a0]+\d{{4}})?|{TURN_FR}|également|aussi|encore"
    rf"|sur[\s\u00a0]+(?:{PLATFORMS}|les[\s\u00a0]+réseaux[\s\u00a0]+sociaux)|à[\s\u00a0]+(?:{PLACES_SPOKEN_FROM}|{BODIES_AND_PLACES_FR})"
    r"|(?:au|par)[\s\u00a0]+téléphone"
    r"|dans[\s\u00a0]+(?:la[\s\u00a0]+(?:soirée|matinée|journée|nuit)|l['’]après-midi)"
    r"|en[\s\u00a0]+(?:fin|début)[\s\u00a0]+de[\s\u00a0]+(?:journée|soirée|matinée)|peu[\s\u00a0]+après|aussitôt"
    # « assurent depuis des mois les autorités »
    r"|depuis[\s\u00a0]+(?:(?:des|plusieurs|quelques)[\s\u00a0]+(?:jours|semaines|mois|années|ans)|longtemps)"
    # how it was said: « a précisé dans un communiqué le procureur », « lors d'un point presse »
    r"|dans[\s\u00a0]+(?:un|une|son|sa|leur)[\s\u00a0]+(?:communiqué|déclaration|message|courrier|lettre|vidéo)"
    r"|lors[\s\u00a0]+d['’]une?[\s\u00a0]+(?:conférence[\s\u00a0]+de[\s\u00a0]+presse|point[\s\u00a0]+(?:de[\s\u00a0]+)?presse)"
    r"|en[\s\u00a0]+conférence[\s\u00a0]+de[\s\u00a0]+presse|devant[\s\u00a0]+(?:la[\s\u00a0]+presse|les[\s\u00a0]+journalistes)"
    r"),?)+"
    r"(?=[\s\u00a0]+\w)",
    re.IGNORECASE,
)


_ON_FROM_A_SOURCE = re.compile(
    r"(?:[\s\u00a0]+[\w'’-]+){0,3}?[\s\u00a0]+(?:de[\s\u00a0]+sources?|auprès[\s\u00a0]+(?:de|du|des|d['’]))\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\s\u00a0]+")
# An aside between the verb and its speaker, then a determiner: « raconte, encore sous le choc, un témoin ».
_ASIDE = re.compile(
    r"[\s\u00a0]*,[\s\u00a0]*[^,«»“”\"]{2,40}?,(?=[\s\u00a0]+(?:un|une|le|la|les|l['’]|son|sa|ses|leur|the|a|an|his|her)\b)",
    re.IGNORECASE,
)


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text, start, end)]


def speaker_after(text: str, start: int, end: int) -> tuple[tuple[int, int] | None, int]:
    """The speaker named after its verb, and where it stops (after its apposition).

    "…, said John Smith, a spokesman for the ministry, on Monday." → "John Smith", stopping after
    "ministry"; "…, dit-elle." → "elle". The name, not its description, is what the registry
    knows.
    """
    inversion = re.compile(r"-(?:t-)?(il|elle|ils|elles|on)\b", re.IGNORECASE).match(text, start, end)
    if (
        inversion
        and inversion.group(1).lower() == "on"
        and (where := _ON_WHERE.match(text, inversion.end(), end))
    ):
        # "assure-t-on dans son entourage", "explique-t-on à Matignon": "on" is the people there
        return trimmed(text, *where.span("who")), where.end()
    if inversion:
        return inversion.span(1), inversion.end()
    if aside := _ASIDE.match(text, start, end):  # « raconte, encore sous le choc, un témoin »
        start = aside.end()
    when = _WHEN_BEFORE_SPEAKER.match(text, start, end)
    if when:  # "a estimé mercredi le secrétaire général": the day, then the speaker
        start = when.end()
    head = _phrase(text, start, end)
    if head is None:
        return None, start
    stop = head[1]
    apposition = re.compile(r"[\s\u00a0]*,[\s\u00a0]*").match(text, stop, end)
    if apposition:
        more = _phrase(text, apposition.end(), end, in_apposition=True)
        if (
            more is not None
            and not TIME_WORDS.search(text, *more)
            and len(_words(text, *more)) <= 14
            and not _VERB_GROUP.match(text, *more)  # "A, said X, are required to …": B goes on
        ):
            stop = more[1]
    return head, stop


def _phrase(text: str, start: int, end: int, *, in_apposition: bool = False) -> tuple[int, int] | None:
    """Words from `start` up to a comma, a sentence stop or a word that starts an adjunct.

    In an apposition "à"/"at" belongs to the description ("le responsable de l'Environnement à l'ONU").
    """
    stops = _STOP_AFTER - {"à", "au", "aux", "at", "in"} if in_apposition else _STOP_AFTER
    first = None
    last = start
    for word in _WORD.finditer(text, start, end):  # lazily: the phrase stops at its first stop
        word_start, word_end = word.span()
        token = text[word_start:word_end]
        bare = token.strip('«»“”"(),.;:!?').lower()
        if first is None:
            if (
                not bare
                or (
                    bare in stops
                    and bare not in PRONOUNS
                    and not _DEMONSTRATIVE_SPEAKER.match(text, word_start)
                )
                or bare in _NEVER_FIRST  # "The minister, asked about the plan, said": no speaker "about …"
                or (bare in _OBJECT_PRONOUNS and token != "Me")
            ):
                # (« Me Julien Basset »: Maître, a lawyer's title, not "me")
                return None  # "…, told me he …": whom, so the speaker came before
            first = word_start
        elif (
            bare in stops
            and not (bare in ("and", "et") and _INSIDE_A_NAME.match(text, word_end, end))
            and not (bare == "from" and _DOCUMENT_HEAD.search(text, first, word_start))
            and not (_SOMEONE.match(text, first, word_start) and _WHERE_THEY_ARE.match(text, word_start, end))
            and not (
                bare in ("à", "au", "aux")
                and _IN_CHARGE_OF.search(text, first, word_start)
                and _A_FIELD.match(text, word_end, end)
            )
        ) or token[0] in '«“"':
            break  # (not "a statement from the family": whose statement)
        last = word_end
        if token[-1] in ",;:.!?" and not (token[-1] == "." and len(bare) <= 3):
            last = word_end - 1
            break
        if len(text[first:last].split()) > 12:
            return None
    if first is None:
        return None
    span = trimmed(text, first, last)
    return span if span[1] > span[0] else None


# Someone unnamed, then where they live or work: "said a woman from Lviv", "said an analyst at Capital
# Economics", "said a nurse at the hospital" (not "said a nurse at the meeting", "in a statement").
_SOMEONE = re.compile(r"(?:a|an|one|another|two|three|several|some)[\s\u00a0]+(?-i:[a-z])", re.IGNORECASE)
_WHERE_THEY_ARE = re.compile(
    r"(?-i:(?:from|in|at)[\s\u00a0]+(?:the[\s\u00a0]+)?(?!(?:"
    + "|".join(
        day.title() for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
    + r"|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]"
    r"|(?:from|at)[\s\u00a0]+(?:the|a|an)[\s\u00a0]+(?:local[\s\u00a0]+|[A-Z][\w-]+[\s\u00a0]+)?(?:school|hospital|university|company|firm|bank|plant"
    r"|factory|embassy|ministry|museum|clinic|camp|mine|port|shelter|farm|charity|college|prison|airport|station)\b)"
)


# A title that goes on with what the person is in charge of: « l'adjointe à la culture ».
_IN_CHARGE_OF = re.compile(
    r"\b(?:adjointe?|déléguée?|chargée?|conseill(?:er|ère))[\s\u00a0]*$", re.IGNORECASE
)
_A_FIELD = re.compile(
    r"[\s\u00a0]+(?:la[\s\u00a0]+|l['’]|le[\s\u00a0]+|les[\s\u00a0]+)?(?!"
    + outlets.LOWER_CASE_OUTLETS
    + r")(?-i:[a-zéèêà])"
)


# "and"/"et" inside an institution's name: "le service d'incendie et de secours", "the
# Department of Health and Human Services".
_INSIDE_A_NAME = re.compile(r"[\s\u00a0]+(?:(?:de|du|des)[\s\u00a0]|d['’]|(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)


_ON_WHERE = re.compile(
    # a place or a circle, not a side: "confirme-t-on côté français" keeps "on"
    r"[\s\u00a0]+(?:(?:dans|à|au|aux|chez)[\s\u00a0]+"  # « du côté de la gendarmerie »: the gendarmerie
    r"|du[\s\u00a0]+côté[\s\u00a0]+(?:de[\s\u00a0]+(?=la\b|l['’]))?)"
    r"(?P<who>(?:l['’]|le[\s\u00a0]+|la[\s\u00a0]+|les[\s\u00a0]+|son[\s\u00a0]+|sa[\s\u00a0]+|ses[\s\u00a0]+|leur[\s\u00a0]+"
    r"|des[\s\u00a0]+|du[\s\u00a0]+|de[\s\u00a0]+l['’]|de[\s\u00a0]+la[\s\u00a0]+|d['’])?"
    # "dans l'entourage du ministre", "au ministère de l'Économie", "à Matignon"
    r"[\w'’-]+(?:[\s\u00a0]+(?:de|du|des|d['’])[\s\u00a0]*(?:l['’]|la[\s\u00a0]+|le[\s\u00a0]+)?[\w'’-]+"
    r"|[\s\u00a0]+(?-i:[A-ZÀ-Ý])[\w'’-]+)*)",
    re.IGNORECASE,
)
# What follows an object judged: "described the threat as credible", "accused the police of lying".
_JUDGED_AS = re.compile(r"[\s\u00a0]+(?:as|of)[\s\u00a0]+\w")


def inverted_speaker(
    text: str, language: str, match: re.Match, verb_start: int, end: int
) -> tuple[tuple[int, int] | None, int, tuple[int, int] | None]:
    """The speaker after the verb ("said X"), or the pronoun of "a-t-il déclaré"; where it
    stops; and the outlet told, when named between the verb and the speaker ("a déclaré à l'AFP
    un responsable") or after the speaker ("a déclaré X à El Mundo")."""
    pronoun = INVERTED_PRONOUN.search(text, verb_start, match.start()) or INVERTED_PRONOUN.match(
        text, match.end(), end
    )
    if (
        pronoun
        and pronoun.group("pronoun").lower() == "on"
        and _ON_FROM_A_SOURCE.match(text, max(match.end(), pronoun.end()), end)
    ):
        return None, match.end(), None  # "a-t-on confirmé vendredi de source judiciaire": named after
    if pronoun and pronoun.start() < match.start():
        return pronoun.span("pronoun"), match.end(), outlets.intermediary_after(text, match.end(), end)
    told = None
    if language == "fr":
        # "a déclaré à l'AFP un responsable", "a déclaré mardi soir à France Bleu le président"
        when = _WHEN_BEFORE_SPEAKER.match(text, match.end(), end)
        told = outlets.told_before_speaker(text, match.end(), end) or (
            outlets.told_before_speaker(text, when.end(), end) if when else None
        )
    speaker, after = speaker_after(text, told[1][1] if told else match.end(), end)
    if speaker and language == "en" and _JUDGED_AS.match(text, after):
        return None, after, None  # "…, described the threat as credible": an object judged, no speaker
    if told:
        return speaker, after, told[0]
    return speaker, after, outlets.intermediary_after(text, after, end) if speaker else None
