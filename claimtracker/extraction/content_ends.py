"""Where what was said ends when the writer's own words follow it in the same sentence: the
narrator's aside, a concession, the speaker's next act, a comment on it, a second report, the
writer's when. No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction.quotations import left_open, trimmed
from claimtracker.extraction.reporting_words import EN_FORMS, FR_FORMS
from claimtracker.extraction.speaker_phrases import FINITE

# The subject's next act after what it said: "warned that …, and ordered outdoor work to stop",
# « a indiqué que …, et a ordonné … ».
_AND_THEN_ACTED = re.compile(
    r",[”\"»]?[\s\u00a0]+(?:and|et)[\s\u00a0]+(?:(?:then|later|also|puis|aussi)[\s\u00a0]+)?"
    r"(?:(?-i:[a-z]{3,}ed)|(?:a|ont)[\s\u00a0]+(?-i:[a-zé]{3,}é))\b",
    re.IGNORECASE,
)
# The speaker's next act of speech after what they said: 'said he was "running out of ideas" and
# urged Democrats to …', « a affirmé que … et a appelé le gouvernement à … ».
_PAST_REPORTS_EN = sorted(
    (form for form in EN_FORMS if form.endswith("ed") or form in ("said", "told", "wrote")),
    key=len,
    reverse=True,
)
_PAST_REPORTS_FR = sorted(
    (form for form in FR_FORMS if form.endswith("é") and " " not in form), key=len, reverse=True
)
_AND_THEN_SPOKE = re.compile(
    r"[\s\u00a0]+(?:and|but|et|mais)[\s\u00a0]+"
    # its own subject again: "said it has sealed its border and it's told the United States that …"
    r"(?:(?-i:it|he|she|they)(?:['’]s|['’]ve|[\s\u00a0]+(?:has|have|had))?[\s\u00a0]+)?"
    r"(?:(?:then|also|later|puis|aussi)[\s\u00a0]+)?(?:"
    + "|".join(
        [*_PAST_REPORTS_EN, "urged", "demanded", "appealed", "pleaded", "called[\\s\\u00a0]+(?:on|for)"]
    )
    + r"|(?:a|ont)[\s\u00a0]+(?:"
    + "|".join([*_PAST_REPORTS_FR, "appelé", "exhorté", "demandé", "réclamé"])
    # the present: « estime que … et réclame des tirs »
    + r")|(?:réclame|réclament|demande|demandent|appelle|appellent|exige|exigent|dénonce|dénoncent|annonce"
    r"|annoncent|promet|promettent))\b",
)
# A reported verb told in the reporter's tense: "would last", « avait », « serait ».
_BACKSHIFTED = re.compile(
    r"\b(?:would|could|had|was|were|might|should|serait|seraient|avait|avaient|était|étaient|allait|allaient|pourrait)\b",
    re.IGNORECASE,
)
# Verbs whose bare object is a thing, not a clause: "reported a sharp rise", « a annoncé la fermeture ».
_TAKES_A_THING = frozenset(
    "report announce reveal confirm deny condemn denounce disclose blame annoncer révéler confirmer démentir "
    "dénoncer condamner nier déplorer dénombrer promettre signaler réfuter".split()
)
# When, in the writer's words, after an object: "… as temperatures topped 44 °C", "… after the
# storm hit", « … alors que les températures dépassaient … ».
_WRITERS_WHEN = re.compile(
    r"[\s\u00a0]+(?:as|whilst|while|after|when|alors[\s\u00a0]+que|tandis[\s\u00a0]+que)[\s\u00a0]+"
    r"(?:(?:the|a|an|their|its|les|la|le|l['’]|des)[\s\u00a0]*)?[a-zà-ÿ]+(?:[\s\u00a0]+[a-zà-ÿ]+)?[\s\u00a0]+"
    r"(?-i:[a-z]{3,}ed|hit|rose|fell|went|came|began|[a-zé]+aient|[a-zé]+ait)\b",
    re.IGNORECASE,
)
# The narrator's own words after what they were told: "…, but honestly I don't …", "…, so we built …".
_NARRATOR_GOES_ON = re.compile(
    r",[”\"»]?[\s\u00a0]+(?:but|so|and|mais|alors|donc|et)[\s\u00a0]+(?:(?:honestly|frankly|then|franchement|moi)[\s\u00a0,]+)?"
    r"(?:(?-i:I|we|je|j['’]|nous)\b"
    # what happened next, told as a fact: "said the bombers were on their way, and they didn't come"
    r"|(?:they|he|she|it)[\s\u00a0]+(?:didn['’]t|did[\s\u00a0]+not|never)[\s\u00a0]+(?-i:[a-z]+)(?![\s\u00a0]+(?:be|have)\b))",
    re.IGNORECASE,
)
# The speaker's own act after "but", with no subject of its own: 'said there were "no plans", but
# would not rule it out', « …, mais a refusé de … ».
_BUT_THEN_ACTED = re.compile(
    r",[”\"»]?[\s\u00a0]+(?:but|mais)[\s\u00a0]+(?:would|could|did|declined|refused|added|said|stopped"
    r"|(?:a|n['’]a)[\s\u00a0]+(?:refusé|pas|ajouté|précisé))\b"
    # how they said it: "…, without giving details", « …, sans préciser »
    r"|,[\s\u00a0]+(?:without[\s\u00a0]+(?:giving|providing|offering|elaborating|citing|saying|specifying)"
    r"|sans[\s\u00a0]+(?:préciser|donner|fournir|dire|citer|plus[\s\u00a0]+de[\s\u00a0]+précisions?))\b",
    re.IGNORECASE,
)
# The reason the speaker gave, after what they said: "…, citing weak demand", « …, invoquant … ».
_CITING_REASON = re.compile(r",[\s\u00a0]+(?:citing|citant|invoquant|pointing[\s\u00a0]+to)\b", re.IGNORECASE)
# The writer's own contrast after what was said: "said it had won, although results were not expected …"
_CONCEDED = re.compile(
    r",[\s\u00a0]+(?:although|though|even[\s\u00a0]+though|whereas|(?:when|whilst|while)[\s\u00a0]+in[\s\u00a0]+(?:fact|reality)"
    r"|despite[\s\u00a0]+(?:reports|claims|evidence)[\s\u00a0]+to[\s\u00a0]+the[\s\u00a0]+contrary)\b",
    re.IGNORECASE,
)
# The writer's comment on what was said, ending the sentence: "…, a move that unions called
# devastating", « …, une décision qui a surpris ».
# "…, a move that …", "…, a move the Resolution Foundation estimates will …": the writer's comment.
_WRITERS_COMMENT = re.compile(
    r",[\s\u00a0]+(?:a|an|une?)[\s\u00a0]+(?:move|decision|step|claim|statement|development|figure|announcement"
    r"|reading|view|assessment|estimate|assertion|charge|allegation|account|version|interpretation"
    r"|form|phrase|wording|formula|remark|comment|choice|formule|formulation|finding|conclusion"  # "…, a form of words that …"
    r"|décision|mesure|annonce|déclaration|chiffre|initiative|lecture|version|interprétation|affirmation)"
    r"(?:[\s\u00a0]+(?:of|de|du|des)[\s\u00a0]+[^,;:]{1,40}?)?"  # "a reading of the law that …"
    r"[\s\u00a0]+(?:that|which|qui|que|the|its|(?-i:[A-Z]))\b"
    # the writer's timeline: "…, coming weeks after the EU extended tariffs"
    r"|,[\s\u00a0]+(?:coming|arriving)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,2}?(?:after|before|as)\b",
    re.IGNORECASE,
)
# The narrator's remark on what they report: "he had played it twice, which I still can't believe".
# Or the writer's: « …, et c'est précisément là le problème », "…, and that's exactly the problem".
_NARRATORS_REMARK = re.compile(
    r",[\s\u00a0]+which[\s\u00a0]+(?-i:I|we)\b|,[\s\u00a0]+(?:et|mais|and|but)[\s\u00a0]+(?:c['’]est|that['’]s)[\s\u00a0]+"
    r"(?:précisément|justement|exactly|precisely)\b",
    re.IGNORECASE,
)
# After the quoted words that close what was said, a remark on them ('"the best in Europe", which is
# nice') or the speaker's next act ('say libraries are "vital" and then cut …').
# ('said his side had "lost the game" and criticised the referee', 'was "more dovish than we expected"
# and brought forward her forecast': a past after the quotation, with no subject of its own).
_REMARK_ON_THE_QUOTE = re.compile(
    r"[”\"»](?:,[\s\u00a0]+(?:which|ce[\s\u00a0]+qui)[\s\u00a0]+(?:is|was|est|était)"
    r"|[\s\u00a0]+and[\s\u00a0]+then[\s\u00a0]+[a-z]+"
    r"|[\s\u00a0]+and[\s\u00a0]+(?!(?:related|united|limited|associated|unrelated|detailed|advanced|experienced"
    r"|unprecedented|unexpected|unwanted|unfounded|unexplained|armed|unarmed|skilled|qualified)\b)"
    r"(?:[a-z]{3,}ed|brought|took|gave|made|left|put|went|told|said|wrote|kept|sent|spent|threw|began))\b"
)
# Another source's denial after what was said: "…, but the army denied it", « …, ce que dément la mairie ».
_OTHERS_DENIAL = re.compile(
    r",[\s\u00a0]+(?:but|whilst|while|though|although|mais|ce[\s\u00a0]+que|tandis[\s\u00a0]+que|alors[\s\u00a0]+que)[\s\u00a0]+"
    r"(?:the|a|an|its|his|her|their|le|la|les|l['’]|(?-i:[A-Z]))[^,;:]{0,60}?[\s\u00a0]+"
    r"(?:(?:has|have|had|a|ont|avait)[\s\u00a0]+)?(?:denied|disputed|rejected|dismissed|contested|contradicted"
    r"|démenti|contesté|nié|rejeté|dément|démentent|conteste|contestent|nie|nient|rejette|rejettent)\b"
    r"|,[\s\u00a0]+ce[\s\u00a0]+qu(?:e[\s\u00a0]+|['’])(?:(?:a|ont|avait)[\s\u00a0]+)?"
    r"(?:dément|démentent|conteste|contestent|nie|nient|réfute|démenti|contesté|nié|réfuté)\b",
    re.IGNORECASE,
)
# A second report of the same speaker: « …, avant d'ajouter que … », "…, before adding that …".
_BEFORE_ADDING = re.compile(
    r",[\s\u00a0]+(?:avant[\s\u00a0]+d['’](?:ajouter|affirmer|assurer|expliquer|indiquer|annoncer)"
    r"|avant[\s\u00a0]+de[\s\u00a0]+(?:préciser|souligner|rappeler|conclure)|before[\s\u00a0]+(?:adding|saying|noting))\b",
    re.IGNORECASE,
)

# How the writer learned it, after what was said: « …, a appris l'AFP auprès de Matignon », « …, a-t-on appris ».
_HOW_IT_WAS_LEARNED = re.compile(
    r",[\s\u00a0]*(?:a-t-on[\s\u00a0]+appris|apprend-on|a[\s\u00a0]+appris[\s\u00a0]+(?:l['’]|le[\s\u00a0]+|la[\s\u00a0]+)?"
    r"(?-i:[A-ZÀ-Ý]))"
)


def without_the_writers_words(
    text: str, language: str, content: tuple[int, int], *, quoted: bool
) -> tuple[int, int]:
    """`content` up to the writer's words after it (a quotation is the speaker's words whole)."""
    if not quoted and (aside := _NARRATOR_GOES_ON.search(text, *content)):
        content = trimmed(text, content[0], aside.start())  # "telling me I should run, but honestly I …"
    if language == "en" and (conceded := _CONCEDED.search(text, *content)):
        content = trimmed(text, content[0], conceded.start())  # "…, although results were not expected …"
    if (
        not quoted
        and (act := _AND_THEN_ACTED.search(text, *content))
        and _BACKSHIFTED.search(text, content[0], act.start())
    ):
        # "warned that the heat would last, and ordered outdoor work to stop": the speaker's own act
        # (not « a rencontré le ministre, et a exprimé … », the reported subject's next act)
        content = trimmed(text, content[0], act.start())
    if not quoted and (denial := _OTHERS_DENIAL.search(text, *content)):
        content = trimmed(text, content[0], denial.start())  # "…, but the army denied it": another's words
    if learned := _HOW_IT_WAS_LEARNED.search(text, *content):
        content = trimmed(text, content[0], learned.start())  # « …, a appris l'AFP auprès de Matignon »
    if citing := _CITING_REASON.search(text, *content):
        content = trimmed(text, content[0], citing.start())  # "said profits would fall, citing weak demand"
    if not quoted and (own_act := _BUT_THEN_ACTED.search(text, *content)):
        content = trimmed(text, content[0], own_act.start())  # "…, but would not rule it out"
    if not quoted and (spoke := _AND_THEN_SPOKE.search(text, *content)):
        content = trimmed(text, content[0], spoke.start())  # "… and urged Democrats to …": their next act
    if not quoted and (mine := _NARRATORS_REMARK.search(text, *content)):
        content = trimmed(text, content[0], mine.start())  # "…, which I still can't believe"
    if not quoted and (remark := _REMARK_ON_THE_QUOTE.search(text, *content)):
        content = trimmed(text, content[0], remark.start() + 1)  # 'is "the best in Europe", which is nice, …'
    return without_the_writers_comment(text, content)


def without_the_writers_comment(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """`content` up to the writer's comment on it: "…, a move that …", « …, un chiffre que … »,
    « …, avant d'ajouter que … »."""
    if comment := _WRITERS_COMMENT.search(text, *content) or _BEFORE_ADDING.search(text, *content):
        content = trimmed(text, content[0], comment.start())
    return content


# The subject's next act after an infinitive content: « dit avoir été alertée … et réclame des
# sanctions » (a finite verb, not « et vouloir », « et de … »).
_AND_NEXT_ACT_FR = re.compile(
    r"[\s\u00a0]+et[\s\u00a0]+(?!(?:le|la|les|des|du|de|un|une|en|ne|se|sa|son|ses|leur|leurs|ce|cet|cette|ces"
    r"|que|il|elle|on|pas|plus|une|même|comme|entre|contre|notre|votre|celle|elle)\b)"
    r"(?-i:(?P<verb>[a-zéèêâîôûç]{3,}))\b"
)


def infinitive_until_next_act(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """An infinitive content up to the subject's next act: « avoir été « alertée » et réclame … »."""
    for joined in _AND_NEXT_ACT_FR.finditer(text, *content):
        verb = joined.group("verb")
        if verb.endswith(("e", "ent", "et")) and not verb.endswith(("re", "ée")):
            return trimmed(text, content[0], joined.start())
    return content


def without_the_writers_when(text: str, lemma: str, rest: tuple[int, int]) -> tuple[int, int]:
    """A thing reported, without the writer's when after it: "reported a sharp rise in admissions
    as temperatures topped 44 °C" (a clause said keeps its own)."""
    if lemma in _TAKES_A_THING and (when := _WRITERS_WHEN.search(text, *rest)):
        return trimmed(text, rest[0], when.start())
    return rest


# The marks a content may leave open, with their closing marks.
MARK_PAIRS = (('"', '"'), ("“", "”"), ("«", "»"))
# ", but I don't think …", ", and I believe them": the narrator's own voice after what was reported.
_OWN_ASIDE = re.compile(
    r",[\s\u00a0]+(?:and|but|yet|mais|et)[\s\u00a0]+(?:I|we|je|nous|j['’])(?=[\s\u00a0'’])"
)


def before_own_aside(text: str, sentence: int, content: tuple[int, int]) -> tuple[int, int]:
    """`content` up to the narrator's own voice after it, outside a quotation."""
    aside = _OWN_ASIDE.search(text, *content)
    if aside is None or any(left_open(text, sentence, aside.start(), *marks) for marks in MARK_PAIRS):
        return content
    return content[0], aside.start()


# Where the main clause goes on after a report in the subject's relative clause: ", was not
# available", ", n'a pas été réélu", ", said it would appeal", « …, avaient appelé la police ».
MAIN_CLAUSE_GOES_ON = re.compile(
    r",[\s\u00a0]*(?:n['’]|ne[\s\u00a0]+)?(?:"
    + FINITE.pattern.removeprefix(r"[\s\u00a0]")
    + r"|(?:said|says|told|added|insisted|argued|a[\s\u00a0]+(?:dit|déclaré|affirmé|indiqué|ajouté)"
    r"|avaient|étaient|seront|sera|restent|reste|devait|devaient|s['’](?:est|était|étaient|sont))\b"
    # an English past and what it governs, to the end: ", spoke to Konbini", ", resigned on Monday"
    # (not ", launched in May, would fail": a participle inside what was said)
    r"|(?-i:spoke|went|took|gave|left|wrote|became|met|fled|[a-z]{3,}ed)"
    r"(?=[\s\u00a0]+(?:to|on|in|at|from|after|with|about|last)\b[^,]*$))",
    re.IGNORECASE,
)
