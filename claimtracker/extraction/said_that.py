"""The content after the reporting verb: "X said (that) …", "X a déclaré (lundi) à Y que …",
"X said: “…”", "X a annoncé la …", "X told the court he had …"; and the subject a second verb
shares with the first ("X said A and added B").
"""

from __future__ import annotations

import re

from claimtracker.extraction import addressees, adjuncts, outlets, relayed_by, told_whom
from claimtracker.extraction import speaker_phrases as phrases
from claimtracker.extraction.after_verb import (
    SUBJECT_WORDS,
    glad_of,
    infinitive_content,
    quotation_after_object,
    quotation_after_place,
    said_in_at_the_end,
)
from claimtracker.extraction.bare_objects import CLAUSE, NOUN_GOES_ON, QUESTION, bare_content, without_its_day
from claimtracker.extraction.complementisers import COMPLEMENTISER
from claimtracker.extraction.content_ends import (
    MAIN_CLAUSE_GOES_ON,
    infinitive_until_next_act,
    without_the_writers_words,
)
from claimtracker.extraction.editions import named_after_told
from claimtracker.extraction.found import Found
from claimtracker.extraction.judgements import RELATIVE_OBJECT, judged_in_a_relative, judged_object
from claimtracker.extraction.quotations import quote_after, quoted, trimmed, with_opening_mark
from claimtracker.extraction.relays_at_end import RELAYED_BY
from claimtracker.extraction.reporting_words import CUE, DIRECT, EVIDENCE_WORDS, REPORT_NOUNS
from claimtracker.extraction.verb_checks import PERCEIVED, is_reporting_verb, lemma_of
from claimtracker.extraction.verb_groups import INVERTED_PRONOUN, auxiliary_start
from claimtracker.extraction.writers_relatives import subjects_own_verb

# A pseudo-cleft: "What I'm saying is that nobody listens", "What the report says is …".
# "One thing that I should say ... is that …" too.
_WHAT_CLEFT = re.compile(
    r"(?:(?-i:What|All)|(?:(?-i:One|The)(?:[\s\u00a0]+\w+)?[\s\u00a0]+thing(?:[\s\u00a0]+that)?))[\s\u00a0]+(?P<who>.+)",
    re.DOTALL,
)
_IS_THAT = re.compile(
    r"\b(?:is|was)(?:[\s\u00a0]*:|[\s\u00a0]+(?:that\b)?)[\s\u00a0]*", re.IGNORECASE
)  # "is that", "is:"
_THAT_SOON = re.compile(r"[^.;:«»“”\"]{0,60}?(?P<that>(?<![\w'’])(?:that\b|que\b|qu['’]))", re.IGNORECASE)
_OBJECT_RELATIVE = re.compile(r"(?:which|that|whom|que|qu['’])\b", re.IGNORECASE)
# Verbs whose object is whom they address, before "that"/"que".
_ADDRESSING = frozenset(
    ["inform", "assure", "warn", "advise", "informer", "assurer", "avertir", "prévenir", "aviser"]
)
# Verbs that judge something in a quoted word: "a jugé « inacceptables » les propos".
_JUDGING_FR = frozenset(["juger", "estimer", "qualifier", "trouver"])
# A relay set off by commas right after the verb: « a promis, selon les syndicats, de … ».
_RELAY_INCISE = re.compile(
    r"[\s\u00a0]*,[\s\u00a0]*(?P<cue>selon|d['’]après|according[\s\u00a0]+to)[\s\u00a0]+(?P<by>[^,.;:«“\"]{2,60}?)"
    r"[\s\u00a0]*,[\s\u00a0]*",
    re.IGNORECASE,
)
# Whom something was said to, before a comma or a colon and what was said.
_SAID_TO_WHOM = re.compile(
    r"[\s\u00a0]+(?P<whom>to[\s\u00a0]+(?:me|him|her|us|them|you|(?-i:[A-Z])[\w'’-]+))"
    r"(?P<when>[\s\u00a0]+(?:one|that|last|this|on|in|at|the|after|before)\b[^,:.;]{0,25})?(?=[\s\u00a0]*[,:])",
    re.IGNORECASE,
)
_ONESELF = re.compile(
    r"[\s\u00a0]+(?:myself|yourself|himself|herself|itself|ourselves|yourselves|themselves)\b", re.I
)
# A noun whose "that" clause is its own: what the verb reports is the noun, clause and all.
_NOUN_BEFORE_THAT = re.compile(
    r"[\s\u00a0]+(?:the[\s\u00a0]+|any[\s\u00a0]+|these[\s\u00a0]+|those[\s\u00a0]+|all[\s\u00a0]+)?"
    rf"(?:{REPORT_NOUNS}|notion|idea"
    r"|les[\s\u00a0]+rumeurs|les[\s\u00a0]+informations|les[\s\u00a0]+accusations|l['’]idée)[\s\u00a0]*",
    re.IGNORECASE,
)
_TOLD_A_STORY = re.compile(
    r"[\s\u00a0]+(?:stories|lies|jokes|tales|(?:a|the)[\s\u00a0]+(?:story|joke|tale))\b"
    r"(?![\s\u00a0]+(?:is|was|are|were|had|has|would|will|wasn['’]t|isn['’]t)\b)"  # "told us the story is untrue"
)
# A colon right after the verb (and when or where), then words that are no quotation.
_COLON_THEN_WORDS = re.compile(
    r"[^:;«»“”\"\n]{0,60}?(?P<colon>[\s\u00a0]*:)[\s\u00a0]+(?=[^\s«“\"])(?=(?:[^\s.!?]+[\s\u00a0]+){2}[^\s.!?])"
)
# An account, told with no one named: "A swimmer has told how she punched the shark".
_TOLD_HOW = re.compile(r"[\s\u00a0]+how[\s\u00a0]+(?:she|he|they|it|we|I|the|a|an|his|her|their)\b")
_BARE_THAT = re.compile(r"[\s\u00a0]+(?:that|to)\b")
# An attribution in a subordinate clause before the main one: "When he suggests …, she laughs".
_SUBORDINATE_START = re.compile(
    r"[\s\u00a0«“\"]*(?:(?:but|and|so|yet|mais|et)\b[\s\u00a0,]*)?"
    r"(?:when|whenever|if|once|whilst|while|because|although|though|as|since"
    r"|lorsque|lorsqu['’]|quand|si|comme|puisque|puisqu['’])\b",
    re.IGNORECASE,
)
# A speaker named by a relative clause set off by commas, and where its main clause goes on.
_RELATIVE_SPEAKER = re.compile(
    r",[\s\u00a0]*(?!(?-i:WHO)\b)(?:who|which|qui)(?:[\s\u00a0]+[\w'’]+){0,2}[\s\u00a0]*$", re.I
)
_QUOTED_SUBJECT_THEN_VERB = re.compile(
    r"[\s\u00a0]*[»”\"][\s\u00a0]+(?:is|was|are|were|has|had|have|will|would|could|[a-z]{3,}ed|est|sont|était|a|ont)\b"
)


# "… and added", "…, and then said", "… et a ajouté", "… mais a démenti": a second verb of the same subject.
_COORDINATED = re.compile(
    r"(?:,[ \u00a0]*)?\b(?:and|but|et|mais)[ \u00a0]+(?:(?:then|also|later|puis|aussi|ensuite)[ \u00a0]+)?$",
    re.IGNORECASE,
)


def coordinated_subject(
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


def content_after(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    """X said (that) … / X a déclaré (lundi) à Y que … / X said: “…” / X a annoncé la …"""
    lemma = lemma_of(match.group("verb"), language)
    verb_start = auxiliary_start(text, start, match.start(), language)
    coordinated = coordinated_subject(text, language, start, verb_start)
    speaker = coordinated[0] if coordinated else phrases.subject_before(text, start, verb_start)
    if speaker is None or _OBJECT_RELATIVE.match(text, *speaker):
        return None  # "…, which it blamed on rebels": what was blamed comes before
    if INVERTED_PRONOUN.search(text, verb_start, min(end, match.end() + 8)):
        return None  # « …, confirme-t-on de source policière »: the subject is the pronoun, after
    if (
        (cleft := _WHAT_CLEFT.fullmatch(text, *speaker))
        and (said := _IS_THAT.search(text, match.end(), min(end, match.end() + 60)))
        and len(text[match.end() : said.start()].split()) <= 4
        and said.end() < end
    ):  # "What I'm saying is that …", "What I would say to the critics is: look at …": what follows "is"
        rule = f"{language}: X {'said' if language == 'en' else 'a déclaré'} …"
        return Found(match.span(), cleft.span("who"), trimmed(text, said.end(), end), None, 0.55, rule)
    if (
        language == "en"
        and match.group("verb").lower() == lemma
        and (perceived := PERCEIVED.search(text, start, verb_start))
    ):
        speaker = trimmed(text, *perceived.span("who"))  # "I have heard ministers say …": the ministers
    position = match.end()
    relayed_between = _RELAY_INCISE.match(text, position, end)
    if relayed_between:  # « Il a promis, selon les syndicats, d'autoriser … »: who passed it on
        position = relayed_between.end()
    intermediary = None
    told = None
    named = None  # a medium or a person told by name: "told Reuters", "told Trump"
    if lemma == "tell" and _ONESELF.match(text, position, end):
        return None  # "I told myself it would be fine": a thought, told to no one
    if lemma == "say" and (said_it := adjuncts.SAID_IT_BEFORE.match(text, position, end)):
        # "I've said it many times, we will not …": what follows; "I have said it before and …": nothing
        position = said_it.end() if said_it.group("punct") else end
    if lemma == "tell":
        named = named_after_told(text, position, end)  # "told Reuters", "told Sunday's Observer"
        intermediary = addressees.as_medium(text, named, end)  # "told President Macron": no medium
        told = named or addressees.audience_after(text, position, end)  # "told the court"
        if told is not None:
            told = addressees.with_apposition(text, told, end)  # "told Jane Doe, a neighbour, that …"
    elif (
        lemma in _ADDRESSING
        and (
            addressed := told_whom.noun_phrase_after(text, position, end)
            or addressees.audience_after(text, position, end)
        )
        and (that := _THAT_SOON.match(text, addressed[1], end))
        and adjuncts.adjuncts_only(text, addressed[1], that.start("that"))
    ):  # "a informé les députés que", "assured investors on Monday that": whom, not what ("warned
        # the economy could shrink" names no one warned); "assured the newspaper that": through it
        told = addressed
        intermediary = addressees.as_medium(text, told_whom.noun_phrase_after(text, position, end), end)
    elif lemma == "say" and (to_whom := _SAID_TO_WHOM.match(text, position, end)):
        # 'said to me, "…"', "I would say to them: …", 'said to me one night, "…"'
        told = (to_whom.start("whom"), to_whom.end())
    if told is not None:
        gathered = adjuncts.AUDIENCE_GATHERED.match(text, told[1], end)  # "told reporters gathered outside …"
        position = gathered.end() if gathered else told[1]
    if told is None and match.group("verb").lower() == "told" and _BARE_THAT.match(text, position, end):
        return None  # "He was arrested and told that …": told by someone else, no speaker here
    if lemma == "tell" and _TOLD_A_STORY.match(text, position, end):
        return None  # "He told stories that made everyone laugh": a telling, not a claim
    complementiser = COMPLEMENTISER.search(text, position, min(end, position + 140))
    if complementiser and _NOUN_BEFORE_THAT.fullmatch(text, position, complementiser.start()):
        complementiser = None  # "denied rumours that he had resigned": the rumours are what was denied
    if complementiser and (
        (
            SUBJECT_WORDS[language].search(text, position, complementiser.start())
            and not adjuncts.WHEN_CLAUSE.fullmatch(text, position, complementiser.start())
        )
        or adjuncts.RANKING_AFTER_COMMA.search(text, position, complementiser.start())
    ):  # "said on Wednesday he would not sign a bill that …": a content with no "that"; "…, X said on
        # Tuesday, the third year in a row that …": the writer's ranking
        complementiser = None
    if (
        complementiser
        and lemma == "ask"
        and not _QUESTION_WORD.search(text, position, complementiser.start())
    ):
        return None  # "asked that her name not be used": a request, not a claim
    if complementiser and adjuncts.adjuncts_only(text, position, complementiser.start()):
        intermediary = intermediary or outlets.intermediary_in(text, position, complementiser.start())
        content = trimmed(text, complementiser.end(), end)
        confidence, shape = 0.7, "que …" if language == "fr" else "(that) …"
        if language == "fr" and (joined := _NEW_CLAUSE_FR.search(text, *content)):
            content = trimmed(text, content[0], joined.start())  # « …, et les mesures vont »
    elif infinitive := infinitive_content(text, language, lemma, position, end):
        # "a affirmé lundi avoir accepté …", "ont rapporté à l'AFP avoir entendu …"
        intermediary = intermediary or outlets.intermediary_in(text, position, infinitive)
        content = infinitive_until_next_act(text, trimmed(text, infinitive, end))
        confidence, shape = 0.65, "avoir …" if language == "fr" else "to …"
    elif (
        lemma in _GLAD_OF
        and (
            _SAID_ONESELF.search(text, verb_start, match.start())
            or match.group("verb").lower().startswith(("se ", "s'", "s’"))
        )
        and (of := glad_of(text, position, end))
    ):  # « s'est félicité (mardi sur France Inter) de cette décision »: what they welcome or fear
        content, confidence, shape, intermediary = trimmed(text, of[0], end), 0.5, "…", intermediary or of[1]
    elif lemma == "dire" and _SAID_ONESELF.search(
        text, min(verb_start, max(start, match.start() - 3)), match.start()
    ):
        # « s'est dite « soulagée » que … », « s'est dit prêt à … »: how they said they are
        bare = bare_content(text, language, lemma, position, end, audience=False)
        if bare is None:
            return None
        content, intermediary = bare[0], intermediary or bare[1]
        content = with_opening_mark(text, content)
        confidence, shape = 0.55, "…"
    else:
        opening = (
            quote_after(text, position, end)
            or quotation_after_place(text, position, end)
            or quotation_after_object(text, language, position, end)
        )
        audience = told is not None and named is None
        # after an audience, a quotation set off by a colon or a comma and a space: 'told me, "…"'
        # (not 'told them "stories"', nor the closing mark of '"… tell a different story," she said')
        if opening is not None and not (audience and not adjuncts.set_off(text, position, opening)):
            content = quoted(text, opening, end)
            intermediary = intermediary or outlets.intermediary_in(text, position, opening)
            # « un chiffre que les éleveurs jugent « sous-évalué » »: the judgement of what came before
            judged_before = (
                lemma in _JUDGING_FR and RELATIVE_OBJECT.search(text, max(0, verb_start - 100), verb_start)
            ) or judged_in_a_relative(
                lemma, text, match.end(), end
            ) is not None  # "a move the union called "…""
            if _QUOTED_SUBJECT_THEN_VERB.match(text, content[1], end):
                # 'said "a large group of people …" arrived on Tuesday': the quotation is the subject
                content = trimmed(text, opening, end)
            elif lemma in _JUDGING_FR and len(text[content[1] : end].split()) >= 2 and not judged_before:
                # "a jugé « inacceptables » les propos de son ministre": the judgement and its object
                content = (opening, trimmed(text, opening, end)[1])
            elif ":" not in text[position:opening] and NOUN_GOES_ON.match(text, content[1], end):
                # « dénoncent « une prise d'otage » des axes routiers »: the quotation heads a longer object
                content = (opening, trimmed(text, opening, end)[1])
            elif (
                len(text[content[0] : content[1]].split()) < 2
                and not text[position:opening].strip(" \u00a0")
                and not judged_before
            ):
                # 'will respond "decisively" to …': a word in quotes; 'said, "Wow."' a quotation
                return None
            confidence, shape = 0.8, ": « … »" if language == "fr" else ": “…”"
        elif (colon := _COLON_THEN_WORDS.match(text, position, end)) and adjuncts.only_adjuncts(
            text, position, colon.start("colon"), allow_object=False
        ):  # « Les médecins insistent : le vaccin est sûr. »: what follows the colon was said
            content, confidence, shape = trimmed(text, colon.end(), end), 0.6, ": …"
            # « l'a affirmé au Parisien : … »: the outlet named before the colon
            intermediary = intermediary or outlets.intermediary_in(text, position, colon.start("colon"))
        elif lemma in DIRECT[language] or told is not None:
            bare = bare_content(text, language, lemma, position, end, audience=audience)
            if bare is None:
                return None
            rest, intermediary = bare[0], intermediary or bare[1]
            content, confidence, shape = with_opening_mark(text, rest), 0.55, "…"
        elif (
            lemma == "tell" and told is None and _TOLD_HOW.match(text, position, end)
        ):  # "has told how she …"
            content, confidence, shape = trimmed(text, position, end), 0.55, "…"
        elif judged := judged_object(lemma, text, position, end):
            content, confidence, shape = judged, 0.55, "…"  # "accused the council of misleading …"
            # « a qualifié la grève d'« inacceptable » sur franceinfo »: where it was said; "…,
            # according to the Hindustan Times": who passed it on (read below, as for any content)
            intermediary = (
                intermediary
                or outlets.intermediary_in(text, position, judged[0])  # « a jugé mercredi sur BFMTV ce … »
                or outlets.intermediary_after(text, judged[1], end)
            )
            if (relay := RELAYED_BY.search(text, judged[1], end)) and relay.group("by"):
                content = trimmed(text, judged[0], end)
        elif not text[position : (rest := trimmed(text, position, end))[0]].strip() and CLAUSE.match(
            text, *rest
        ):
            content, confidence, shape = rest, 0.5, "…"  # "estimate the toll could rise"
        else:
            return None
    clause = phrases.clause_start(text, start, verb_start)
    subordinate = _SUBORDINATE_START.match(text, clause, verb_start)
    if (
        subordinate
        and "," not in text[subordinate.end() : verb_start]
        and (comma := text.find(",", content[0], content[1])) > content[0]
    ):  # "When he suggests she get a lawyer, she laughs.": the main clause is not his
        content = trimmed(text, content[0], comma)
    if _RELATIVE_SPEAKER.search(text, start, verb_start) and (
        closing := MAIN_CLAUSE_GOES_ON.search(text, *content)
    ):  # "The mayor, who said the road would reopen, was not available": the clause ends first (then
        content = trimmed(text, content[0], closing.start())  # how and when it was said is read off)
    elif (main := subjects_own_verb(text, start, verb_start, content)) is not None:
        content = trimmed(text, content[0], main)  # "Residents who say the plant is unsafe have filed …"
    if said_where := outlets.trailing_outlet(text, *content):  # "…, in an interview with the BBC."
        content, intermediary = trimmed(text, content[0], said_where[0]), intermediary or said_where[1]
    elif (said_in := said_in_at_the_end(text, *content, bare=shape == "…")) is not None:
        tail = content[1]
        content = trimmed(text, content[0], said_in)  # "…, in an interview on Tuesday."
        intermediary = intermediary or outlets.intermediary_after(text, said_in, tail)  # "…, speaking to X"
    cut = without_the_writers_words(text, language, content, quoted="«" in shape or "“" in shape)
    if cut != content and (said_in := said_in_at_the_end(text, *cut, bare=shape == "…")) is not None:
        cut = trimmed(text, cut[0], said_in)  # "condemned the attempt in a statement and said …"
    content = (
        without_its_day(text, cut) if shape == "…" else cut
    )  # "acknowledged the delays on Friday but said"
    relayed = RELAYED_BY.search(text, content[0], min(len(text), content[1] + 2))
    if relayed:
        # "… l’ont menée côte à côte, selon « Asharq Al-Awsat »": who passed it on, not content.
        content = trimmed(text, content[0], relayed.start())
        by = trimmed(
            text, *relayed.span(next(g for g in ("by", "by_en", "by_name", "by_fr") if relayed.group(g)))
        )
        document, handed_to = relayed_by.relays(text, by[0], by, None)
        if _EVIDENCE.match(text, *by):
            relayed = None  # "She said X, according to documents seen by the paper": a second source
        elif handed_to and _OWN_DOCUMENT.fullmatch(text, *document):
            intermediary = handed_to  # « selon un communiqué transmis à l'AFP »: the AFP passed it on
        elif not _OWN_DOCUMENT.fullmatch(text, *by):  # "…, selon un communiqué": the speaker's own words
            intermediary = by
    if content[1] - content[0] < 3 and text[content[0] : content[1]].lower() != "no":
        return None  # (soundness keeps 'replied: "No."', an answer quoted whole)
    rule = f"{language}: X {'said' if language == 'en' else 'a déclaré'} {shape}"
    relayed_cue = relayed.start() if relayed else None
    if relayed_between and intermediary is None:
        # (its own attribution stays, as for "According to Reuters, the minister said …")
        intermediary = relayed_by.outlet_of(text, trimmed(text, *relayed_between.span("by")))
    return Found(
        match.span(), speaker, content, intermediary, confidence, rule, relayed_cue,
        coordinated[1] if coordinated else None,
    )  # fmt: skip


_QUESTION_WORD = re.compile(r"(?<![\w'’])" + QUESTION.pattern, re.IGNORECASE)  # anywhere, a whole word
# What shows a content rather than passes it on: documents, figures, a study, a poll.
_EVIDENCE = re.compile(
    rf"(?:(?:the|a|an|des|les|un|une|de|d['’])[\s\u00a0]*)?(?:[\w'’-]+[\s\u00a0]+){{0,2}}?(?:{EVIDENCE_WORDS})\b",
    re.IGNORECASE,
)
_OWN_DOCUMENT = re.compile(
    r"(?:un|une|le|la|son|sa|leur|a|an|the|its|his|her|their)[\s\u00a0]+"
    r"(?:communiqué|statement|press[\s\u00a0]+release|déclaration|post|tweet|message)"
    # where the speaker put it: "a post on its Telegram channel", « un message sur son compte »
    r"(?:[\s\u00a0]+(?:on|in|sur|dans)[\s\u00a0]+(?:its|his|her|their|son|sa|ses|leur)\b[^,;:]{1,40})?",
    re.IGNORECASE,
)
# A main clause of the writer's joined after what was said (a new subject, no « que »).
_NEW_CLAUSE_FR = re.compile(
    r",[\s\u00a0]+(?:et|mais)[\s\u00a0]+"
    # « mais sur le terrain rien ne bouge »: where, then the new clause's subject
    r"(?:(?:sur|dans|en|à|au|pour)[\s\u00a0]+(?:le|la|les|l['’])?[\s\u00a0]*[\w'’-]+[\s\u00a0]+)?"
    r"(?:les|la|le|l['’]|des|ces|cette|ce|il|elle|ils|elles|on|rien|personne)\b(?![^,.;]*\bque\b)",
    re.IGNORECASE,
)
_GLAD_OF = frozenset("féliciter réjouir inquiéter alarmer indigner étonner émouvoir".split())
_SAID_ONESELF = re.compile(
    r"\bs['’][\s\u00a0]*(?:est|sont|était|étaient)\b|\bse[\s\u00a0]+(?:sont[\s\u00a0]+)?$", re.IGNORECASE
)
