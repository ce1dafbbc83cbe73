"""The constructions news uses around a reporting word, each read into cue, speaker, content, outlet.

* a quotation just before it: "“…,” said X", "« … », a-t-il déclaré", "“…” the mayor said";
* a parenthesis: "A, X said, B";
* the content before it, in the last clause: "…, two officials told Reuters", "…, dit-elle";
* the content after it: "X said (that) …", "X a déclaré à l'AFP que …", "X said: “…”";
* a participle: "Soulignant que …, X", "…, saying that …";
* a preposition: "according to X, …", "…, selon X" (according_to.py).
"""

from __future__ import annotations

import re

from claimtracker.extraction import adjuncts, appositions, descriptions, outlets, told_whom
from claimtracker.extraction import speaker_phrases as phrases
from claimtracker.extraction.according_to import prepositional
from claimtracker.extraction.after_verb import ON_AIR_NAMED, participle_clause
from claimtracker.extraction.as_said import a_saying, as_said, by_whose_estimate, reported_by_after_as
from claimtracker.extraction.asides import ASIDE_BEFORE, CHANNEL_ONLY
from claimtracker.extraction.bare_objects import CLAUSE
from claimtracker.extraction.complementisers import COMPLEMENTISER
from claimtracker.extraction.found import Found
from claimtracker.extraction.incises import incise
from claimtracker.extraction.inverted_speakers import inverted_speaker
from claimtracker.extraction.main_subject import THOSE_WHO, strip_connectives
from claimtracker.extraction.negation import negated, supposed
from claimtracker.extraction.participles import QUOTED_AS, participle
from claimtracker.extraction.passives import passive_report
from claimtracker.extraction.phrase_heads import NOUN_THEN_ITS_RELATIVE
from claimtracker.extraction.purposes import said_for_a_purpose
from claimtracker.extraction.quotations import in_a_figure, trimmed
from claimtracker.extraction.quoted_first import JOINED_CLAUSE, QUOTE_BEFORE, after_quotation
from claimtracker.extraction.relays_at_end import ACCORDING_AT_END, RELAYED_BY
from claimtracker.extraction.reporting_words import CUE, QUOTATION_ONLY
from claimtracker.extraction.said_that import content_after, coordinated_subject
from claimtracker.extraction.verb_checks import is_reporting_verb, lemma_of
from claimtracker.extraction.verb_groups import auxiliary_start, bare_participle
from claimtracker.extraction.writers_relatives import in_the_writers_apposition

_CHARGED_WITH = re.compile(r"\b(?:of|for)[\s\u00a0]+(?-i:[a-z]+ing)\b")
# A clause that sets the scene of a speaker, not what they said: "Asked about …, X said".
_CIRCUMSTANCE = re.compile(
    r"[«“\"]?(?:when[\s\u00a0]+|lorsqu['’]il[\s\u00a0]+a[\s\u00a0]+été[\s\u00a0]+)?(?:asked|questioned|pressed"
    r"|interviewed|speaking|interrogée?s?|questionnée?s?)\b",
    re.IGNORECASE,
)
_SUBORDINATE_ONLY = re.compile(
    r"[«“\"]?(?:when|whenever|if|once|after|before|because|since|whilst|while|although|though|unless|until|by\s+\w+ing"
    r"|quand|lorsque?|lorsqu['’]|si|après\s+que|avant\s+que|parce\s+que|puisque?|bien\s+que)\b",
    re.IGNORECASE,
)
_CONNECTIVE_ONLY = re.compile(
    r"(?:en[\s\u00a0]+effet|par[\s\u00a0]+ailleurs|de[\s\u00a0]+plus|en[\s\u00a0]+outre|pour[\s\u00a0]+autant|in[\s\u00a0]+fact"
    r"|of[\s\u00a0]+course|for[\s\u00a0]+example|in[\s\u00a0]+addition|au[\s\u00a0]+contraire|bien[\s\u00a0]+sûr)",
    re.IGNORECASE,
)
# A subject stressed by its pronoun: « Son voisin, lui, assure … », "The mayor, for her part, said …".
_EMPHASIS = re.compile(
    r",[\s\u00a0]*(?:lui|elle|eux|elles|for[\s\u00a0]+(?:his|her|its|their)[\s\u00a0]+part)$", re.I
)
_AND_BEFORE_SPEAKER = re.compile(r"(?:and|but|or|et|mais|ou)\b", re.IGNORECASE)
# "Officials are saying …", "My editor keeps saying …": a finite verb group, not a participle.
_PROGRESSIVE = re.compile(
    r"\b(?:am|is|are|was|were|been|be|keeps?|kept|(?:\w+|I)['’](?:s|re|m))(?:[\s\u00a0]+\w+ly)?[\s\u00a0]+$",
    re.IGNORECASE,
)
# What no speaker named before an inverted verb starts with: a preposition or a question word.
_NO_SPEAKER_START = re.compile(
    r"(?:about|of|from|for|with|what|which|how|why|whom|whose|ahead|than|above|below|up|down)\b",
    re.IGNORECASE,
)
# The quotation after the verb, with or without a colon: 'The statement read (in part): "…"', « a
# regretté (au micro de Canal+) « … » ».
_REGRET_QUOTED = re.compile(r"[\s\u00a0]+(?:que[\s\u00a0]|qu['’])[^«».!?;:]{1,120}«")
_COLON_QUOTE = re.compile(
    r"(?:[\s\u00a0]+(?:" + ON_AIR_NAMED + r"|in[\s\u00a0]+part))?[\s\u00a0]*:?[\s\u00a0]*[“\"«]",
    re.IGNORECASE,
)
# The speaker's relative clause after an inverted verb: "…, a alerté le PAM, qui réclame « … »".
_RELATIVE_AFTER = re.compile(r",[\s\u00a0]+(?:qui|who|which)\b", re.IGNORECASE)


def construction(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    if purposed := said_for_a_purpose(text, language, match, start, end):
        return purposed  # "wrote to staff to say that …", « nous a réunies pour nous dire que … »
    if match.group("prep"):
        return prepositional(text, language, match, start, end)
    word = match.group("verb").lower()
    if lemma_of(word, language) == "put it":  # "As one analyst put it, …"
        if _PUT_IT_THEN_QUOTE.match(text, match.end(), end):  # 'X puts it more bluntly: "…"'
            return content_after(text, language, match, start, end)
        return as_said(text, language, match, start, end)
    before = text[start : match.start()]
    if match.group("verb")[0].isupper() and before.strip(' \u00a0\n«“"') and language == "en":
        return None  # "the United States", a title
    if (
        text[start:end].rstrip(' \u00a0\n»”"').endswith("?")
        and not QUOTE_BEFORE.search(before)
        and not THOSE_WHO.search(before)  # "What do you say to those who argue that …?"
    ):
        return None  # "Can you explain …?": a question, not a claim (but "… to those who say that …?")
    after = text[match.end() : match.end() + 160]  # a judgement may come after a long object
    if negated(text, start, match.start(), after):
        return None  # "La ministre n'a pas dit que …", "ne dit pas", "did not say": nothing was claimed
    if passive := passive_report(text, language, match, start, end):
        return passive  # "was told by the control centre that …": the agent speaks
    if reported_by_after_as(text, language, match, start):
        return as_said(text, language, match, start, end)  # "As reported by the BBC, …"
    if a_saying(text, language, match, start):
        return None  # "As they say, …": a saying
    verb_start = auxiliary_start(text, start, match.start(), language)
    if supposed(text, start, match.start(), verb_start) or bare_participle(match, verb_start, language):
        return None  # "even if the authorities say it is safe", « même si le ministre dit que … »: no one
        # said it; « une enquête, révélée par X et confirmée par Y »: a participle, not a verb
    if estimated := by_whose_estimate(text, language, match, start, end):
        return estimated  # "By his group's estimate, …": not "estimate" the noun
    # ", a move the Resolution Foundation estimates will raise …" (not "estimates" the noun)
    if apposed := in_the_writers_apposition(text, language, match, start, end):
        return apposed
    if not is_reporting_verb(word, before, language, after) and not coordinated_subject(
        text, language, start, auxiliary_start(text, start, match.start(), language)
    ):
        return None
    if lemma_of(word, language) in QUOTATION_ONLY[language]:
        if _COLON_QUOTE.match(text, match.end(), end) or _REGRET_QUOTED.match(text, match.end(), end):
            return content_after(text, language, match, start, end)  # 'The statement read: "…"', and
            # « a regretté que le Conseil « n'aille pas plus loin » »: a regret in quoted words was said
        return after_quotation(text, language, match, start, end)
    if word.endswith("ant" if language == "fr" else "ing") and not (
        language == "en" and _PROGRESSIVE.search(text, start, match.start())
    ):
        if language == "en" and QUOTED_AS.search(text, start, match.start() - 1 if match.start() else 0):
            # '"…," he was quoted as saying' / "He was quoted as saying that …"
            return after_quotation(text, language, match, start, end) or participle(
                text, language, match, start, end
            )
        return participle(text, language, match, start, end)
    if language == "fr" and (
        inside := incise(text, match, auxiliary_start(text, start, match.start(), language))
    ):
        return inside
    return (
        as_said(text, language, match, start, end)
        or after_quotation(text, language, match, start, end)
        or _parenthetical(text, language, match, start, end)
        or _content_before(text, language, match, start, end)
        or content_after(text, language, match, start, end)
    )


_CITING_AFTER = re.compile(r"[\s\u00a0]*,?[\s\u00a0]+(?:citing|quoting|citant)\b", re.IGNORECASE)
# 'X puts it more bluntly: "…"', 'as Daniel put it while taping the last box shut: "…"'
_PUT_IT_THEN_QUOTE = re.compile(r"(?:[\s\u00a0]+[\w'’-]+){0,8}[\s\u00a0]*:[\s\u00a0]*[“\"«]")


_EXAMPLES = re.compile(
    r"(?:including|such as|like|among|especially|notably|particularly|y compris|notamment|comme|dont|parmi)\b",
    re.IGNORECASE,
)


# "…, a indiqué X, le directeur, dans un entretien au Figaro.": where or when, not more content.
_ADJUNCT_PHRASE = re.compile(r"(?:dans|lors|in|during|at|on|à|au|en|sur)\b", re.IGNORECASE)
_VERB_IN = re.compile(
    r"\b(?:est|sont|a|ont|était|sera|is|are|was|were|has|have|had|will|would)\b", re.IGNORECASE
)
# What starts the reporter's own circumstances or a description of the speaker, not the rest of
# what was said: "…, X said, as …", "…, indique le parquet, qui a ouvert …" ("There was a time,
# X said, when …" goes on with what was said).
_ADJUNCT_CLAUSE = re.compile(
    r"(?:as|amid|following|despite|alors que|tandis que|malgré|qui|who|which|according to|selon|d['’]après)\b",
    re.IGNORECASE,
)

# How the speaker was reached, after them: "…, insiste X, joint par téléphone." (no B: what was said ends at X).
_HOW_REACHED = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]*(?:jointe?s?|interrogée?s?|contactée?s?|sollicitée?s?|citée?s?|reached|contacted|interviewed|quoted"
    r"|questioned|speaking|s['’]exprimant)\b",
    re.IGNORECASE,
)
# "…, said an official(,) who asked not to be named": who the speaker is, with or without a comma.
_DESCRIBING_SPEAKER = re.compile(  # or what they did as they spoke: « a ajouté X en refusant de … »
    r"[\s\u00a0]*,[\s\u00a0]*(?:qui|who|which)\b|[\s\u00a0]+(?:qui|who)[\s\u00a0]|[\s\u00a0]+en[\s\u00a0]+\w+ant\b",
    re.IGNORECASE,
)


# A relative pronoun whose clause runs up to the verb: the verb is that clause's.
_OBJECT_RELATIVE = re.compile(
    r"(?<![\w'’])(?:(?:that|which|que|qu['’])[\s\u00a0]*(?=(?:the|a|an|this|these|those|his|her|its|their|our|my"
    r"|your|several|many|some|most|few|he|she|they|it|we|i|you|le|la|les|un|une|des|il|elle|ils|elles|on)\b"
    r"|(?-i:[A-ZÀ-Ý]))|whom[\s\u00a0]+)",  # « un chiffre qu'EDF conteste »
    re.IGNORECASE,
)
_AS_BEFORE_SPEAKER = re.compile(r"(?:as|comme)[\s\u00a0]+", re.IGNORECASE)


# A one-word subject, then its verb after the incise: "Inflation, he conceded, was likely to rise".
_ONE_WORD_SUBJECT = re.compile(
    r"[\s\u00a0«“\"]*(?-i:[A-Z])[a-z]+,[^,]{2,40},[\s\u00a0]+(?:is|was|are|were|has|had|have|will|would|could|can"
    r"|should|may|might|must|remains|remained|est|sont|était|sera|serait|a|ont|reste)\b",
    re.IGNORECASE,
)


def _parenthetical(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    """A, X said, B. / A, said X, B. / A, a-t-il dit, B.: the whole sentence is what was said."""
    verb_start = auxiliary_start(text, start, match.start(), language)
    start = phrases.clause_start(text, start, verb_start)  # "… an explanation: before birth, they say, …"
    comma = text.rfind(",", start, verb_start)
    if comma == -1 or (len(text[start:comma].split()) < 2 and not _ONE_WORD_SUBJECT.match(text, start, end)):
        return None  # "However, he said, …": a connective; but "Inflation, he said, was likely to …"
    between = trimmed(text, comma + 1, verb_start)
    if between[1] > between[0]:
        if len(text[between[0] : between[1]].split()) > 6 or _EXAMPLES.match(text, *between):
            return None  # "Other countries, including the ones you mention, have …": no speaker
        speaker, after = strip_connectives(text, *between), match.end()
        if as_or_like := _AS_BEFORE_SPEAKER.match(text, *speaker):
            speaker = trimmed(
                text, as_or_like.end(), speaker[1]
            )  # "The budget, as the minister noted, will …"
        if speaker[1] <= speaker[0]:
            return None  # "…, mais a dit …": a connective, no speaker
    else:
        if appositions.looks_like_name_then_apposition(text, start, comma) or appositions.name_apposed_before(
            text, start, comma
        ):
            return None
        speaker, after, _told = inverted_speaker(text, language, match, verb_start, end)
        if speaker is None:
            return None
    comma_next = re.compile(r"[\s\u00a0]*,[\s\u00a0]*(?=[^\s«“\"„‹])")
    rest = comma_next.match(text, after, end)
    if rest is None and (said_when := text.find(",", after, min(end, after + 40))) != -1:
        # "A, his lawyer said last week, B": when, between the verb and the comma
        rest = (
            comma_next.match(text, said_when, end)
            if adjuncts.ONLY_WHEN.fullmatch(text, after, said_when)
            else None
        )
        goes_on = rest and (  # a predicate or a clause, not ", up from 31", ", the latest in a series"
            adjuncts.PREDICATE_GOES_ON.match(text, rest.end(), end) or CLAUSE.match(text, rest.end(), end)
        )
        rest = rest if goes_on else None
    if (
        rest is None
        or len(text[rest.end() : end].split()) < 2
        or participle_clause(text, after, end, language)
        or _ADJUNCT_CLAUSE.match(text, rest.end(), end)
        or _HOW_REACHED.match(text, rest.end(), end)
        or (_ADJUNCT_PHRASE.match(text, rest.end(), end) and not _VERB_IN.search(text, rest.end(), end))
        or adjuncts.only_adjuncts(text, rest.end(), end, allow_object=False)  # "…, le mois dernier."
        or adjuncts.WRITERS_RANKING.match(text, rest.end(), end)  # "…, X reported, the highest since 2019"
    ):
        return None  # "A, X said, adding that B" / "A, X said, as …" / "…, dans un entretien": A was said
    rule = f"{language}: A, {'X said' if language == 'en' else 'a dit X'}, B"
    return Found(match.span(), speaker, trimmed(text, start, end), None, 0.7, rule)


# A verb of speech where a speaker would start: "…, say the British side never …".
_SAY_WHERE_A_SPEAKER_STARTS = re.compile(
    r"(?-i:say|says|said|tell|tells|told|argue|argues|insist|insists|warn|warns)\b"
)
# A French reflexive verb, which makes a clause of what comes before a comma: « La participation s'est établie … ».
_REFLEXIVE_FINITE = re.compile(
    r"(?<![\w'’])(?:s['’](?:est|était|étaient|sont)|se[\s\u00a0]+sont)\b", re.IGNORECASE
)
# What the speaker is, before the name: « Sage-femme depuis vingt-deux ans », "Mayor of Lyon since 2020".
_WHO_THE_SPEAKER_IS = re.compile(
    r"(?!(?:le|la|les|l['’]|un|une|des|du|de|the|a|an|plus|more|près|nearly|some|ce|cette|ces|aucun|aucune|no)\b)"
    r"(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[\s\u00a0]+[\w'’-]+){0,2}?[\s\u00a0]+(?:depuis|since|de|du|des|d['’]|of)\b"
    r"(?:[\s\u00a0]*[^,\s]+){0,8}[\s\u00a0]*$",
    re.IGNORECASE,
)
# A subject and what is said of it, with no verb: "The mayor, 54", "The agency, in its latest report".
_SUBJECT_THEN_APPOSITION = re.compile(
    r"(?:the|a|an|his|her|their|its|this|le|la|les|l['’]|un|une)[\s\u00a0]+[^,]{1,60},[\s\u00a0][^,]{1,80}",
    re.IGNORECASE,
)


def _content_before(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    """…, two officials told Reuters. / …, said X, a spokesman. / …, dit-elle. / …, a déclaré X."""
    joined = participle_clause(text, match.end(), end, language)
    if joined is not None and not adjuncts.SPEAKING_TO.fullmatch(text, joined, end):
        end = joined  # "…, X said, adding that …" (not "…, X said, speaking to Sky News": whom to)
    if citing := _CITING_AFTER.search(text, match.end(), end):
        end = citing.start()  # "…, a source told Reuters, citing documents": the citing is read on its own
    relayed = RELAYED_BY.search(text, match.end(), end) or ACCORDING_AT_END.search(text, match.end(), end)
    if relayed and not relayed.group("by"):
        relayed = None  # only "…, selon X" / "…, according to X" here, after a speaker
    if relayed:  # "…, the minister said on Sunday, according to state media."
        end = relayed.start()
    if joined_clause := JOINED_CLAUSE.search(text, match.end(), end):
        end = joined_clause.start()  # '…, he declared, because the party "has not …"': a clause of its own
    relative = _RELATIVE_AFTER.search(text, match.end(), end) or adjuncts.RANKING_AFTER_COMMA.search(
        text, match.end(), end
    )  # "…, X said, the third year in a row that …": the writer's
    tail = text[match.end() : relative.start() if relative else end]
    if COMPLEMENTISER.search(tail) or any(q in tail for q in '«“":;') or len(tail.split()) > 25:
        return None
    verb_start = auxiliary_start(text, start, match.start(), language)
    comma = text.rfind(",", start, verb_start)
    if (
        comma == -1
        or len(text[start:comma].split()) < 2
        or _CONNECTIVE_ONLY.fullmatch(text, *trimmed(text, start, comma))
    ):
        return None  # "C'est impressionnant, a déclaré X." is said; "En effet, a dit X" is no content
    if in_a_figure(text, comma):
        return None  # "more than 12,000 public comments on …": a thousands separator, no clause
    content = trimmed(text, start, comma)
    if ASIDE_BEFORE.search(text, start, verb_start) or (
        (_SUBJECT_THEN_APPOSITION.fullmatch(text, *content) or _WHO_THE_SPEAKER_IS.match(text, *content))
        and not phrases.has_finite_verb(text, *content)
        and not _REFLEXIVE_FINITE.search(
            text, *content
        )  # « La participation s'est établie à 38 %, en baisse … »
    ):
        # "The actor, however, denied …", "The mayor, 54, denied …": the subject, then its verb;
        # « Sage-femme depuis vingt-deux ans, Claire Fournier raconte … »: who the speaker is
        return None
    if _CIRCUMSTANCE.match(text, *content) or CHANNEL_ONLY.fullmatch(text, *content):
        return None  # "Asked whether …, the minister said no.", "In an interview with X, Y explains …"
    if _SUBORDINATE_ONLY.match(text, *content) and "," not in text[content[0] : content[1]]:
        return None  # "When I told my parents, they said no.": a clause of when, no main clause
    lemma = lemma_of(match.group("verb"), language)
    between = trimmed(text, comma + 1, verb_start)
    intermediary = None
    if between[1] > between[0]:
        if len(text[between[0] : between[1]].split()) > 10 or not adjuncts.only_adjuncts(
            text, match.end(), end, allow_object=lemma == "tell"
        ):
            return None  # "…, le guide suprême a annoncé la nomination de …": the content is after
        if descriptions.is_relative(text, *between):
            return None  # "…, which it blamed on rebels": a relative clause, not a speaker
        if (
            relative := _OBJECT_RELATIVE.search(text, *between)
            or NOUN_THEN_ITS_RELATIVE.match(text, *between)
        ) and not phrases.has_finite_verb(text, relative.end(), between[1]):
            # "…, a reading of the law that several legal experts disputed", "…, a finding the
            # authority disputed": the verb is the relative's
            return None
        if _AND_BEFORE_SPEAKER.match(text, *between):
            return None  # "I asked him whether …, and he said no": a clause of its own
        if _SAY_WHERE_A_SPEAKER_STARTS.match(text, between[0]):
            return None  # "Officials, speaking privately, say the side never delivered what it had promised"
        if any(
            found.group("verb")
            and not found.group("verb")[0].isupper()  # "the United States": a name
            and is_reporting_verb(found.group("verb"), text[between[0] : found.start()], language)
            for found in CUE[language].finditer(text, *between)
        ):
            return None  # "…, said Europe would respond.": what was said (not "the state authority")
        speaker = strip_connectives(text, *between)
        if as_or_like := _AS_BEFORE_SPEAKER.match(text, *speaker):
            speaker = trimmed(text, as_or_like.end(), speaker[1])  # "Prices rose, as analysts had predicted."
        if _NO_SPEAKER_START.match(text, *speaker):
            return None  # "…, about what the ice is telling scientists.": a clause about speech
        said_where = adjuncts.adjuncts_end(text, match.end(), end)  # not "…, the latest in … on Russian …"
        intermediary = (
            told_whom.outlet_told(text, match.end(), said_where)
            if lemma == "tell"
            else outlets.intermediary_after(text, match.end(), said_where)  # "said in an interview with …"
        )
        rule = "en: …, X said." if language == "en" else "fr: …, X a déclaré."
    else:
        apposed = appositions.apposed_speaker_before(text, start, comma)
        if apposed and adjuncts.only_adjuncts(text, match.end(), end, allow_object=lemma == "tell"):
            # "Profits will fall, John Smith, the chief executive, said (, according to X)."
            content, speaker = apposed
            told = told_whom.outlet_told if lemma == "tell" else outlets.intermediary_after
            by, at = (trimmed(text, *relayed.span("by")), relayed.start()) if relayed else (None, None)
            rule = f"{language}: …, X, Y, said."
            return Found(match.span(), speaker, content, told(text, match.end(), end) or by, 0.7, rule, at)
        if (
            appositions.looks_like_name_then_apposition(text, start, comma)
            or descriptions.relative_before(text, start, comma)
            or appositions.name_apposed_before(text, start, comma)
            or _EMPHASIS.search(text, start, comma)
        ):
            return None  # "K.C. Maurer, chief financial officer, said …", « Son voisin, lui, assure »: the content is after
        if language == "en" and (verb_start < match.start() or lemma == "tell"):
            # "…, the vaccine alliance, has promised $12 million": English inverts no "has said";
            # "…, told Reuters": whom, not who (English never puts the teller after "told")
            return None
        speaker, after, intermediary = inverted_speaker(text, language, match, verb_start, end)
        if _DESCRIBING_SPEAKER.match(text, after, end) or _HOW_REACHED.match(text, after, end):
            end = after  # "…, indique le parquet, qui a ouvert une enquête": who the speaker is
        if (
            speaker is None
            or not adjuncts.only_adjuncts(text, after, end, allow_object=False)
            or phrases.has_finite_verb(text, *speaker)
            or _CHARGED_WITH.search(text, *speaker)  # "…, 2008, accused Anonymous of being involved"
        ):
            return None  # "X, a spokesman, said fishermen first noticed …": the content is after
        rule = "en: …, said X." if language == "en" else "fr: …, a déclaré X."
    if relayed and intermediary is None:
        intermediary = trimmed(text, *relayed.span("by"))
        return Found(match.span(), speaker, content, intermediary, 0.75, rule, relayed.start())
    return Found(match.span(), speaker, content, intermediary, 0.75, rule)
