"""What a reporting verb reports with no "that" and no quotation: its bare object ("said Friday it
would …", « a annoncé de nouvelles restrictions », "blamed the delays on …", "told me everything
was fine"), and what stops such an object from being a claim ("said nothing", "told the children to
leave", « a condamné X à deux ans de prison »). No Qt, no storage.
"""

from __future__ import annotations

import re

from claimtracker.extraction import adjuncts, outlets
from claimtracker.extraction import speaker_phrases as phrases
from claimtracker.extraction.acts_not_claims import an_act_not_a_claim
from claimtracker.extraction.after_verb import LEADING_ADJUNCT, participle_clause
from claimtracker.extraction.content_ends import without_the_writers_when
from claimtracker.extraction.date_phrases import DATE_PHRASE
from claimtracker.extraction.main_subject import IRREGULAR_PASTS
from claimtracker.extraction.quotations import quoted, trimmed
from claimtracker.extraction.reporting_words import (
    ASKING,
    CLOSING_QUOTES,
    OPENING_QUOTES,
    WEEKDAYS_EN,
)

# How long or how often, before the object: "warned for months of …", "said repeatedly …".
_HOW_LONG = re.compile(
    r"(?:for[\s\u00a0]+(?:(?:many|several|some|two|three|a[\s\u00a0]+few)[\s\u00a0]+)?(?:months|years|weeks|days|decades"
    r"|a[\s\u00a0]+long[\s\u00a0]+time)|repeatedly|publicly|privately|depuis[\s\u00a0]+des[\s\u00a0]+(?:mois|années|semaines))"
    r"[\s\u00a0,]+",
    re.IGNORECASE,
)
_OBJECT_THEN_COLON = re.compile(
    r"(?:it|this|so|the[\s\u00a0]+following|the[\s\u00a0]+same)(?:[\s\u00a0]+[\w'’-]+){0,3}[\s\u00a0]*:[\s\u00a0]*",
    re.IGNORECASE,
)


# The subject's next verb after an object: "et appellent à la grève", "et a demandé …".
_AND_THEN_VERB_FR = re.compile(
    r"[\s\u00a0,]+et[\s\u00a0]+(?:\w+ent|a|ont)[\s\u00a0]+(?!(?:le|la|les|un|une|des)\b)", re.I
)


# After a closing quotation mark, the object it heads goes on: « » des axes routiers », "” of the plan".
NOUN_GOES_ON = re.compile(r"[\s\u00a0]*[»”\"][\s\u00a0]+(?:(?:de|des|du|aux|of)[\s\u00a0]|d['’])")


QUESTION = re.compile(
    r"(?:(?P<yes_no>si|if|whether)|how|what|why|when|where|who|which|pourquoi|comment|quand|où|combien)\b",
    re.IGNORECASE,
)


# A condition, then the main clause of what was said: "if the tape exists, it is …", « si … , il … ».
_CONDITION_THEN_CLAUSE = re.compile(
    r"(?:if|unless|si)\b[^,;:.?]{3,80},[\s\u00a0]*[«“\"]?[\s\u00a0]*(?:[\w'’-]+[\s\u00a0]+){0,3}?"
    r"(?:is|are|was|were|would|will|could|should|can|might|must|has|had|have|est|sera|serait|sont|seront|ont|a|aura"
    r"|(?:it|he|she|that|there)['’]s)\b",
    re.IGNORECASE,
)
_ASKED_WHOM = re.compile(
    r"(?:me|him|her|us|them|you)[\s\u00a0]+"
    # "asked me last year if …": when, between whom and the question
    r"(?:(?:(?:last|this)[\s\u00a0]+\w+|yesterday|today|recently|once|again|later)[\s\u00a0,]+)?"
    r"(?=(?:if|whether|how|what|why|when|where|who|which)\b)",
    re.I,
)
# Common verbs in the present, after an adverb or not: "the children now do better", "the water tastes".
_PRESENT = (
    r"(?:(?:now|still|also|often|already|really|just|no[\s\u00a0]+longer)[\s\u00a0]+)?(?:do|does|don['’]t|doesn['’]t"
    r"|didn['’]t|need|needs|want|wants|get|gets|go|goes|feel|feels|know|knows|live|lives|work|works|pay|pays|earn"
    r"|earns|cost|costs|seem|seems|remain|remains)"
)
_WARNED_WHOM_ONLY = re.compile(
    r"(?:them|him|her|us|me|you|people|residents|families)\b(?![\s\u00a0]+(?:that|of|about|not|to|against)\b)",
    re.IGNORECASE,
)
# A thing named by the speaker's word for it, not a question: "blames what it calls …".
_WHAT_IT_CALLS = re.compile(
    r"what[\s\u00a0]+(?:it|he|she|they|we|I|you)[\s\u00a0]+(?:calls?|called|describes?|described|terms?|termed|dubs?|dubbed)\b",
    re.IGNORECASE,
)
# What starts a reported clause with no "that" after "told the court": "he had acted …".
_SUBJECT_PRONOUN = re.compile(
    r"(?:he|she|they|it|we|I|there|you)\b"
    # "told me the station will stay open": a subject, then its finite verb
    r"|(?:the|a|an|his|her|their|its|our|my|this|these)(?:[\s\u00a0]+[\w'’-]+){1,3}?[\s\u00a0]+"
    r"(?:will|would|is|was|are|were|had|has|have|could|can|should|must|might|may|[a-z]{3,}ed|"
    + _PRESENT
    # a past with no "-ed": "told me the company chose the town because …"
    + rf"|{'|'.join(sorted(IRREGULAR_PASTS))})\b"
)


_PROMISED_TO = re.compile(
    r"(?:(?!(?:un|une|le|la|les|des|du|l['’])\b)[\w'’-]+[\s\u00a0]+){0,3}?d(?:e[\s\u00a0]|['’])"
)


# After a noun phrase, a clause of the writer's or the speaker's own: ", mais personne ne sait …".
_BUT_A_NEW_CLAUSE = re.compile(
    r",[\s\u00a0]+(?:mais|but|alors[\s\u00a0]+que|whilst|while|whereas)[\s\u00a0]", re.IGNORECASE
)


# The writer's explanation of a figure reported: ", helped by strong demand", ", hit by the strike".
_WRITERS_CAUSE = re.compile(
    r",[\s\u00a0]+(?:helped|hit|driven|boosted|fuell?ed|buoyed|supported|dragged[\s\u00a0]+down|weighed[\s\u00a0]+down"
    r"|hurt|lifted)[\s\u00a0]+by\b",
    re.IGNORECASE,
)


# What a blame is for: "blamed the delays on the strike", "blamed the council for the flooding".
_BLAMED_FOR = re.compile(r"[\s\u00a0](?:for|on)[\s\u00a0]", re.IGNORECASE)
# A cause blamed, not whom: "blamed a shortfall in supply", "blamed the lack of rain".
_A_CAUSE = re.compile(
    r"(?:an?[\s\u00a0]|(?:the[\s\u00a0]+)?(?:lack|shortage|shortfall|failure|error|weather|rain|storm|delays?|fault"
    r"|glitch|cuts|heat|drought|floods?|flooding)\b)",
    re.IGNORECASE,
)


# A short object that points back at what the text already said: "reported the problems", "reported it".
# The verb of a relative set off by a comma: "…, which first reported the case".
_IN_A_RELATIVE = re.compile(
    r",[\s\u00a0]*(?:which|who)[\s\u00a0]+(?:[a-z]+[\s\u00a0]+)?[a-z]+$", re.IGNORECASE
)
# How one says one is: « se dit soulagé », « se disent épuisés ».
_SAYS_ONESELF = re.compile(
    r"\bs(?:e[\s\u00a0]+|['’])(?:dit|disent|disait|disaient|dite?s?)[\s\u00a0]*$", re.IGNORECASE
)
_WHAT_WAS_ALREADY_NAMED = re.compile(
    r"(?:it|them|this|that|(?:the|this|these|those|her|his|their)[\s\u00a0]+[\w'’-]+(?:[\s\u00a0]+[\w'’-]+)?)"
    r"(?:[\s\u00a0]+to[\s\u00a0]+(?:the[\s\u00a0]+)?[\w'’-]+)?[\s\u00a0]*[.,;]?",
    re.IGNORECASE,
)


# "… to Reuters", « … au Parisien », « … à l'AFP » ending a bare object: whom it was told, by name.
_TO_AN_OUTLET_AT_END = re.compile(
    r"[\s\u00a0]+(?:(?:à|au|aux|to)[\s\u00a0]+(?:l['’]|la[\s\u00a0]+|le[\s\u00a0]+|the[\s\u00a0]+)?"
    # « s'est dit « fier » sur RMC Sport »: a channel by its letters or its network (not « sur Paris »)
    r"|sur[\s\u00a0]+(?=(?-i:[A-Z]{2,}|France[\s\u00a0]|Europe[\s\u00a0]|Radio[\s\u00a0])))(?-i:[A-ZÀ-Ý])"
    r"[^,;:«»“”\"\s]*(?:[\s\u00a0]+(?-i:[A-ZÀ-Ý0-9])[^,;:«»“”\"\s]*){0,3}"
    r"(?:[\s\u00a0]+(?:magazine|newspaper|daily|weekly|radio|news[\s\u00a0]+agency))?"  # "to People magazine"
    # when, after the outlet: "confirmed the job cuts to the BBC on Tuesday"
    rf"(?:[\s\u00a0]+(?:on[\s\u00a0]+)?(?i:{WEEKDAYS_EN}|yesterday)(?:[\s\u00a0]+(?i:morning|afternoon|evening|night))?)?$"
)
# A journey before "to X": "the suspect fled to Spain" says where someone went, not whom it was told.
_WENT = re.compile(
    r"\b(?:fled|went|moved|travell?ed|flew|returned|ran|came|sailed|drove|escaped|headed|relocated|deported"
    r"|extradited|transferred|emigrated|defected|withdrew|crossed|was|were|been|is|are|s['’]est|est|sont|partie?s?)\b",
    re.IGNORECASE,
)


# "warned residents to leave", "warned Biden against crossing red lines": advice, not a claim
_WARNED_TO = re.compile(
    r"(?:(?:[\w'’-]+[\s\u00a0]+){1,5}?(?P<to>to)[\s\u00a0]+(?!be\b)[a-z]+"
    r"|(?:[\w'’-]+[\s\u00a0]+){0,5}?(?P<against>against)[\s\u00a0]+[\"“]?[a-z]+)\b"
)


# A clause after whom the speaker told, with no "that": "told me everything was fine".
CLAUSE = re.compile(
    r"(?!(?:to|but|and|or|so|yet|because|if|when|whilst|while|as)\b)(?:[\w'’-]+[\s\u00a0]+){1,3}"
    r"(?:is|was|are|were|will|would|has|had|have|could|can|must|should|may|might)\b"
    r"|(?:i|you|we|they|he|she|it|there)['’](?:m|re|s|ve|ll|d)\b",  # "says I'm mad"
    re.IGNORECASE,
)


# A day at the end of a bare object: when it was said ("announced a strike on Tuesday").
_TRAILING_DAY = re.compile(
    r"(?<!\bsince)(?<!\buntil)(?<!\bbefore)(?<!\bafter)(?<!\bfrom)(?<!\bby)"
    rf"[\s\u00a0]+(?:(?:late|early)[\s\u00a0]+)?(?:on[\s\u00a0]+)?(?:{DATE_PHRASE}|{WEEKDAYS_EN}|yesterday|today"
    r"|last[\s\u00a0]+(?:week|month|night))(?:[\s\u00a0]+(?:night|morning|evening|afternoon))?"  # "late on Sunday"
    r"[\s\u00a0]*$",
    re.IGNORECASE,
)
# Where a court heard it, after a short object: « a reconnu les faits à l'audience », "denied the
# charges in court".
_TRAILING_COURT = re.compile(
    r"[\s\u00a0]+(?:à[\s\u00a0]+l['’]audience|à[\s\u00a0]+la[\s\u00a0]+barre|lors[\s\u00a0]+de[\s\u00a0]+l['’]audience"
    r"|devant[\s\u00a0]+(?:le[\s\u00a0]+tribunal|la[\s\u00a0]+cour|les[\s\u00a0]+juges|les[\s\u00a0]+enquêteurs)"
    r"|en[\s\u00a0]+garde[\s\u00a0]+à[\s\u00a0]+vue|in[\s\u00a0]+court|at[\s\u00a0]+(?:the|a)[\s\u00a0]+hearing"
    r"|before[\s\u00a0]+the[\s\u00a0]+(?:judge|court|jury))[\s\u00a0]*$",
    re.IGNORECASE,
)


_WARNED_OF = re.compile(  # (after how long: "warned for years of a crisis")
    r"(?:(?:for|over)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?(?:years|months|weeks|days|decades|time)[\s\u00a0]+)?"
    r"(?:of|about|against|over|on)\b|[«“\"]",
    re.IGNORECASE,
)
# A short clause that only says when: "before he was shot", "when they arrived".
_ONLY_WHEN = re.compile(
    r"(?:before|after|when|while|until|once)[\s\u00a0]+(?:he|she|they|I|we|you|it)(?:[\s\u00a0]+[\w'’-]+){1,4}"
    r"(?:,[\s\u00a0]+(?:according[\s\u00a0]+to|per)[\s\u00a0][^,;:]+)?[.!]?",
    re.IGNORECASE,
)


def bare_content(
    text: str, language: str, lemma: str, position: int, end: int, *, audience: bool
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """What a verb reports with no "that" and no quotation ("said Friday it would …", "a annoncé
    de nouvelles restrictions", "blamed the delays on …"), and the outlet named before it; None
    when its object is no claim ("said nothing", "told the children to leave")."""
    rest = trimmed(text, position, end)
    next_to_verb = not text[position : rest[0]].strip()
    while adjunct := LEADING_ADJUNCT.match(text, *rest):  # "said Friday it would …"
        rest = trimmed(text, adjunct.end(), rest[1])
    if _ONLY_WHEN.fullmatch(text, *rest):
        return None  # '"…," he said he told police before he was shot': when, not what
    if "," in text[position : rest[0]] and adjuncts.WRITERS_RANKING.match(text, *rest):
        return None  # "…, the governor said on Sunday, the latest in a series of strikes": the writer's
    # The object opens with a quotation, after the adjuncts: where its opening mark stands.
    opening = (
        rest[0]
        if rest[0] < len(text) and text[rest[0]] in OPENING_QUOTES
        else len(text[position : rest[0]].rstrip(" \u00a0")) + position - 1
    )
    if opening >= position and text[opening] in OPENING_QUOTES:
        words = quoted(text, opening, rest[1])
        close = len(text) - len(text[words[1] :].lstrip(" \u00a0"))
        if (
            close < rest[1]
            and text[close] in CLOSING_QUOTES
            and adjuncts.only_adjuncts(text, close + 1, rest[1], allow_object=False)
            and not NOUN_GOES_ON.match(text, close - 1, rest[1])  # « « l'aide de l'État » aux communes »
        ):
            rest = words  # « a dénoncé le 2 mars « une situation indigne » lors du conseil »: the quotation
    if (
        audience
        and not (next_to_verb and _SUBJECT_PRONOUN.match(text, *rest))
        and not CLAUSE.match(text, *rest)
    ):
        return (
            None  # "told the children to leave", "tell a different story" (not "told me everything was fine")
        )
    told = outlets.intermediary_in(text, position, rest[0])
    if (
        (to_outlet := _TO_AN_OUTLET_AT_END.search(text, *rest))
        and not phrases.has_finite_verb(text, rest[0], to_outlet.start())  # not "had been reported to X"
        and "," not in text[rest[0] : to_outlet.start()]  # not "…, according to X"
        and not _WENT.search(text, rest[0], to_outlet.start())  # not "the suspect fled to Spain"
        # a short object (not "took him in and handed him over to the FBI")
        and len(text[rest[0] : to_outlet.start()].split()) <= 6
        and (medium := outlets.intermediary_in(text, to_outlet.start(), rest[1]))
    ):  # « a confirmé l'information au Parisien », "confirmed the news to Reuters": the medium told
        rest, told = trimmed(text, rest[0], to_outlet.start()), told or medium
    if said_it := _OBJECT_THEN_COLON.match(text, *rest):
        rest = trimmed(text, said_it.end(), rest[1])  # "I've said it many times: cut the waste"
    if lemma == "complain" and not (text.startswith("of ", rest[0]) or CLAUSE.match(text, *rest)):
        return None  # "complained of outages", "complained the food was cold" (not ", saying …", "to the council")
    if lemma == "warn" and not (_WARNED_OF.match(text, *rest) or CLAUSE.match(text, *rest)):
        return None  # "warned of a crisis", "warned the economy could shrink" (not "warned ministers repeatedly")
    if an_act_not_a_claim(text, lemma, rest):
        return None  # "added 0.3 points to inflation", « revendiquent une hausse des salaires »
    if (
        lemma == "blame"
        and not _BLAMED_FOR.search(text, *rest)
        and not _A_CAUSE.match(text, *rest)  # "blamed a shortfall in supply": what caused it
        and not any(mark in text[rest[0] : rest[1]] for mark in OPENING_QUOTES)
    ):
        return None  # "45% blamed Republicans": who is blamed, no claim of what for
    if (
        lemma == "report"
        and _IN_A_RELATIVE.search(text, max(0, position - 40), position)
        and (comma := text.find(",", *rest)) != -1
    ):
        rest = trimmed(text, rest[0], comma)  # "ARD, which first reported the case, …": the relative ends
    if lemma == "report" and _WHAT_WAS_ALREADY_NAMED.fullmatch(text, *rest):
        return None  # "when she reported the problems": an act of reporting, no new claim
    if lemma == "promettre" and _PROMISED_TO.match(text, *rest):
        return None  # « avait promis en 2022 de ne pas toucher … »: a promise to act, not a claim
    if lemma == "warn" and _WARNED_WHOM_ONLY.match(text, *rest):
        return None  # "after an imam warned them in a Friday sermon": whom, and nothing said
    directed = _WARNED_TO.match(text, *rest) if lemma in ("warn", "advise") else None
    if directed and not phrases.has_finite_verb(
        text, rest[0], directed.start("to" if directed.group("to") else "against")
    ):
        return None  # "warned residents of Narooma to leave": an order, not a claim
    if how_long := _HOW_LONG.match(text, *rest):  # "had been warning for months about overcrowding"
        rest = (how_long.end(), rest[1])
    if lemma == "alerter":  # « a alerté sur un risque d'incendie »: the danger; « a alerté les élus »: whom
        alerted_on = re.match(r"sur[\s\u00a0]+", text[rest[0] : rest[1]])
        if alerted_on is None:
            return None
        rest = (rest[0] + alerted_on.end(), rest[1])
    if lemma in ("warn", "mettre en garde", "faire état", "complain") and (
        warned_of := re.match(r"(?:of|contre|de|du|des)[\s\u00a0]+|d['’]", text[rest[0] : rest[1]])
    ):
        # "warned of more flooding", « contre … »: the danger; « a fait état de trois blessés »: the fact
        rest = (rest[0] + warned_of.end(), rest[1])
    if re.match(
        # "de" unless it is the article of a plural: "a annoncé de nouvelles restrictions"
        r"(?:about(?![\s\u00a0]+[\d$£€])|of|to|sur|de(?![\s\u00a0]+\w+[sx]\b)|nothing|anything|little|rien|so|something"
        # "said that" (not "disputes that account": a determiner before what was said)
        r"|that(?!['’])(?![\s\u00a0]+(?:account|claim|report|version|story|figure|assessment|assertion|allegation|view"
        r"|characteri[sz]ation|description|interpretation|estimate|number)s?\b)"
        # where or when, with no object: "tax rises announced in the Budget"
        r"|(?:in|at|by|during|under|from)[\s\u00a0]+(?:the|a|an|its|his|her|their|this|last)(?=[\s\u00a0])"
        r"|(?:(?:many|several|some|other|a[\s\u00a0]+few|lots[\s\u00a0]+of|a[\s\u00a0]+lot[\s\u00a0]+of)[\s\u00a0]+)?things"
        r"|a[\s\u00a0]+lot|much|(?:everything|it[\s\u00a0]+all)(?=[\s\u00a0]*(?:[,.;!?]|$))|responsibility|credit|la[\s\u00a0]+responsabilité|yes|oui"
        r"|the[\s\u00a0]+same(?:[\s\u00a0]+thing)?|exactly[\s\u00a0]+(?:that|this)|as[\s\u00a0]+much"  # "said the same thing"
        r"|no(?=[\s\u00a0]+(?:to|before|after|when|and|but|because|then|again|thanks)\b|[\s\u00a0]*(?:[,.;!?]|$))"
        r"|non(?=[\s\u00a0]+à\b|[\s\u00a0]*(?:[,.;!?]|$)))\b",
        text[rest[0] : rest[1]],
        re.I,
    ):
        return None  # "tells Wikinews about self-medicating ants" (not "said about 1.2 million …"), "said nothing"
    if lemma == "write" and re.match(
        r"(?:a|an|his|her|their|my|our|your|several|two|three)\b|(?:(?:it|them|this|that|everything|something)[\s\u00a0]+)?down\b",
        text[rest[0] : rest[1]],
        re.I,
    ):
        return None  # "should write a second book": a work; "wrote it down": a record, not a claim
    if lemma == "ask" and (asked := _ASKED_WHOM.match(text, *rest)):
        rest = (asked.end(), rest[1])  # "asked me whether I wanted the job": what was asked
    question = None if _WHAT_IT_CALLS.match(text, *rest) else QUESTION.match(text, *rest)
    if question and _CONDITION_THEN_CLAUSE.match(text, *rest):
        question = None  # "said if the tape exists, it is blackmail": a condition, then what was said
    if lemma in ("ask", "question") and question is None:
        return None  # "asked for more time", "asked him to leave": a request, no question reported
    # « se dit « soulagé » »: a word quoted is said word for word
    quoted_word = any(
        mark in OPENING_QUOTES
        for mark in (
            text[rest[0] : rest[1]].lstrip(" \u00a0")[:1],
            text[max(0, rest[0] - 3) : rest[0]].strip()[-1:],
        )
        if mark
    )
    feeling = _SAYS_ONESELF.search(text, max(0, position - 16), position)  # « se disent épuisés »
    if (rest[1] - rest[0] < 8 and not CLAUSE.match(text, *rest) and not quoted_word and not feeling) or (
        question and (lemma not in ASKING or (question.group("yes_no") and lemma != "ask"))
    ):
        return None
    if language == "fr" and (then := _AND_THEN_VERB_FR.search(text, *rest)):
        rest = trimmed(text, rest[0], then.start())  # "dénoncent une réforme et appellent à la grève"
    rest = without_the_writers_when(text, lemma, rest)  # "reported a rise … as temperatures topped …"
    if why := _WRITERS_CAUSE.search(text, *rest):
        rest = trimmed(
            text, rest[0], why.start()
        )  # "reported higher sales on Thursday, helped by demand for …"
    if (
        (but := _BUT_A_NEW_CLAUSE.search(text, *rest))
        and not CLAUSE.match(text, *rest)
        and not phrases.has_finite_verb(text, rest[0], but.start())
    ):
        rest = trimmed(text, rest[0], but.start())  # « a promis un fonds d'urgence, mais personne ne sait … »
    if (
        (joined := participle_clause(text, rest[0], rest[1], language)) is not None
        and not CLAUSE.match(text, *rest)
        and not phrases.has_finite_verb(text, rest[0], joined)
    ):
        rest = trimmed(text, rest[0], joined)  # "announced the plan Tuesday, saying …": the participle's own
    rest = without_its_day(text, rest)  # "announced the discovery on March 3": when, not what
    if (court := _TRAILING_COURT.search(text, *rest)) and not phrases.has_finite_verb(text, *rest):
        rest = trimmed(text, rest[0], court.start())  # « a reconnu les faits à l'audience »: where
    return rest, told


# A past after a noun, not an adjective after its article: "the attack happened", "profits rose" (not
# "the planned closure").
_PAST_AFTER_A_NOUN = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
    r"(?<=[a-z] )(?-i:[a-z]{3,}ed|rose|fell|went|came|began|took|hit|won|lost|grew|broke|fled|struck|sank|led)\b"
)


def without_its_day(text: str, rest: tuple[int, int]) -> tuple[int, int]:
    """A thing reported without the day after it, when it was said: "announced the discovery on March
    3" (not "said the clinic would open on Saturday", "said the attack happened on Sunday": a clause
    keeps its day)."""
    if (
        (day := _TRAILING_DAY.search(text, *rest))
        and len(text[rest[0] : day.start()].split()) >= 2
        and not phrases.has_finite_verb(text, *rest)
        and not CLAUSE.match(text, *rest)
        and not _PAST_AFTER_A_NOUN.search(text, rest[0], day.start())
    ):
        return trimmed(text, rest[0], day.start())
    return rest
