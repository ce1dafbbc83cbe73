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

from claimtracker.extraction import appositions, outlets
from claimtracker.extraction import speaker_phrases as phrases
from claimtracker.extraction.according_to import prepositional
from claimtracker.extraction.after_verb import (
    LEADING_ADJUNCT,
    SUBJECT_WORDS,
    infinitive_content,
    participle_clause,
    quotation_after_place,
)
from claimtracker.extraction.as_said import as_said
from claimtracker.extraction.found import Found
from claimtracker.extraction.incises import incise
from claimtracker.extraction.inverted_speakers import inverted_speaker
from claimtracker.extraction.participles import QUOTED_AS, participle
from claimtracker.extraction.quotations import quote_after, quoted, trimmed
from claimtracker.extraction.quoted_first import QUOTE_BEFORE, after_quotation
from claimtracker.extraction.reporting_words import (
    ASKING,
    COMPLEMENTISER,
    CUE,
    DIRECT,
)
from claimtracker.extraction.verb_checks import auxiliary_start, is_reporting_verb, lemma_of

# Verbs that report only a quotation before them: "“…,” the post reads".
_QUOTATION_ONLY = {
    "en": frozenset(["read"]),
    # "« … », regrette X" reports speech; "X regrette que …" a feeling.
    "fr": frozenset(["regretter", "soupirer", "sourire", "pester", "tonner", "souvenir", "amuser"]),
}
# A clause that sets the scene of a speaker, not what they said: "Asked about …, X said".
_CIRCUMSTANCE = re.compile(
    r"[«“\"]?(?:when[\s\u00a0]+|lorsqu['’]il[\s\u00a0]+a[\s\u00a0]+été[\s\u00a0]+)?(?:asked|questioned|pressed"
    r"|interviewed|speaking|interrogée?s?|questionnée?s?)\b",
    re.IGNORECASE,
)
_OBJECT_THEN_COLON = re.compile(
    r"(?:it|this|so|the[\s\u00a0]+following|the[\s\u00a0]+same)(?:[\s\u00a0]+[\w'’-]+){0,3}[\s\u00a0]*:[\s\u00a0]*",
    re.IGNORECASE,
)
# A pseudo-cleft: "What I'm saying is that nobody listens", "What the report says is …".
_WHAT_CLEFT = re.compile(r"(?-i:What)[\s\u00a0]+(?P<who>.+)", re.DOTALL)
_IS_THAT = re.compile(r"(?:is|was)[\s\u00a0]+(?:that[\s\u00a0]+)?", re.IGNORECASE)
# The subject's next verb after an object: "et appellent à la grève", "et a demandé …".
_AND_THEN_VERB_FR = re.compile(
    r"[\s\u00a0,]+et[\s\u00a0]+(?:\w+ent|a|ont)[\s\u00a0]+(?!(?:le|la|les|un|une|des)\b)", re.I
)
_THAT_NEXT = re.compile(r"[\s\u00a0]+(?:that\b|que\b|qu['’])", re.IGNORECASE)
_OBJECT_RELATIVE = re.compile(r"(?:which|that|whom|que|qu['’])\b", re.IGNORECASE)
# Verbs whose object is whom they address, before "that"/"que".
_ADDRESSING = frozenset(["inform", "assure", "warn", "informer", "assurer", "avertir", "prévenir"])
# Verbs that judge something in a quoted word: "a jugé « inacceptables » les propos".
_JUDGING_FR = frozenset(["juger", "estimer", "qualifier", "trouver"])
_AND_BEFORE_SPEAKER = re.compile(r"(?:and|but|or|et|mais|ou)\b", re.IGNORECASE)
_TOLD_A_STORY = re.compile(
    r"[\s\u00a0]+(?:stories|lies|jokes|tales|(?:a|the)[\s\u00a0]+(?:story|joke|tale))\b"
)
_BARE_THAT = re.compile(r"[\s\u00a0]+(?:that|to)\b")
# An attribution in a subordinate clause before the main one: "When he suggests …, she laughs".
_SUBORDINATE_START = re.compile(
    r"[\s\u00a0«“\"]*(?:(?:but|and|so|yet|mais|et)\b[\s\u00a0,]*)?"
    r"(?:when|whenever|if|once|while|because|although|though|as|since"
    r"|lorsque|lorsqu['’]|quand|si|comme|puisque|puisqu['’])\b",
    re.IGNORECASE,
)
# A speaker named by a relative clause set off by commas, and where its main clause goes on.
_RELATIVE_SPEAKER = re.compile(
    r",[\s\u00a0]*(?!(?-i:WHO)\b)(?:who|qui)(?:[\s\u00a0]+[\w'’]+){0,2}[\s\u00a0]*$", re.I
)
_MAIN_CLAUSE_GOES_ON = re.compile(  # ", was not available", ", n'a pas été réélu"
    r",[\s\u00a0]*(?:n['’]|ne[\s\u00a0]+)?" + phrases.FINITE.pattern.removeprefix(r"[\s\u00a0]"),
    re.IGNORECASE,
)
# A reporting verb denied: "n'a pas dit", "ne dit pas", "n'a jamais affirmé", "did not say", "has never said".
_NOT_FR = r"(?:pas|jamais|plus|guère)"
_NEGATED = re.compile(
    rf"(?:\bn['’][\w-]+|\bne[\s\u00a0]+[\w'’-]+)[\s\u00a0]+{_NOT_FR}[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?$"
    r"|\b(?:not|n't|never)[\s\u00a0]+(?:(?:yet|been|publicly|explicitly)[\s\u00a0]+)?$",
    re.IGNORECASE,
)
_NE_BEFORE = re.compile(r"\b(?:ne[\s\u00a0]+|n['’])$", re.IGNORECASE)
_PAS_AFTER = re.compile(rf"[\s\u00a0]+{_NOT_FR}\b", re.IGNORECASE)
# "Officials are saying …", "My editor keeps saying …": a finite verb group, not a participle.
_PROGRESSIVE = re.compile(
    r"\b(?:am|is|are|was|were|been|be|keeps?|kept|(?:\w+|I)['’](?:s|re|m))(?:[\s\u00a0]+\w+ly)?[\s\u00a0]+$",
    re.IGNORECASE,
)
_COLON_QUOTE = re.compile(r"[\s\u00a0]*:[\s\u00a0]*[“\"«]")
_QUESTION = re.compile(
    r"(?:(?P<yes_no>si|if|whether)|how|what|why|when|where|who|which|pourquoi|comment|quand|où|combien)\b",
    re.IGNORECASE,
)
# What starts a reported clause with no "that" after "told the court": "he had acted …".
_SUBJECT_PRONOUN = re.compile(
    r"(?:he|she|they|it|we|I|there|you)\b"
    # "told me the station will stay open": a subject, then its finite verb
    r"|(?:the|a|an|his|her|their|its|our|my|this|these)(?:[\s\u00a0]+[\w'’-]+){1,3}?[\s\u00a0]+"
    r"(?:will|would|is|was|are|were|had|has|have|could|can|should|must|might|may)\b"
)
_RELAYED_BY = re.compile(
    r",[ \u00a0](?:(?:selon|d[’']après|according to)[ \u00a0](?P<by>[^,.;]{2,80}?)"
    r"|(?P<by_en>(?:a|an|the)[ \u00a0][^,.;]{2,80}?)[ \u00a0](?:said|says|reported)"
    # an outlet by its name reports: "…, Reuters reported" (a person by name says, on their own)
    r"|(?P<by_name>(?-i:[A-Z])[\w&.-]*(?:[ \u00a0](?-i:[A-Z])[\w&.-]*){0,3})[ \u00a0](?:reported|reports)"
    # "…, rapporte Le Figaro.": a French outlet by its name, after its verb
    r"|(?:rapporte|rapportent|révèle|écrit)[ \u00a0](?P<by_fr>(?:le[ \u00a0]|la[ \u00a0]|les[ \u00a0]|l['’])?"
    r"(?-i:[A-ZÀ-Ý])[\w&.-]*(?:[ \u00a0](?-i:[A-ZÀ-Ý])[\w&.-]*){0,3}))[ \u00a0]*[.]?$",
    re.IGNORECASE,
)


def construction(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    if match.group("prep"):
        return prepositional(text, language, match, start, end)
    word = match.group("verb").lower()
    if lemma_of(word, language) == "put it":  # "As one analyst put it, …" and nothing else
        return as_said(text, language, match, start, end)
    before = text[start : match.start()]
    if match.group("verb")[0].isupper() and before.strip(' \u00a0\n«“"') and language == "en":
        return None  # "the United States", a title
    if text[start:end].rstrip(' \u00a0\n»”"').endswith("?") and not QUOTE_BEFORE.search(before):
        return None  # "Can you explain …?": a question, not a claim
    after = text[match.end() : match.end() + 40]
    if _NEGATED.search(text, max(start, match.start() - 40), match.start()) or (
        _NE_BEFORE.search(text, max(start, match.start() - 4), match.start()) and _PAS_AFTER.match(after)
    ):
        return None  # "La ministre n'a pas dit que …", "ne dit pas", "did not say": nothing was claimed
    if not is_reporting_verb(word, before, language, after) and not _coordinated_subject(
        text, language, start, auxiliary_start(text, start, match.start(), language)
    ):
        return None
    if lemma_of(word, language) in _QUOTATION_ONLY[language]:
        if _COLON_QUOTE.match(text, match.end(), end):  # 'The statement read: "…"'
            return _content_after(text, language, match, start, end)
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
        or _content_after(text, language, match, start, end)
    )


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


_DESCRIBING_SPEAKER = re.compile(r"[\s\u00a0]*,[\s\u00a0]*(?:qui|who|which)\b", re.IGNORECASE)


def _parenthetical(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    """A, X said, B. / A, said X, B. / A, a-t-il dit, B.: the whole sentence is what was said."""
    verb_start = auxiliary_start(text, start, match.start(), language)
    comma = text.rfind(",", start, verb_start)
    if comma == -1 or len(text[start:comma].split()) < 2:
        return None
    between = trimmed(text, comma + 1, verb_start)
    if between[1] > between[0]:
        if len(text[between[0] : between[1]].split()) > 6 or _EXAMPLES.match(text, *between):
            return None  # "Other countries, including the ones you mention, have …": no speaker
        speaker, after = phrases.strip_connectives(text, *between), match.end()
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
    rest = re.compile(r"[\s\u00a0]*,[\s\u00a0]*(?=[^\s«“\"„‹])").match(text, after, end)
    if (
        rest is None
        or len(text[rest.end() : end].split()) < 3
        or participle_clause(text, after, end, language)
        or _ADJUNCT_CLAUSE.match(text, rest.end(), end)
        or (_ADJUNCT_PHRASE.match(text, rest.end(), end) and not _VERB_IN.search(text, rest.end(), end))
    ):
        return (
            None  # "A, X said, adding that B" / "A, X said, as …" / "…, dans un entretien": A is what X said
        )
    rule = f"{language}: A, {'X said' if language == 'en' else 'a dit X'}, B"
    return Found(match.span(), speaker, trimmed(text, start, end), None, 0.7, rule)


def _content_before(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    """…, two officials told Reuters. / …, said X, a spokesman. / …, dit-elle. / …, a déclaré X."""
    end = participle_clause(text, match.end(), end, language) or end  # "…, X said, adding that …"
    relayed = _RELAYED_BY.search(text, match.end(), end)
    if relayed and not relayed.group("by"):
        relayed = None  # only "…, selon X" / "…, according to X" here, after a speaker
    if relayed:  # "…, the minister said on Sunday, according to state media."
        end = relayed.start()
    tail = text[match.end() : end]
    if COMPLEMENTISER.search(tail) or any(q in tail for q in '«“":;') or len(tail.split()) > 25:
        return None
    verb_start = auxiliary_start(text, start, match.start(), language)
    comma = text.rfind(",", start, verb_start)
    if comma == -1 or len(text[start:comma].split()) < 3:
        return None
    content = trimmed(text, start, comma)
    if _CIRCUMSTANCE.match(text, *content):
        return None  # "Asked whether he would resign, the minister said no.": no content before
    lemma = lemma_of(match.group("verb"), language)
    between = trimmed(text, comma + 1, verb_start)
    intermediary = None
    if between[1] > between[0]:
        if len(text[between[0] : between[1]].split()) > 10 or not outlets.only_adjuncts(
            text, match.end(), end, allow_object=lemma == "tell"
        ):
            return None  # "…, le guide suprême a annoncé la nomination de …": the content is after
        if phrases.is_relative(text, *between):
            return None  # "…, which it blamed on rebels": a relative clause, not a speaker
        if _AND_BEFORE_SPEAKER.match(text, *between):
            return None  # "I asked him whether …, and he said no": a clause of its own
        if CUE[language].search(text, *between):
            return None  # "…, said Europe would respond.": "respond" is what was said, not a report
        speaker = phrases.strip_connectives(text, *between)
        intermediary = (
            outlets.noun_phrase_after(text, match.end(), end)
            if lemma == "tell"
            else outlets.intermediary_after(text, match.end(), end)  # "said in an interview with …"
        )
        rule = "en: …, X said." if language == "en" else "fr: …, X a déclaré."
    else:
        apposed = appositions.apposed_speaker_before(text, start, comma)
        if apposed and outlets.only_adjuncts(text, match.end(), end, allow_object=lemma == "tell"):
            # "Profits will fall, John Smith, the chief executive, said on Monday."
            content, speaker = apposed
            intermediary = (
                outlets.noun_phrase_after(text, match.end(), end)
                if lemma == "tell"
                else outlets.intermediary_after(text, match.end(), end)
            )
            return Found(match.span(), speaker, content, intermediary, 0.7, f"{language}: …, X, Y, said.")
        if (
            appositions.looks_like_name_then_apposition(text, start, comma)
            or phrases.relative_before(text, start, comma)
            or appositions.name_apposed_before(text, start, comma)
        ):
            return None  # "K.C. Maurer, chief financial officer, said …": the content is after
        speaker, after, intermediary = inverted_speaker(text, language, match, verb_start, end)
        if _DESCRIBING_SPEAKER.match(text, after, end):
            end = after  # "…, indique le parquet, qui a ouvert une enquête": who the speaker is
        if (
            speaker is None
            or not outlets.only_adjuncts(text, after, end, allow_object=False)
            or phrases.has_finite_verb(text, *speaker)
        ):
            return None  # "X, a spokesman, said fishermen first noticed …": the content is after
        rule = "en: …, said X." if language == "en" else "fr: …, a déclaré X."
    if relayed and intermediary is None:
        intermediary = trimmed(text, *relayed.span("by"))
        return Found(match.span(), speaker, content, intermediary, 0.75, rule, relayed.start())
    return Found(match.span(), speaker, content, intermediary, 0.75, rule)


# "… and added", "…, and then said", "… et a ajouté", "… mais a démenti": a second verb of the same subject.
_COORDINATED = re.compile(
    r"(?:,[ \u00a0]*)?\b(?:and|but|et|mais)[ \u00a0]+(?:(?:then|also|later|puis|aussi|ensuite)[ \u00a0]+)?$",
    re.IGNORECASE,
)


def _coordinated_subject(
    text: str, language: str, start: int, verb_start: int
) -> tuple[tuple[int, int], int] | None:
    """ "X said A and added B": the subject of the earlier reporting verb, and where "and" starts."""
    coordination = _COORDINATED.search(text, start, verb_start)
    if coordination is None:
        return None
    earlier = [m for m in CUE[language].finditer(text, start, coordination.start()) if m.group("verb")]
    for match in reversed(earlier):
        if is_reporting_verb(match.group("verb").lower(), text[start : match.start()], language):
            subject = phrases.subject_before(
                text, start, auxiliary_start(text, start, match.start(), language)
            )
            return (subject, coordination.start()) if subject else None
    return None


def _content_after(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    """X said (that) … / X a déclaré (lundi) à Y que … / X said: “…” / X a annoncé la …"""
    lemma = lemma_of(match.group("verb"), language)
    verb_start = auxiliary_start(text, start, match.start(), language)
    coordinated = _coordinated_subject(text, language, start, verb_start)
    speaker = coordinated[0] if coordinated else phrases.subject_before(text, start, verb_start)
    if speaker is None or _OBJECT_RELATIVE.match(text, *speaker):
        return None  # "…, which it blamed on rebels": what was blamed comes before
    position = match.end()
    intermediary = None
    told = None
    if lemma == "tell":
        intermediary = outlets.noun_phrase_after(text, position, end)
        told = intermediary or outlets.audience_after(text, position, end)  # "told the court"
    elif (
        lemma in _ADDRESSING
        and (addressed := outlets.audience_after(text, position, end))
        and _THAT_NEXT.match(text, addressed[1])
    ):  # "a informé les députés que", "assured investors that": whom, not what ("warned the
        # economy could shrink" names no one warned)
        told = addressed
    if told is not None:
        position = told[1]
    if told is None and match.group("verb").lower() == "told" and _BARE_THAT.match(text, position, end):
        return None  # "He was arrested and told that …": told by someone else, no speaker here
    if lemma == "tell" and _TOLD_A_STORY.match(text, position, end):
        return None  # "He told stories that made everyone laugh": a telling, not a claim
    complementiser = COMPLEMENTISER.search(text, position, min(end, position + 140))
    if complementiser and SUBJECT_WORDS[language].search(text, position, complementiser.start()):
        complementiser = None  # "said on Wednesday he would not sign a bill that …": a content with no "that"
    if complementiser and outlets.only_adjuncts(text, position, complementiser.start(), allow_object=False):
        intermediary = intermediary or outlets.intermediary_in(text, position, complementiser.start())
        content = trimmed(text, complementiser.end(), end)
        confidence, shape = 0.7, "que …" if language == "fr" else "(that) …"
    elif infinitive := infinitive_content(text, language, lemma, position, end):
        # "a affirmé lundi avoir accepté …", "ont rapporté à l'AFP avoir entendu …"
        intermediary = intermediary or outlets.intermediary_in(text, position, infinitive)
        content = trimmed(text, infinitive, end)
        confidence, shape = 0.65, "avoir …"
    else:
        opening = quote_after(text, position, end) or quotation_after_place(text, position, end)
        audience = told is not None and intermediary is None
        if opening is not None and not (audience and ":" not in text[position:opening]):
            content = quoted(text, opening, end)
            if lemma in _JUDGING_FR and len(text[content[1] : end].split()) >= 2:
                # "a jugé « inacceptables » les propos de son ministre": the judgement and its object
                content = (opening, trimmed(text, opening, end)[1])
            elif len(text[content[0] : content[1]].split()) < 2:
                return None  # 'will respond "decisively" to …': a word in quotes, not a quotation
            confidence, shape = 0.8, ": « … »" if language == "fr" else ": “…”"
        elif lemma in DIRECT[language] or told is not None:
            rest = trimmed(text, position, end)
            next_to_verb = not text[position : rest[0]].strip()
            while adjunct := LEADING_ADJUNCT.match(text, *rest):  # "said Friday it would …"
                rest = trimmed(text, adjunct.end(), rest[1])
            if audience and not (next_to_verb and _SUBJECT_PRONOUN.match(text, *rest)):
                return None  # "told the children to leave", "tell a different story"
            intermediary = intermediary or outlets.intermediary_in(text, position, rest[0])
            if said_it := _OBJECT_THEN_COLON.match(text, *rest):
                rest = trimmed(text, said_it.end(), rest[1])  # "I've said it many times: cut the waste"
            if lemma == "warn" and (warned_of := re.match(r"of[\s\u00a0]+", text[rest[0] : rest[1]])):
                rest = (rest[0] + warned_of.end(), rest[1])  # "warned of more flooding": the danger
            if re.match(
                # "de" unless it is the article of a plural: "a annoncé de nouvelles restrictions"
                r"(?:about|of|to|sur|de(?![\s\u00a0]+\w+[sx]\b)|nothing|anything|little|rien|that|so|something"
                r"|things|much)\b",
                text[rest[0] : rest[1]],
                re.I,
            ):
                return None  # "tells Wikinews about self-medicating ants", "said nothing": no claim
            if lemma == "write" and re.match(
                r"(?:a|an|his|her|their|my|our|your|several|two|three)\b", text[rest[0] : rest[1]], re.I
            ):
                return None  # "should write a second book": a work, not a claim
            question = _QUESTION.match(text, *rest)
            if rest[1] - rest[0] < 8 or (question and (lemma not in ASKING or question.group("yes_no"))):
                return None
            if language == "fr" and (then := _AND_THEN_VERB_FR.search(text, *rest)):
                rest = trimmed(text, rest[0], then.start())  # "dénoncent une réforme et appellent à la grève"
            content, confidence, shape = rest, 0.55, "…"
        else:
            return None
    if (cleft := _WHAT_CLEFT.fullmatch(text, *speaker)) and (said := _IS_THAT.match(text, *content)):
        speaker, content = (
            cleft.span("who"),
            trimmed(text, said.end(), content[1]),
        )  # "What I'm saying is that …"
    clause = phrases.clause_start(text, start, verb_start)
    subordinate = _SUBORDINATE_START.match(text, clause, verb_start)
    if (
        subordinate
        and "," not in text[subordinate.end() : verb_start]
        and (comma := text.find(",", content[0], content[1])) > content[0]
    ):  # "When he suggests she get a lawyer, she laughs.": the main clause is not his
        content = trimmed(text, content[0], comma)
    if said_where := outlets.trailing_outlet(text, *content):  # "…, in an interview with the BBC."
        content, intermediary = trimmed(text, content[0], said_where[0]), intermediary or said_where[1]
    if _RELATIVE_SPEAKER.search(text, start, verb_start) and (
        closing := _MAIN_CLAUSE_GOES_ON.search(text, *content)
    ):  # "The mayor, who said the road would reopen, was not available": the clause ends first
        content = trimmed(text, content[0], closing.start())
    relayed = _RELAYED_BY.search(text, content[0], min(len(text), content[1] + 2))
    if relayed:
        # "… l’ont menée côte à côte, selon « Asharq Al-Awsat »": who passed it on, not content.
        content = trimmed(text, content[0], relayed.start())
        intermediary = trimmed(
            text, *relayed.span(next(g for g in ("by", "by_en", "by_name", "by_fr") if relayed.group(g)))
        )
    if content[1] - content[0] < 3:
        return None
    rule = f"{language}: X {'said' if language == 'en' else 'a déclaré'} {shape}"
    relayed_cue = relayed.start() if relayed else None
    return Found(
        match.span(), speaker, content, intermediary, confidence, rule, relayed_cue,
        coordinated[1] if coordinated else None,
    )  # fmt: skip
