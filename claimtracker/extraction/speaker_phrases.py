"""Noun phrases around a reporting word: the speaker before or after it, the source after a preposition.

Spans are (start, end) offsets into the text, trimmed to start and end on words.
"""

from __future__ import annotations

import re

from claimtracker.extraction import phrase_heads as heads
from claimtracker.extraction.asides import CHANNEL_BEFORE_VERB
from claimtracker.extraction.descriptions import (
    BARE_PLURAL,
    DEFINED_BY_RELATIVE,
    RELATIVE,
    ROLE_IN_EVENTS,
    UNNAMED,
    without_description,
)
from claimtracker.extraction.main_subject import (
    IRREGULAR_PASTS,
    OPENERS,
    THOSE_WHO,
    a_past_in,
    after_inner_report,
    clause_subject,
    main_subject,
    segments_of,
    strip_connectives,
)
from claimtracker.extraction.persons import ONE_WORD_OUTLETS
from claimtracker.extraction.phrase_heads import (
    A_NAME,
    ADVERB_ONLY,
    AND_THEN_NOUN_PHRASE,
    AND_THEN_PRONOUN,
    ASKED_ASIDE,
    ASKED_BEFORE_VERB,
    CLAUSAL,
    CONJUNCTION_THEN_SUBJECT,
    DASHED_ASIDE,
    DESCRIBED,
    FLOATING_QUANTIFIER,
    IN_WHICH,
    NAME_AT_END,
    NAME_FIRST,
    NOUN_THEN_ITS_RELATIVE,
    ON_A_DATE,
    PLURAL_THEN_PAST,
    RELATIVE_FIRST,
    RELATIVE_RIGHT_BEFORE,
    ROLE,
    SUBJECT_THEN_VERB,
    TRAILING_ADVERB,
    TRAILING_WHEN,
    antecedent,
    subject_after_opener,
)
from claimtracker.extraction.quotations import trimmed
from claimtracker.extraction.reporting_words import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    PRONOUNS,
    WEEKDAYS_EN,
    WEEKDAYS_FR,
)

NP_START = frozenset("the a an one his her their its our le la les un une l' l’".split())
_CLITICS = re.compile(
    r"(?:[\s\u00a0]+(?:lui|leur|nous|vous|me|te|se|les|l['’]|y|en|ne|n['’]))+$", re.IGNORECASE
)
SENTENCE_STOPS = ".;:!?\n"
# Where the subject's clause starts: after a complementiser or a subordinating conjunction.
_SUBORDINATE = re.compile(
    r"(?<![\w'’])(?:que(?!\w)|qu['’]|that(?!\w)|quand(?!\w)|lorsque?(?!\w)|lorsqu['’]|when(?!\w)|because(?!\w)"
    r"|whilst(?!\w)|while(?!\w)|whereas(?!\w)|where(?!\w)|où(?!\w)|unless(?!\w)|although(?!\w)|though(?!\w)"
    # also prepositions: a conjunction only before a subject pronoun ("after it said", not "after the attack")
    r"|(?:after|before|until|since)(?=[\s\u00a0]+(?:it|he|she|they|we|I)\b)"
    r"|parce qu(?:e|['’])|puisque?(?!\w)|puisqu['’]|if(?!\w)|si(?!\w))",
    re.IGNORECASE,
)
# A finite verb inside a long "subject" means it is a clause: "Ernst Bloch est soucieux … et souligne".
FINITE = re.compile(
    r"[\s\u00a0](?:est|sont|ont|était|avait|is|was|are|were|has|have|had|se|s['’]|didn['’]t|doesn['’]t"
    # French "a" before its participle or adverb ("a déclaré", "a été", "a notamment"), never the
    # English article ("filed by a group of residents")
    r"|a(?=[\s\u00a0]+(?:[\w-]*(?:é|ée|és|ées|i|is|it|u|us|ert|int)|été|eu|également|aussi|notamment|déjà"
    r"|toujours|encore|ensuite|alors|récemment|pourtant|ainsi|lui|leur|pas|jamais|rien|guère)\b))[\s\u00a0]",
    re.I,
)
# A clause with no subject opening the sentence: "Speaking on Sunday", « Interrogé par Le Monde ».
_PARTICIPLE_OPENER = re.compile(
    r"(?-i:[A-Z]\w+ing)\b|(?:asked|questioned|interviewed|contacted|reached|interrogée?s?|questionnée?s?"
    r"|contactée?s?|jointe?s?|invitée?s?|s['’]exprimant|prenant[\s\u00a0]+la[\s\u00a0]+parole)\b",
    re.IGNORECASE,
)
_TIME_OPENER = re.compile(
    r"(?:earlier|later|last|this|yesterday|today|tonight|overnight|recently|previously|"
    rf"{WEEKDAYS_EN}|hier|aujourd['’]hui|{WEEKDAYS_FR}|cette semaine|la semaine dernière|plus tôt|récemment)\b",
    re.IGNORECASE,
)
# "who", never "WHO" (the World Health Organization).
_RELATIVE_INSIDE = re.compile(r"(?<=[\w)])[\s\u00a0]+(?!(?-i:WHO)\b)(?:who|qui)[\s\u00a0]", re.IGNORECASE)
_AUXILIARY_WORDS = frozenset(
    "would will could can may might should must has have had is was are were did does do a ont "
    "est sont était avait va vont sera".split()
)


def has_finite_verb(text: str, start: int, end: int) -> bool:
    """ "the talks would resume", "they trivialize …": a clause, not a speaker named after its verb."""
    words = text[start:end].split()
    return any(word.lower() in _AUXILIARY_WORDS for word in words[1:]) or (
        len(words) > 1 and words[0].lower() in PRONOUNS
    )


def reduced_relative_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase right before a participle: "a message stating …", "with one poster writing …"."""
    with_np = re.compile(
        r"(?:with|avec)[\s\u00a0]+(?P<np>(?:[\w'’-]+[\s\u00a0]+){0,3}[\w'’-]+)[\s\u00a0]*$", re.I
    )
    found = with_np.search(text, start, end)
    if found:
        return found.span("np")
    phrase = re.compile(
        r"(?<![\w'’])(?P<np>(?:a|an|the|one|some|un|une|le|la|les|des)[\s\u00a0]+(?:[\w'’-]+[\s\u00a0]+){0,2}[\w'’-]+)"
        r"[\s\u00a0]*$",
        re.I,
    ).search(text, start, end)
    return phrase.span("np") if phrase else None


def subject_after_comma(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "…, Maliki a proposé …" → "Maliki": the noun phrase before the main clause's verb."""
    pronoun = re.compile(r"(?:il|elle|ils|elles|he|she|they|we|nous)\b").match(text, start, end)
    if pronoun:
        return pronoun.span()  # "Warning that …, he urged …"
    verb = re.compile(
        r"[\s\u00a0]+(?:a|ont|avait|est|sont|était|has|had|was|is|were|are|s['’]|l['’]|lui|leur)\b", re.I
    ).search(text, start, min(end, start + 120))
    if verb is None:
        return None
    span = trimmed(text, start, verb.start())
    return span if span[1] > span[0] and len(text[span[0] : span[1]].split()) <= 8 else None


def clause_start(text: str, start: int, end: int) -> int:
    """The start of the clause that ends at `end`: after the last ";", ":" or dateline dash."""
    cut = start
    for pattern in (r";", r":(?=[\s\u00a0])", r"[\s\u00a0][–—-][\s\u00a0]"):
        for found in re.finditer(pattern, text[start:end]):
            cut = max(cut, start + found.end())
    return cut


def subject_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The subject of a verb starting at `end`: the last noun phrase of the clause, by its name.

    "Gomery, le responsable de la commission, a indiqué" → "Gomery";
    "Malgré la photo, la police a dit" → "la police"; "…, qui a déclaré" → the antecedent.
    """
    if those := THOSE_WHO.search(text, start, end):
        return those.span("np")  # "to those who say that …", « à ceux qui disent que … »
    if (asked := ASKED_BEFORE_VERB.search(text, start, end)) and asked.start() > start:
        return subject_before(text, start, asked.start())  # "McLennan, asked about it on Thursday, insisted"
    if (channel := CHANNEL_BEFORE_VERB.search(text, start, end)) and channel.start() > start:
        return subject_before(text, start, channel.start())  # "X in an interview with Skai TV promised"
    if aside := DASHED_ASIDE.search(text, start, end):
        # "The group's founder — Anna Berg, a former nurse — said": the subject before the aside,
        # with the name the aside gives it
        head = subject_before(text, start, aside.start())
        named = NAME_FIRST.match(text, aside.start("inside"), aside.end("inside"))
        return (head[0], named.end()) if head and named else head
    begin = clause_start(text, start, end)
    if (own := RELATIVE_RIGHT_BEFORE.search(text, begin, end)) and own.start() > begin:
        return antecedent(text, begin, own.start())  # "a report which, in 2019, had warned that …"
    last_quote = max(text.rfind(q, begin, end) for q in CLOSING_QUOTES + OPENING_QUOTES)
    if not _quoted_name(text, begin, last_quote):
        begin = max(begin, last_quote + 1)
    relative = _RELATIVE_INSIDE.search(text, begin, end)
    complement = list(_SUBORDINATE.finditer(text[begin:end]))
    if (
        complement
        and complement[-1].group(0).lower() not in ("where", "où")
        and (
            _NOUN_BEFORE_THAT.fullmatch(text, begin, begin + complement[-1].start())
            or any(a < complement[-1].start() < b for a, b in _described_spans(text, begin, end))
        )
    ):
        # "The company that runs the dam said", "The officials, who asked not to be named
        # because they were not authorised to speak, said": inside the subject, not its clause.
        complement = []
    if complement and not (relative and relative.start() < begin + complement[-1].start()):
        begin = begin + complement[-1].end()
    elif (joined := CONJUNCTION_THEN_SUBJECT.search(text, begin, end)) and (
        FINITE.search(text, begin, joined.start() + 1)
        or a_past_in(text, begin, joined.start())
        # "Long queues returned … as marketers blamed": a plural noun, then its past, before a
        # conjunction that is never a preposition
        or (CLAUSAL.match(text, joined.start()) and PLURAL_THEN_PAST.search(text, begin, joined.start()))
        or SUBJECT_THEN_VERB.search(text, begin, joined.start())
    ):
        # "The vote was put off after manufacturers warned": after a clause of its own, "after"
        # joins a new one, whose subject speaks ("Officials after the attack said": a preposition).
        begin = joined.start("subject")
        while (later := CONJUNCTION_THEN_SUBJECT.search(text, begin, end)) and later[0].split()[0] != "as":
            begin = later.start("subject")  # "Cook took over as CEO in August after Jobs said": Jobs
    elif (
        relative
        and "," not in text[relative.start() : end]
        and not BARE_PLURAL.fullmatch(text, *strip_connectives(text, begin, relative.start()))
        and not UNNAMED.fullmatch(text, *strip_connectives(text, begin, relative.start()))
    ):
        # "A Reuters cameraman who was covering the unrest that afternoon said": the cameraman
        # (a relative in an earlier clause, "… de ce qui s'est passé, mais elle a dit", is not his).
        # Not "Engineers who were not involved in the project said", "A supporter who lives
        # nearby said": nothing else says who.
        end = relative.start()
    segments = segments_of(text, begin, end)
    if not segments:
        return None
    last = segments[-1]
    while len(segments) > 1 and (
        (heads.LIST_END.fullmatch(text, *last) and heads.ENDS_WITH_NAME.search(text, *segments[-2]))
        # "Minister of Information, Culture and Tourism Muamar al-Eryani": one title's list
        or (heads.TITLE_OF_END.search(text, *segments[-2]) and heads.LIST_THEN_NAME.match(text, *last))
    ):
        # "Hospitals in Spain, Italy and Greece have reported": one subject, its names listed
        segments = segments[:-1]
        last = (segments[-1][0], last[1])
    if len(segments) > 1 and ADVERB_ONLY.fullmatch(text, *trimmed(text, *last)):
        last = (last[1], last[1])  # "Tenant groups, who campaigned for it, now argue": the aside's adverb
    if (
        len(segments) > 1
        and A_NAME.fullmatch(text, *strip_connectives(text, *last))
        and ROLE.fullmatch(text, *strip_connectives(text, *segments[-2]))
    ):  # "Malaysia's Prime Minister, Najib Razak said": a role, then the name, one speaker
        return trimmed(text, strip_connectives(text, *segments[-2])[0], last[1])
    if last[1] > last[0]:
        if text[last[0] : last[1]].lower() in ("qui", "who", "which") and len(segments) > 1:
            named = antecedent(text, *segments[-2])
            described = antecedent(text, *segments[-3]) if len(segments) > 2 else None
            if described and A_NAME.fullmatch(text, *named) and DESCRIBED.match(text, *described):
                return described[0], named[1]  # "un éleveur de Revel, Jean-Pierre Moulin, qui dit": both
            apposed = text[segments[-2][0] : segments[-2][1]].strip()[:1]
            if len(segments) > 2 and (apposed.islower() or apposed.isdigit()):  # "a role", "81 ans"
                name = NAME_AT_END.search(text, *segments[-3])  # « X, délégué de Sud-Rail, qui »
                if name:
                    first = re.match(r"\S+[\s\u00a0]+", text[name.start() : name.end()])
                    told = first and first.group().strip() in ONE_WORD_OUTLETS
                    return name.start() + (first.end() if told else 0), trimmed(text, *segments[-2])[1]
            return named
        if len(segments) > 1 and ON_A_DATE.fullmatch(text, *last):
            last = segments[-2]  # "The Church, on October 18, 2008 accused": the Church
        span = strip_connectives(text, *last)
        span = _after_dateline(text, *span)
        if span[1] <= span[0]:
            return main_subject(text, start, end)  # "Posts … theorized that …, and wrote that"
        if joined := CONJUNCTION_THEN_SUBJECT.match(text, *span):
            return trimmed(text, joined.start("subject"), span[1])  # "…, after manufacturers warned that …"
        if OPENERS.match(text, *span):
            return subject_after_opener(text, *span)
    else:
        kept = [s for s in segments[:-1] if s[1] > s[0]]
        while kept and (
            (opener := strip_connectives(text, *kept[0]))[1] <= opener[0]  # "However,"
            or OPENERS.match(text, *opener)  # not "But one chief executive, who …,"
            or _TIME_OPENER.match(text, *kept[0])
            or _PARTICIPLE_OPENER.match(text, *kept[0])
            # "In an interview with Público, a Spanish newspaper, the prime minister, …": the paper's
            or (len(kept) < len(segments) - 1 and heads.A_MEDIUM.fullmatch(text, *trimmed(text, *kept[0])))
        ):
            # "Earlier this week, the mayor of Kyiv, Vitali Klitschko, said": the mayor;
            # "Speaking on Sunday, the leader of the council, Carl Les, said": the leader
            kept.pop(0)
        asides = (
            i for i, s in enumerate(kept) if RELATIVE.match(text, *s) or (i and ASKED_ASIDE.match(text, *s))
        )
        relative = next(asides, None)
        if (
            relative is not None
            and (whose := heads.WHOSE_NOUN.fullmatch(text, *kept[relative]))
            and relative == len(kept) - 2
            and A_NAME.fullmatch(text, *trimmed(text, *kept[-1]))
        ):
            return trimmed(text, *whose.span("np"))  # "New York, whose mayor, Eric Adams, warned": the mayor
        # "X, who attended …, said": X; "Paul McLennan, asked about the report on Thursday, insisted": him
        kept = kept[:relative] if relative is not None else kept
        if not kept:
            return None
        # "Gomery, le responsable de la commission, a indiqué": the name, before its apposition.
        span = strip_connectives(text, *kept[0])
        if len(kept) > 1 and ROLE_IN_EVENTS.match(text, *kept[1]):
            span = (span[0], kept[1][1])  # « Le syndicat, à l'origine du mouvement, »: all of it
        span = _after_dateline(text, *span)
        if len(kept) == 1 == len(segments) - 1 and (head := clause_subject(text, *span)):
            return head  # "Mr. Smith criticised the search, said …": a series of verbs, one subject
    if (pronoun := AND_THEN_PRONOUN.search(text, *span)) and (
        FINITE.search(text, span[0], pronoun.start() + 1)
        or a_past_in(text, span[0], pronoun.start())
        or IRREGULAR_PASTS.intersection(text[span[0] : pronoun.start()].lower().split())  # "He kept on …"
    ):
        return pronoun.span("pronoun")  # "a bunch of them had called and they said": they (not "My
        # colleagues and I have argued": one subject)
    if (joined := AND_THEN_NOUN_PHRASE.search(text, *span)) and (
        FINITE.search(text, span[0], joined.start())
        or a_past_in(text, span[0], joined.start())
        or _PAST_THEN_ADJUNCT.search(text, span[0], joined.start())
    ):
        return joined.span("np")  # "The wind changed around two and our captain told us": our captain
    if _JOINED_VERB.search(text, *span):
        return main_subject(text, *span)  # "The opposition welcomed the decision but said": the opposition
    if (where := IN_WHICH.search(text, *span)) and where.end() < span[1]:
        span = trimmed(text, where.end(), span[1])  # "a statement in which the minister said": the minister
    # "The senator said Trump had told him": Trump; "The spokesman has said the men (told police …)": the men
    span = after_inner_report(text, span)
    finite = FINITE.search(text, *span)
    defined = DEFINED_BY_RELATIVE.match(text, *span)  # "Engineers who were not involved …"
    if finite and len(text[span[0] : span[1]].split()) > 5 and not defined:
        span = trimmed(text, span[0], finite.start())
    clitics = _CLITICS.search(text, *span)
    if clitics:
        span = trimmed(text, span[0], clitics.start())  # "Khamenei lui a rétorqué": Khamenei
    span = without_description(text, *span)
    if (pronoun := RELATIVE_FIRST.match(text, *span)) and pronoun.end() < span[1]:
        span = trimmed(text, pronoun.end(), span[1])  # « le patron, dont elle juge le bilan … »: elle
    if (adverb := TRAILING_ADVERB.search(text, *span)) and adverb.start() > span[0]:
        span = trimmed(text, span[0], adverb.start())  # "Analysts now say": the analysts
    if floating := FLOATING_QUANTIFIER.search(text, *span):
        span = trimmed(text, span[0], floating.start())  # "her deputy both said": her deputy
    if (when := TRAILING_WHEN.search(text, *span)) and when.start() > span[0]:
        span = trimmed(text, span[0], when.start())  # "Ms Patel last night said": Ms Patel
    words = len(text[span[0] : span[1]].split())
    if span[1] <= span[0] or words > 30:
        return None
    if contact := NOUN_THEN_ITS_RELATIVE.match(text, *span):
        span = trimmed(text, contact.end(), span[1])  # "a charge the ministry dismissed": the ministry
    return span


# The start of a subject up to a relative "that": "The company that …", "A report that …".
_NOUN_BEFORE_THAT = re.compile(
    r"[\s\u00a0]*(?:the|a|an|this|these|those|its|his|her|their|every|any|one|some)"
    # no verb among the words: "The newspaper reported that police said …" is a clause (an
    # adjective in -ed may come first: "The armed group that …")
    r"[\s\u00a0]+(?!(?:is|was|are|were|has|have|had|said|says|told|wrote)\b)[\w'’-]+"
    r"(?:[\s\u00a0]+(?!(?:is|was|are|were|has|have|had|said|says|told|wrote|thought|heard|saw|knew"
    r"|\w+ed)\b)[\w'’-]+){0,2}[\s\u00a0]+",
    re.IGNORECASE,
)


# A past in -ed, then no noun: "The wind changed around two", not "the newly elected mayor".
_PAST_THEN_ADJUNCT = re.compile(
    r"(?<![\w'’-])(?-i:[a-z]{3,}ed)[\s\u00a0]+(?:around|at|in|on|to|for|by|after|before|up|down|out|off|over|the|a"
    r"|an|his|her|their|its|our|overnight|suddenly|again|quickly|early|late|abruptly|today|yesterday)\b",
    re.IGNORECASE,
)
_JOINED_VERB = re.compile(r"[\s\u00a0](?:but|and|et|mais)$", re.IGNORECASE)
_DESCRIBED_BETWEEN_COMMAS = re.compile(r",[\s\u00a0]*(?:who|which|whose|qui|dont)\b[^,;]*,", re.IGNORECASE)


def _described_spans(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Where relative clauses between commas lie, relative to `begin`."""
    return [m.span() for m in _DESCRIBED_BETWEEN_COMMAS.finditer(text[begin:end])]


def _quoted_name(text: str, begin: int, close: int) -> bool:
    """'The "History" section of the site': a few quoted words inside the subject, after at most a
    determiner, name something; they do not end a quotation before the subject."""
    if close < begin or text[close] not in CLOSING_QUOTES:
        return False
    opening = max(text.rfind(q, begin, close) for q in OPENING_QUOTES)
    if opening < begin:
        return False
    return len(text[opening + 1 : close].split()) <= 3 and len(text[begin:opening].split()) <= 1


def _after_dateline(text: str, start: int, end: int) -> tuple[int, int]:
    """After a dateline ("LONDON — the minister") and a day with no comma ("On Friday the company")."""
    dash = max(text.rfind(" – ", start, end), text.rfind(" — ", start, end), text.rfind(" - ", start, end))
    start, end = trimmed(text, dash + 3, end) if dash != -1 else (start, end)
    when = _LEADING_WHEN.match(text, start, end)
    return trimmed(text, when.end(), end) if when and when.end() < end else (start, end)


# A day opening the sentence with no comma before the subject: "On Friday morning the company
# said", "Earlier this week the council said", « Mardi soir le ministre a déclaré ».
_LEADING_WHEN = re.compile(
    rf"(?:(?:late|early|earlier|later)[\s\u00a0]+)?(?:on[\s\u00a0]+(?:{WEEKDAYS_EN})"
    rf"|(?:late|early|earlier|later)[\s\u00a0]+(?:{WEEKDAYS_EN})|yesterday|today|tonight|(?:this|last)[\s\u00a0]+"
    rf"(?:week|month|year|weekend|night|time|{WEEKDAYS_EN})|at[\s\u00a0]+the[\s\u00a0]+weekend"
    rf"|(?:{WEEKDAYS_FR}|hier)(?=[\s\u00a0]+(?:soir|matin|après-midi|le|la|les|l['’]|un|une)\b))"
    r"(?:[\s\u00a0]+(?:morning|afternoon|evening|night|soir|matin|après-midi))?[\s\u00a0]+"
    r"(?=(?:the|a|an|his|her|its|their|our|my|your|he|she|they|we|it|le|la|les|l['’]|un|une|il|elle|ils|elles"
    r"|(?-i:[A-Z]))\b)",  # "This time he claimed …", "Last week she told reporters …"
    re.IGNORECASE,
)
