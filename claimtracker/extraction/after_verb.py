"""What may stand between a reporting verb and what was said, or be what was said: when and
where ("said Friday", "in a statement", "on CNN"), an infinitive ("a affirmé avoir …"), a
quotation after a place and a colon ("posted on Facebook: “…”"), a participle clause that
starts another attribution (", adding that …", "saying the plan would …")."""

from __future__ import annotations

import re

from claimtracker.extraction import adjuncts, outlets
from claimtracker.extraction.date_phrases import DATE_PHRASE
from claimtracker.extraction.main_subject import IRREGULAR_PASTS
from claimtracker.extraction.quotations import quote_after, trimmed
from claimtracker.extraction.reporting_words import (
    NOUNS_IN_LY,
    PLATFORMS,
    TURN_FR,
    WEEKDAYS_EN,
    WEEKDAYS_FR,
)
from claimtracker.extraction.verb_checks import lemma_of

# On air, then the channel's name: « au micro de Canal+ », « à l'antenne de France Bleu Alsace ».
ON_AIR_NAMED = (
    outlets.ON_AIR + r"[\s\u00a0]*(?-i:[A-ZÀ-Ý])[\w'’.+-]*(?:[\s\u00a0]+(?-i:[A-ZÀ-Ý])[\w'’.+-]*){0,2}"
)
# When and where it was said, between the verb and a content with no "that": "said Friday it
# would …", "said on Telegram it had …", "said in a statement the …", "a annoncé lundi la …".
# A clause's subject and verb ahead: " there was", " the deal would".
_CLAUSE_AHEAD = (
    r"[\s\u00a0]+(?:there|it|he|she|they|we|I|(?:the|a|an)[\s\u00a0]+[\w-]+)[\s\u00a0]+"
    r"(?:was|were|is|are|had|has|have|would|could|will|did|does|do|should|can|may|might|must)\b"
)
LEADING_ADJUNCT = re.compile(
    rf"(?:(?:(?:late|early)[\s\u00a0]+)?(?:on[\s\u00a0]+)?(?:{WEEKDAYS_EN}|{WEEKDAYS_FR})"
    r"(?:[\s\u00a0]+(?:night|morning|evening|afternoon|soir|matin|après-midi|dernier))?"
    r"|yesterday|today|tonight|avant-hier|hier|aujourd['’]hui|(?:last|this)[\s\u00a0]+(?:week|month|year|night)"
    # when, before a clause: "said in the early days there was …", "said at the time it would …"
    r"|(?:in|during|at|over)[\s\u00a0]+(?:the|its|his|her|their|that)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,2}?"
    r"(?:days|weeks|months|years|time|outset|start|beginning|end|aftermath|past|meantime)"
    rf"(?={_CLAUSE_AHEAD})"
    # "told reporters after the meeting the deal was done": an event, then the clause
    r"|(?:after|before|during|following)[\s\u00a0]+(?:the|a|an|his|her|their|its|this|that)[\s\u00a0]+"
    rf"(?:[\w-]+[\s\u00a0]+){{0,2}}?[\w-]+(?={_CLAUSE_AHEAD})"
    # the writer's link: « dénonce toutefois « l'hystérie » », « dénonce aussi une hausse »
    rf"|(?:toutefois|cependant|pourtant|néanmoins|également|aussi|encore|d['’]ailleurs|{TURN_FR})"
    r"(?=[\s\u00a0]+(?:«|[^\W\d]))"
    # how: "said separately it was …", "said privately the deal …" (not "said family members …")
    r"|(?-i:(?!(?:" + NOUNS_IN_LY + r"|early|only|italy|july|likely)\b)[a-z]{3,}ly)"
    r"(?=[\s\u00a0]+(?:it|he|she|they|we|the|a|an|this|that|there)\b)"
    rf"|ce[\s\u00a0]+(?:matin|soir)|{DATE_PHRASE}"
    r"|in[\s\u00a0]+(?:a|an|his|her|its|their)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?(?:statement|interview|post|speech|address"
    r"|letter|briefing|note|tweet|video)(?:[\s\u00a0]+(?:on|to|with)[\s\u00a0]+(?:the[\s\u00a0]+)?(?-i:[A-Z])[\w.&'’-]*"
    r"(?:[\s\u00a0]+(?-i:[A-Z])[\w.&'’-]*)*)?"
    rf"|on[\s\u00a0]+(?:{PLATFORMS}|social media|state television|state TV)"
    # « a dénoncé mercredi devant la presse un réseau … »: before whom
    r"|devant[\s\u00a0]+(?:la[\s\u00a0]+presse|les[\s\u00a0]+(?:journalistes|médias|députés|sénateurs|élus))"
    r"|à[\s\u00a0]+la[\s\u00a0]+presse|aux[\s\u00a0]+journalistes"
    # « dans une tribune publiée par Libération », « dans un entretien accordé au Monde »: where it was written
    # « a dénoncé dans un message posté sur X une « manœuvre » »: where it was posted
    r"|dans[\s\u00a0]+(?:une|un|sa|son)[\s\u00a0]+(?:tribune|entretien|interview|lettre|communiqué|message|courrier|vidéo"
    r"|publication|déclaration)(?:[\s\u00a0]+(?:publiée?|parue?|accordée?|postée?|diffusée?)(?:[\s\u00a0]+\S+){0,2}?"
    r"[\s\u00a0]+(?:par|dans|à|au|sur)[\s\u00a0]+(?:l['’]|le[\s\u00a0]+|la[\s\u00a0]+)?"
    r"(?-i:[A-ZÀ-Ý])[\w'’.+-]*(?:[\s\u00a0]+(?-i:[A-ZÀ-Ý])[\w'’.+-]*){0,2})?"
    # a programme by its quoted title: « a annoncé dans « De Ochtend » (sur la VRT) son refus »
    r"|dans[\s\u00a0]+«[\s\u00a0]*(?-i:[A-ZÀ-Ý])[^»\n]{0,40}»(?:[\s\u00a0]*\([^)\n]{1,40}\))?"
    # on air: « a regretté au micro de Canal+ « … » », « à l'antenne de RTL »
    r"|" + ON_AIR_NAMED + r""
    # where: « lors d'un point de presse », "at a news conference in Washington"
    r"|lors[\s\u00a0]+d['’](?:un|une)[\s\u00a0]+(?:point[\s\u00a0]+(?:de[\s\u00a0]+)?presse|conférence[\s\u00a0]+de[\s\u00a0]+presse"
    r"|déplacement|audience|réunion)(?:[\s\u00a0]+(?:à|au)[\s\u00a0]+(?-i:[A-ZÀ-Ý])[\w'’-]*)?"
    r"|at[\s\u00a0]+a[\s\u00a0]+(?:news|press)[\s\u00a0]+conference(?:[\s\u00a0]+in[\s\u00a0]+(?-i:[A-Z])[\w'’-]*)?"
    # a channel by its name: "a dénoncé sur RMC un arbitrage …", "said on CNN the …"
    r"|(?:sur|on)[\s\u00a0]+(?-i:[A-Z])[\w&'’.-]*(?:[\s\u00a0]+(?:(?-i:[A-Z])[\w&'’.-]*|\d+)){0,2}"
    # whom they echo, set off by commas: « a dénoncé, à l'instar du préfet, « … » », "condemned, like X, …"
    r"|(?<=,[\s\u00a0])(?:à[\s\u00a0]+l['’]instar[\s\u00a0]+d|(?:tout[\s\u00a0]+)?comme[\s\u00a0]|(?:just[\s\u00a0]+)?like[\s\u00a0])"
    r"[^,;:«»“”\"]{2,50}(?=,))"
    r"(?=[\s\u00a0,.;!?]|$)[\s\u00a0]*,?",
    re.IGNORECASE,
)


# A subject or a verb between a reporting verb and "that"/"que": the content started before it.
SUBJECT_WORDS = {
    "en": re.compile(
        # not a pronoun after a preposition: "said in it that …", "wrote about it that …"
        r"\b(?:he|she|they|we|(?<!\bin\s)(?<!\bof\s)(?<!\bon\s)(?<!about\s)it|would|will|could|has|had|was|were|is|are|did)\b",
        re.IGNORECASE,
    ),
    # never the "il" of "il y a deux jours", nor the « elle » of « a dit d'elle que »
    "fr": re.compile(
        r"\b(?:il(?![\s\u00a0]+y[\s\u00a0]+a\b)|(?<![dD]['’])(?:elle|elles)|ils|ont|est|sont|avait|serait|sera)\b",
        re.IGNORECASE,
    ),
}


# French verbs whose content may be an infinitive clause of the speaker's own doing or state.
_INFINITIVE_VERBS = frozenset(
    "affirmer dire assurer démentir nier reconnaître admettre déclarer estimer rapporter raconter "
    "indiquer annoncer confirmer jurer témoigner confier expliquer avouer prétendre soutenir".split()
)
_INFINITIVE = re.compile(
    # « assure vouloir préserver le marché », « dit pouvoir … », « a dit craindre une année blanche »
    r"(?<![\w'’])(?:ne[\s\u00a0]+(?:pas|jamais|plus|rien)[\s\u00a0]+(?:se[\s\u00a0]+|s['’])?|n['’])?"  # « ne pas se souvenir »
    r"(?!(?:avant-hier|hier|premier|dernier|cher|entier|encore|entre|contre|outre|notre|votre|autre|quatre|guère|naguère"
    r"|soir|lors|leur|sur|pour|par|mer|fer|hiver|désir|avenir|plaisir|loisir|espoir|trottoir|couloir|miroir"
    r"|titre|ministre|centre|lettre|membre|nombre|ordre|chiffre|livre|septembre|octobre|novembre|décembre)(?!\w))"
    r"(?:[a-zàâçéèêëîïôûùüÿœ-]{2,}(?:er|ir|re|oir))(?:(?<!ure)|(?<=clure))(?<!ère)(?!\w)",  # not « fermeture », « colère » (« exclure »)
    re.IGNORECASE,
)


_CLAIMED_TO = re.compile(
    r"[\s\u00a0]+(?:falsely[\s\u00a0]+)?(?P<to>(?:not[\s\u00a0]+)?to[\s\u00a0]+(?:have|be|know|own|hold|represent|speak)\b)"
)
_DETERMINERS_FR = frozenset(
    "la le les l' l’ un une des du de sa son ses leur leurs ce cette ces notre votre".split()
)


def infinitive_content(text: str, language: str, lemma: str, position: int, end: int) -> int | None:
    """Where an infinitive content starts after the verb and its adjuncts: "a affirmé lundi
    avoir …", "dément être …". Not an object: "a affirmé son soutien" has none."""
    if language == "en":
        claimed = _CLAIMED_TO.match(text, position, end) if lemma == "claim" else None
        return claimed.start("to") if claimed else None  # "he claimed to have fought the battle"
    if lemma not in _INFINITIVE_VERBS:
        return None
    found = _INFINITIVE.search(text, position, min(end, position + 80))
    if found is None or not adjuncts.only_adjuncts(text, position, found.start(), allow_object=False):
        return None
    if any(mark in text[position : found.start()] for mark in ':«“"'):
        return None  # « a déclaré sur X : « Quelqu'un peut-il expliquer … ? » »: the quotation's own verb
    before = text[position : found.start()].split()
    if before and before[-1].lower() in _DETERMINERS_FR:
        return None  # « a dit leur colère », « a annoncé la fermeture »: a noun
    return found.start() if len(text[found.start() : end].split()) >= 3 else None


_ON_AIR_THEN_QUOTE = re.compile(
    r"[\s\u00a0]+" + ON_AIR_NAMED + r"[\s\u00a0]*(?P<q>[«“\"])",
    re.IGNORECASE,
)


def quotation_after_place(text: str, position: int, end: int) -> int | None:
    """The quotation after where it was said and a colon: "posted on Facebook: “…”" (not "a
    dénoncé sur RMC un arbitrage « scandaleux »", whose quotation is a word of the object)."""
    opening = quote_after(text, position, end, skip_adjuncts=True)
    if opening is None and (on_air := _ON_AIR_THEN_QUOTE.match(text, position, end)):
        opening = on_air.start("q")  # « a regretté au micro de Canal+ « un manque de réalisme » »
    elif opening is not None and not text[position:opening].rstrip(" \u00a0").endswith((":", ",")):
        opening = None
    return opening


# What the verb is about, then a colon and the quotation: « a justifié ce choix dimanche sur France
# Bleu : « … » », 'explained the decision: "…"'. No clause in between (no subject, no "que").
_OBJECT_THEN_QUOTE = re.compile(
    r"[\s\u00a0]+(?P<object>(?:[^\s\u00a0,.;:!?«»“”\"]+[\s\u00a0]+){0,8}[^\s\u00a0,.;:!?«»“”\"]+)"
    r"[\s\u00a0]*:[\s\u00a0]*(?P<q>[«“\"‹„])"
)


def quotation_after_object(text: str, language: str, position: int, end: int) -> int | None:
    """The quotation after the verb's object and a colon: « a justifié ce choix : « … » »."""
    found = _OBJECT_THEN_QUOTE.match(text, position, end)
    if found is None or re.search(r"\b(?:que|qu['’]|that)\b", found.group("object"), re.IGNORECASE):
        return None
    if SUBJECT_WORDS[language].search(text, *found.span("object")):
        return None
    return found.start("q")


def participle_clause(text: str, start: int, end: int, language: str) -> int | None:
    """Where a participle clause of a reporting verb starts after `start`: ", adding that …"."""
    found = _PARTICIPLE_AFTER.search(text, start, end)
    if found is None or not found.group("word").lower().endswith("ant" if language == "fr" else "ing"):
        return None
    if found.group("en"):
        return found.start()  # « …, a insisté X, en laissant entendre que … »: what they did as they spoke
    word = found.group("word")
    if language == "en" and word.islower() and len(word) > 5 and not _NOT_A_CIRCUMSTANCE.fullmatch(word):
        return found.start()  # ", speaking on condition of anonymity", ", declining to give details"
    return found.start() if lemma_of(word, language) != word.lower() else None


_PARTICIPLE_AFTER = re.compile(r",[\s\u00a0]*(?P<en>en[\s\u00a0]+)?(?P<word>[\w’'-]+)")
# -ing words that start no participle clause of the reporter's, or one read elsewhere ("according
# to", "citing" name who passed the words on).
_NOT_A_CIRCUMSTANCE = re.compile(r"\w*thing|according|citing|quoting|morning|evening|during|bring")


# A finite verb within the words after "saying": "saying the project would bring …" is a clause,
# "saying goodbye" is not.
_FINITE_SOON = re.compile(
    r"(?:[^\s,;.]+[\s\u00a0]+){0,6}?(?:would|will|was|were|is|are|had|has|have|could|can|did|should|may|might|must)\b"
    # a subject, then a past in -ed: "alleging the company misclassified them" (not "the proposed rules")
    r"|(?:the|a|an|his|her|their|its)[\s\u00a0]+(?:[^\s,;.]+[\s\u00a0]+){1,3}?(?:(?-i:[a-z]{3,}ed)|(?-i:"
    + "|".join(sorted(IRREGULAR_PASTS))
    + r"))\b"  # "saying the houses went down"
    # a subject pronoun, then its verb: "saying she heard a noise", "saying they knew"
    r"|(?:he|she|it|they|we|i)[\s\u00a0]+(?!(?:and|or|but|to|too|as|also)\b)(?-i:[a-z]{2,})\b",
    re.IGNORECASE,
)


def saying_a_clause(text: str, match: re.Match, start: int, end: int, *, told: bool = False) -> bool:
    """ "…, saying the project would …", "telling me he had never seen …": the participle reports a
    clause with no "that"."""
    verb = match.group("verb").lower()
    return (verb in _SAYING_A_CLAUSE or (told and verb == "telling")) and bool(
        _FINITE_SOON.match(text, start, end)
    )


# Participles that report a clause with no "that": "…, alleging the company misclassified them".
_SAYING_A_CLAUSE = frozenset("saying claiming alleging arguing insisting".split())


# Where and how it was said, ending the content: ", in an interview on Tuesday", « dans un
# communiqué diffusé mardi », "lors d'une conférence de presse".
_SAID_IN = re.compile(
    r"(?:,[\s\u00a0]*|[\s\u00a0]+)(?:in|during|at|dans|lors[\s\u00a0]+d['’]|au[\s\u00a0]+cours[\s\u00a0]+d['’])[\s\u00a0]*"
    r"(?:an?|his|her|their|its|un|une|son|sa|leur)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?"
    r"(?:interview|statement|speech|press[\s\u00a0]+conference|news[\s\u00a0]+conference|briefing|communiqué"
    r"|entretien|conférence[\s\u00a0]+de[\s\u00a0]+presse|point[\s\u00a0]+(?:de[\s\u00a0]+)?presse|discours"
    r"|déclaration|post|message|video|vidéo|tweet)\b[^,.;:«»“”\"]{0,60}$",
    re.IGNORECASE,
)


# The speaker's own participle clause after what was said: "…, speaking at a news conference on Tuesday."
_SPEAKING_AT_THE_END = re.compile(
    r",[\s\u00a0]*(?:speaking|talking|addressing|s['’]exprimant)\b[^,.;:«»“”\"]{0,80}$", re.IGNORECASE
)


def said_in_at_the_end(text: str, start: int, end: int, *, bare: bool) -> int | None:
    """Where a content ends when its last words say how it was said (after a comma, or after a
    bare object: « a annoncé la suppression de 500 emplois dans un communiqué diffusé mardi »)."""
    speaking = _SPEAKING_AT_THE_END.search(text, start, end)
    if speaking and len(text[start : speaking.start()].split()) >= 2:
        return speaking.start()
    found = _SAID_IN.search(text, start, end)
    if found is None or (not bare and text[found.start()] != ","):
        return None
    return found.start() if len(text[start : found.start()].split()) >= 2 else None


# What a speaker welcomes or fears: « s'est félicité de cette décision », « s'inquiète des retards ».
_OF_THING = re.compile(
    r"[\s\u00a0]*(?:de[\s\u00a0]+(?=la[\s\u00a0]|l['’]|ce|cette|ces|sa|son|ses|leur)|du[\s\u00a0]+|des[\s\u00a0]+|d['’])",
    re.IGNORECASE,
)


def glad_of(text: str, position: int, end: int) -> tuple[int, tuple[int, int] | None] | None:
    """Where what is welcomed or feared starts after « s'est félicité (mardi sur France Inter) de »,
    and the channel named before it."""
    at = trimmed(text, position, end)[0]
    while (adjunct := LEADING_ADJUNCT.match(text, at, end)) and adjunct.end() > at:
        at = trimmed(text, adjunct.end(), end)[0]
    of = _OF_THING.match(text, at, end)
    if of is None:
        return None
    return of.end(), outlets.intermediary_in(text, position, at) if at > position + 1 else None
