"""Sources named by a preposition: "according to X, …", "…, selon X.", "Citing X, Y reported …".

The source is the noun phrase after the preposition; with no comma after it, it ends where the
content visibly starts. Who passed the words on ("citing", "qui cite") is the intermediary.
"""

from __future__ import annotations

import re

from claimtracker.extraction import speaker_phrases as phrases
from claimtracker.extraction.citing import A_SOURCE, WHO_SAYS_INSIDE, said_before_citing
from claimtracker.extraction.content_ends import without_the_writers_comment
from claimtracker.extraction.descriptions import WHOSE_REMARKS, without_description
from claimtracker.extraction.found import Found
from claimtracker.extraction.main_subject import strip_connectives
from claimtracker.extraction.quotations import in_a_figure, quote_after, quoted, trimmed
from claimtracker.extraction.relayed_by import outlet_of
from claimtracker.extraction.reporting_words import CUE
from claimtracker.extraction.sentences import ABBREVIATIONS
from claimtracker.extraction.speaker_phrases import SENTENCE_STOPS
from claimtracker.extraction.views import view_of

_NOT_SOURCE_AFTER_SELON = re.compile(  # ("per" names a source as "according to" does: "per a person familiar …")
    r"(?<=\bper)(?![\s\u00a0]+(?:(?:an?|the|two|three|several|people|sources|officials|documents|data|figures)\b|(?-i:[A-Z])))"
    r"|[\s\u00a0]+(?:lequel|laquelle|lesquels|lesquelles|que|qu['’]|qui|quoi|whom|which|le cas|les cas"
    # a manner of speaking, no one's words: « selon toute vraisemblance », "according to plan"
    r"|toute[\s\u00a0]+(?:vraisemblance|probabilité|apparence)|les[\s\u00a0]+besoins|plan|schedule"
    # the paper's own reporting: « d'après nos informations », "according to our information"
    r"|nos[\s\u00a0]+informations|our[\s\u00a0]+(?:information|sources|reporting))\b",
    re.I,
)
_CITING = ("citing", "quoting", "citant")
_AS_SAYING = re.compile(r"[\s\u00a0]as[\s\u00a0]+(?:saying|telling|writing)\b", re.IGNORECASE)
# A refusal to speak, before "citing" its reason: nothing was claimed.
_REFUSED = re.compile(
    r"\b(?:declined|refused|would[\s\u00a0]+not|did[\s\u00a0]+not|wouldn['’]t|didn['’]t|a[\s\u00a0]+refusé"
    r"|n['’]a[\s\u00a0]+pas[\s\u00a0]+souhaité)[\s\u00a0]+(?:to[\s\u00a0]+|de[\s\u00a0]+)?"
    r"(?:comment|commenter|discuss|elaborate|give[\s\u00a0]+details|respond|répondre|s['’]exprimer)\b",
    re.IGNORECASE,
)
_RELAYING = (
    r"(?:reported|reports|said|says|wrote|writes|announced|a rapporté|rapporte|a indiqué|indique|a affirmé|"
    r"affirme|a annoncé|annonce|a écrit|écrit)"
)
_RELAY_THEN_CONTENT = re.compile(
    rf"(?P<by>(?:l['’]|le[\s\u00a0]+|la[\s\u00a0]+|les[\s\u00a0]+|the[\s\u00a0]+)?[A-ZÀ-Ý][^,;:«“\"]{{1,60}}?"
    # "Quoting a police spokesman, the station said …": a medium by what it is
    r"|(?:the|state|local)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?(?:station|newspaper|paper|agency|broadcaster|media|website"
    rf"|channel|outlet|network|daily|television|TV|radio))[\s\u00a0]+{_RELAYING}[\s\u00a0]+(?:that[\s\u00a0]+|que[\s\u00a0]+|qu['’])?"
)
_CONTENT_THEN_RELAY = re.compile(
    rf",[\s\u00a0]*(?P<by>[^,;:«“\"]{{2,60}}?)[\s\u00a0]+{_RELAYING}[\s\u00a0]*$"
)
_RELAY_BEFORE_CITING = re.compile(  # "Reuters reported (on Monday),"
    rf"[\s\u00a0]*(?P<by>[^,;:«“\"]{{2,60}}?)[\s\u00a0]+{_RELAYING}(?:[\s\u00a0]+[^,;:«“\"]{{1,30}}?)?[\s\u00a0]*,[\s\u00a0]*"
)
_OUTLET_THEN_COMMA = re.compile(r"[\s\u00a0]*(?P<by>(?-i:[A-ZÀ-Ý])[^,;:«“\"]{1,60}?)[\s\u00a0]*,[\s\u00a0]*")
_THEN_RELAYED = re.compile(
    rf"[\s\u00a0]*[\"”]?[\s\u00a0]*,[\s\u00a0]*[\"”]?[\s\u00a0]*{_RELAYING}(?:[\s\u00a0]+(?:that|que|qu['’]))?[\s\u00a0]*",
    re.IGNORECASE,
)
_THEN_THAT = re.compile(r"[\s\u00a0]*,?[\s\u00a0]*(?:that|que|qu['’])[\s\u00a0]*", re.IGNORECASE)
# The other side's figure after the first source's: "12 000 selon la police, 45 000 selon les syndicats".
_OTHER_COUNT = re.compile(
    r",[\s\u00a0]*[^,;:«“\"]{1,30}?[\s\u00a0](?:selon|d['’]après|according[\s\u00a0]+to)[\s\u00a0][^,;:]{2,60}$",
    re.IGNORECASE,
)
# Who an outlet cites: « qui cite une source proche du dossier », "which cited two officials".
_CITES = r"(?:qui[\s\u00a0]+(?:cite|citent|citait|a[\s\u00a0]+cité)|(?:who|which)[\s\u00a0]+(?:cites?|cited|quoted|quotes))"
# « D'après Le Parisien, qui cite une source proche du dossier, … »
_WHO_CITES = re.compile(
    r"[\s\u00a0]*" + _CITES + r"[\s\u00a0]+(?P<source>[^,;:«“\"]{2,80}?)[\s\u00a0]*,", re.IGNORECASE
)
# « …, selon RTL qui cite une source »: inside the source after "selon"
_WHO_CITES_INSIDE = re.compile(r"[\s\u00a0]+" + _CITES + r"[\s\u00a0]+", re.IGNORECASE)
# "…, according to CNN, which cited two officials.": after it, to the sentence's end
_WHO_CITES_AFTER = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]*"
    + _CITES
    + r"[\s\u00a0]+(?P<source>[^,;:.!?«“\"]{2,80}?)[\s\u00a0]*[.!]?[\s\u00a0]*$",
    re.IGNORECASE,
)
_AUPRES_DE = re.compile(r"[\s\u00a0]+d(?:e[\s\u00a0]+|u[\s\u00a0]+|es[\s\u00a0]+|['’])", re.IGNORECASE)


def _after_de(text: str, start: int, end: int) -> int | None:
    """Where the source starts after "auprès": "de la préfecture", "du parquet", "d'un proche"."""
    found = _AUPRES_DE.match(text, start, end)
    return found.end() if found else None


# « de sources concordantes », « de même source »: read as « de source »
_SOURCE_WORDS = re.compile(r"^de[\s\u00a0]+(?:la[\s\u00a0]+)?(?:mêmes?[\s\u00a0]+)?sources?$")
_LEARNED = re.compile(
    r",[\s\u00a0]*(?:a-t-on[\s\u00a0]+(?:appris|indiqué|précisé|ajouté|souligné|confirmé|assuré|expliqué|affirmé)"
    r"|(?:apprend|indique|précise|ajoute|souligne|confirme|assure|explique|affirme)-t-on"
    # « …, a appris BFMTV de source policière »: the outlet learned it, and passes it on
    r"|a[\s\u00a0]+appris[\s\u00a0]+(?P<outlet>(?:l['’]|le[\s\u00a0]+|la[\s\u00a0]+)?(?-i:[A-ZÀ-Ý])[\w'’.&+-]*(?:[\s\u00a0]+(?-i:[A-ZÀ-Ý])[\w'’.&+-]*){0,2}))"
    r"(?:[\s\u00a0]+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|soir|matin))*[\s\u00a0]*$",
    re.IGNORECASE,
)  # "…, a-t-on appris de source policière", "…, indique-t-on de source diplomatique"
# A relative clause or description between the source and the content: "Selon X, qui s'exprimait
# à l'issue du Conseil, …", "According to X, who spoke on condition of anonymity, …",
# "According to the poll, published by the Herald on Friday, …".
_DESCRIBED = re.compile(
    r"[\s\u00a0]*(?:(?:qui|who|which|dont)\b|(?:published|released|conducted|carried out|commissioned|issued"
    r"|publiée?s?|réalisée?s?|commandée?s?|diffusée?s?|citée?s?|consultée?s?|obtenue?s?|révélée?s?|revealed|quoted"
    r"|cited|seen|obtained|confirmée?s?|confirmed|reviewed|interrogée?s?|interviewed|contactée?s?|contacted|jointe?s?)[\s\u00a0]+(?:by|par|on|le|in|en|hier|yesterday"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"[^,;:«“\"]{0,120}?,[\s\u00a0]*",  # "Selon le rapport, publié mardi, …"
    re.IGNORECASE,
)


# Who, ending the sentence with no comma before "selon": « trente morts selon la police. »
_WHO_ENDS_SENTENCE = re.compile(
    r"[\s\u00a0]+(?:(?:la|le|les|l['’]|leur|leurs|son|sa|ses|des|une?|plusieurs|deux|trois)[\s\u00a0]*)?"
    r"(?:police|gendarmerie|préfecture|syndicats?|organisateurs|ministère|sources?|responsables?|experts?|"
    r"témoins?|autorités|parquet|pompiers|secours|médias|agence|(?-i:[A-ZÀ-Ý])[\w'’-]+)"
    r"(?:[\s\u00a0]+[\w'’-]+){0,4}[\s\u00a0]*[.!]?[\s\u00a0]*$",
    re.IGNORECASE,
)
_RUN_STOPS = ",;:" + SENTENCE_STOPS


def _word_run_end(text: str, start: int, end: int) -> int:
    """Where the words after `start` stop: at a comma, a sentence stop or the end."""
    stop = start
    while stop < end and (text[stop] not in _RUN_STOPS or in_a_figure(text, stop)):
        stop += 1  # "a study of 8,000 pupils": a figure's separator stops nothing
    return stop


# An auxiliary that ends the words before "selon X,": its participle comes after X.
_AUXILIARY_LAST = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait|auraient|est|sont|était|étaient|serait|seraient|has|have|had|would|will|is|are"
    r"|was|were)[\s\u00a0]*$",
    re.IGNORECASE,
)
_GOES_ON = re.compile(r"[\s\u00a0]*,[\s\u00a0]*(?=[\w«“\"])")
# The sentence goes on with a clause joined to the one before the source: the source's too.
_JOINED_AFTER = re.compile(
    r"[\s\u00a0]*,[\s\u00a0]*(?:and|but|though|although|whilst|while|whereas|et|mais|alors[\s\u00a0]+que|tandis[\s\u00a0]+que)\b",
    re.IGNORECASE,
)
# Words reported by an outlet: the outlet passed on the words of whoever the clause names next.
REMARKS_OF = re.compile(
    r"(?:des|les|ses|de)[\s\u00a0]+propos[\s\u00a0]+(?:rapportés|recueillis|tenus|cités|relayés)[\s\u00a0]+(?:par|dans)"
    r"[\s\u00a0]+|(?:remarks|comments)[\s\u00a0]+(?:reported|quoted|published)[\s\u00a0]+(?:by|in)[\s\u00a0]+",
    re.IGNORECASE,
)
REMARKS_RULE = {
    "en": "en: remarks reported by, according to X, …",
    "fr": "fr: des propos rapportés par, selon X, …",
}
# A new clause after a comma and a conjunction: "…, but, according to the BBC, it will appeal".
_JOINED_CLAUSE_BEFORE = re.compile(r"(?:,|\b)[\s\u00a0]*(?:but|yet|mais|or|and|et)[\s\u00a0]*,?$", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|whom|qui|que|dont)[\s\u00a0]*,?$", re.IGNORECASE)


def prepositional(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    """according to X, … / …, according to X. / selon X, … / …, selon X. / Selon X : « … »"""
    if _NOT_SOURCE_AFTER_SELON.match(text, match.end()):
        return None
    before = text[start : match.start()].rstrip(" \u00a0")
    lead = strip_connectives(text, start, start + len(before))
    # at the head of a clause: of the sentence, after a colon, or after "that" (« affirme que selon X, … »)
    at_start = (
        lead[1] <= lead[0]
        or before.endswith((";", ":", "("))
        or bool(_AFTER_THAT.search(before) or _JOINED_CLAUSE_BEFORE.search(before))
    )
    prep = _SOURCE_WORDS.sub("de source", match.group("prep").lower())  # « de sources concordantes »
    if prep == "pour":
        return view_of(text, match, end) if at_start else None
    learned = _LEARNED.search(text, start, match.start()) if prep in ("de source", "auprès") else None
    if learned:  # "…, a-t-on appris de source policière / auprès de la préfecture": the clause before
        source_start = (
            match.start() + len("de ") if prep == "de source" else _after_de(text, match.end(), end)
        )
        content = trimmed(text, phrases.clause_start(text, start, learned.start()), learned.start())
        if source_start is not None and len(text[content[0] : content[1]].split()) >= 3:
            source = trimmed(text, source_start, _word_run_end(text, match.end(), end))
            rule = f"fr: …, a-t-on appris (indiqué…) {'de source' if prep == 'de source' else 'auprès de'} X."
            outlet = trimmed(text, *learned.span("outlet")) if learned.group("outlet") else None
            return Found(match.span(), source, content, outlet, 0.7, rule)
    if prep == "auprès":
        return None  # "auprès de" names a source only after "a-t-on appris"
    no_comma = not at_start and not before.endswith(",") and prep != "according to"
    if no_comma and not (
        prep in ("selon", "d'après", "d’après") and _WHO_ENDS_SENTENCE.match(text, match.end(), end)
    ):
        return None  # "varient selon sa définition", "named after the lake" (not "… morts selon la police.")
    speaker, after = source_after_preposition(text, match.end(), end, at_start=at_start)
    if speaker is None or (prep in _CITING and _AS_SAYING.search(text, *speaker)):
        return None  # "reported, quoting X as saying …": the participle's, through the outlet
    if prep == "de source":
        speaker = (match.start() + len("de "), speaker[1])  # "…, de source hospitalière": the source
    if prep == "cité par" and not at_start and _GOES_ON.match(text, speaker[1], end):
        return None  # "X, cité par Tass, a affirmé …": X's own attribution, relayed by Tass
    if not at_start and _RELATIVE_BEFORE.search(before):
        # "… migrants which, according to AFP, the UN has criticised": the relative clause after X
        goes_on = _GOES_ON.match(text, speaker[1], end)
        if goes_on is None or len(text[goes_on.end() : end].split()) < 3:
            return None
        return Found(
            match.span(),
            speaker,
            trimmed(text, goes_on.end(), end),
            None,
            0.7,
            f"{language}: which, X says, …",
        )
    rest = trimmed(text, after, end)
    intermediary = None
    if at_start:
        if rest[1] - rest[0] < 10:
            return None
        opening = quote_after(text, after, end)
        content = quoted(text, opening, end) if opening is not None else rest
        rule = f"{language}: {'according to' if language == 'en' else 'selon'} X, …"
        if remarks := REMARKS_OF.match(text, *speaker):  # « Selon des propos rapportés par Les Échos, X … »
            speaker, rule = trimmed(text, remarks.end(), speaker[1]), REMARKS_RULE[language]
        relay = _RELAY_THEN_CONTENT.match(text, *rest) if prep in _CITING else None
        if relay:  # "Citing two sources, Bloomberg reported that …": Bloomberg passed it on
            intermediary, content = relay.span("by"), trimmed(text, relay.end(), rest[1])
        cites = _WHO_CITES.match(text, after, end)
        if cites:  # "D'après Le Parisien, qui cite une source proche du dossier, …": the source
            intermediary, speaker = outlet_of(text, speaker), trimmed(text, *cites.span("source"))
            content = trimmed(text, cites.end(), end)  # (a report by the Journal, which cited …: the Journal)
        elif whose := WHOSE_REMARKS.match(text, after, end):  # "…, whose remarks were reported by X, …"
            intermediary, content = trimmed(text, *whose.span("by")), trimmed(text, whose.end(), end)
        elif described := _DESCRIBED.match(text, after, end):
            content = trimmed(text, described.end(), end)  # "Selon X, qui s'exprimait …, la réforme …"
        if other := _OTHER_COUNT.search(text, *content):  # "…, 45 000 selon les syndicats": theirs
            content = trimmed(text, content[0], other.start())
        content = without_the_writers_comment(text, content)  # « Selon X, A, un chiffre que … »
    else:
        clause = phrases.clause_start(text, start, match.start())
        then = _THEN_THAT.match(text, speaker[1], end) if prep in _CITING else None
        relay = _RELAY_BEFORE_CITING.fullmatch(text, clause, match.start()) if then else None
        if relay:  # "The Times reported, citing two officials, that …": the Times passed it on
            rule = f"{language}: X reported, citing Y, that …"
            return Found(match.span(), speaker, trimmed(text, then.end(), end), relay.span("by"), 0.7, rule)
        relayed_by = _OUTLET_THEN_COMMA.fullmatch(text, clause, match.start()) if prep in _CITING else None
        then_said = (  # the comma after Y, past a description cut off it ("people familiar with …")
            (_THEN_RELAYED.match(text, speaker[1], end) or _THEN_RELAYED.match(text, after - 1, end))
            if relayed_by
            else None
        )
        if then_said:  # "The Guardian, quoting a senior official, said (that) …"
            rule = f"{language}: X, citing Y, said …"
            content = trimmed(text, then_said.end(), end)
            return Found(match.span(), speaker, content, trimmed(text, *relayed_by.span("by")), 0.7, rule)
        if no_comma:  # « trente morts selon la police. »: the words since the last comma, a clause
            clause = max(clause, text.rfind(",", clause, match.start()) + 1)
            if len(text[clause : match.start()].split()) < 3:
                return None  # « 12 000 selon la préfecture, 45 000 selon les syndicats »: a count, read with the first
        content = trimmed(text, clause, match.start())
        goes_on = _GOES_ON.match(text, speaker[1], end)
        if (
            prep not in _CITING
            and goes_on is not None
            and len(text[goes_on.end() : end].split()) >= 2
            and any(
                said.end() == content[1] and said.group("verb")
                for said in CUE[language].finditer(text, *content)
            )
        ):  # "The minister said, according to Reuters, that …": as "According to Reuters, the minister said …"
            rule = f"{language}: A, {'according to' if language == 'en' else 'selon'} X, B"
            return Found(match.span(), speaker, trimmed(text, clause, end), None, 0.7, rule)
        if prep in _CITING and _REFUSED.search(text, *content):
            return None  # "X declined to comment, citing the investigation": a reason, no claim
        rule = f"{language}: …, {'according to' if language == 'en' else 'selon'} X."
        cites = _WHO_CITES_INSIDE.search(text, *speaker)
        if cites:  # « …, selon RTL qui cite une source »: the source, through RTL
            intermediary = trimmed(text, speaker[0], cites.start())
            speaker = trimmed(text, cites.end(), speaker[1])
        elif cites := _WHO_CITES_AFTER.match(text, speaker[1], end):  # "…, according to CNN, which cited …"
            intermediary, speaker = speaker, trimmed(text, *cites.span("source"))
        elif says := WHO_SAYS_INSIDE.search(text, *speaker):  # « selon X qui précise que … »: its own report
            speaker = trimmed(text, speaker[0], says.start())
        relay = _CONTENT_THEN_RELAY.search(text, *content) if prep in _CITING else None
        if relay:  # "…, state media reported, citing the ministry.": the media passed it on
            intermediary, content = relay.span("by"), trimmed(text, content[0], relay.start())
        elif prep in _CITING and (said := said_before_citing(text, language, start, end, content)):
            if not A_SOURCE.match(text, *speaker):
                return None  # "said …, citing the prosecution of 40 opposition figures": a reason, no source
            intermediary, content = said  # "She said the plan was flawed, citing a report": through her
            rule = "en: X said …, citing Y." if language == "en" else "fr: X a dit …, citant Y."
        elif prep in _CITING and not A_SOURCE.match(text, *speaker):
            return None  # "voted to close the school, citing falling numbers": a reason, no source
        if len(text[content[0] : content[1]].split()) < 3 or _AUXILIARY_LAST.search(text, *content):
            # "The suspect, according to police, fled on foot.", « Le ministre aurait, selon
            # Mediapart, menacé de démissionner »: the sentence goes on after X.
            goes_on = _GOES_ON.match(text, speaker[1], end)
            if goes_on is None or len(text[goes_on.end() : end].split()) < 2:
                return None
            content = trimmed(text, clause, end)
            rule = f"{language}: A, {'according to' if language == 'en' else 'selon'} X, B"
        elif (joined := _JOINED_AFTER.match(text, speaker[1], end)) and len(
            text[joined.end() : end].split()
        ) >= 2:
            # "No one was hurt, according to the agency, though eleven people were treated": one report
            content = trimmed(text, clause, end)
            rule = f"{language}: A, {'according to' if language == 'en' else 'selon'} X, B"
    return Found(match.span(), speaker, content, intermediary, 0.7, rule)


def source_after_preposition(
    text: str, start: int, end: int, *, at_start: bool
) -> tuple[tuple[int, int] | None, int]:
    """The source named after "according to"/"selon", and where the content may start.

    At the start of a sentence without a comma ("Selon sa biographie officielle Kim Jong Il a
    composé …") the source ends where a name follows a lowercase word.
    """
    if learned := _WHAT_THEY_LEARNED.match(text, start, end):
        start = learned.end()  # « Selon ce qu'a appris La Presse »: La Presse
    stop, depth = start, 0  # "obtained by the PMOI (PMOI, MEK) from …": no end inside brackets
    while stop < end and (
        (text[stop] not in ",;:—–" + SENTENCE_STOPS and text[stop : stop + 3] != " --")
        or in_a_figure(text, stop)
        or (depth > 0 and text[stop] not in SENTENCE_STOPS)
    ):
        depth += (text[stop] == "(") - (text[stop] == ")")
        stop += 1
    while stop < end and text[stop] == "." and _is_abbreviation_dot(text, stop):
        stop = _word_run_end(text, stop + 1, end)
    span = trimmed(text, start, stop)
    words = text[span[0] : span[1]].split()
    if not words:
        return None, stop
    # No comma after the source ("According to the ministry more than 100 died"), or a comma only
    # far into the content ("According to the ministry over 345 pilgrims died near Mecca, Saudi
    # Arabia"): the source ends where the content visibly starts.
    if at_start and stop < end and (text[stop] not in ",:" or len(words) > 8):
        cut = _source_ends(text, span[0], span[1], strong_only=text[stop] in ",:")
        if cut is None:
            return (span, stop) if text[stop] not in ",:" else (without_description(text, *span), stop + 1)
        return without_description(text, *trimmed(text, span[0], cut)), cut
    if len(words) > 20:
        return None, stop
    return without_description(text, *span), stop + 1


_AFTER_THAT = re.compile(r"(?:\bque|\bqu['’]|\bthat),?$", re.IGNORECASE)
_WHAT_THEY_LEARNED = re.compile(
    r"[\s\u00a0]*ce[\s\u00a0]+(?:qu['’](?:a|ont)[\s\u00a0]+(?:appris|rapporté|révélé|écrit)|que[\s\u00a0]+(?:rapporte|rapportent|révèle|écrit))[\s\u00a0]+",
    re.IGNORECASE,
)
_OPENS_CONTENT = frozenset(
    """
    over more less about nearly almost some only just up than he she it they we i you there
    is are was were has have had will would could can may might must should did do does
    plus moins environ près quelque il elle ils elles nous je est sont était étaient ont avait va
    """.split()
)
_DETERMINER = frozenset(
    "the a an his her its their our this these those le la les un une des sa son ses leur leurs ce cette ces".split()
)
_INSIDE_NAME = frozenset(
    "of from at in for with by on to and & de du des d' d’ à au aux en pour avec par sur chez et".split()
)


def _source_ends(text: str, start: int, end: int, *, strong_only: bool = False) -> int | None:
    """Where a source named after "according to"/"selon" without a comma ends and the content
    starts: "According to the ministry more than 100 died", "According to police the man fled",
    "Selon sa biographie officielle Kim Jong Il a composé …". None when nothing tells.

    `strong_only`: only where a quantity, a number, a pronoun or a verb starts the content (a
    long source may hold a new determiner or a name: "des sources proches des groupes armés")."""
    words = list(re.finditer(r"[^\s\u00a0]+", text[start:end]))
    for i, word in enumerate(words[1:], start=1):
        token = word.group(0)
        bare = token.lower().strip('«»“”"()')
        before = words[i - 1].group(0)
        previous = before.lower()
        named = any(w.group(0).lower() not in _DETERMINER for w in words[:i])
        if not named:
            continue
        elided = bare.startswith(("l'", "l’", "d'", "d’")) and previous not in _INSIDE_NAME
        at_least = bare == "at" and i + 1 < len(words) and words[i + 1].group(0).lower() == "least"
        strong = bare in _OPENS_CONTENT or at_least or any(c.isdigit() for c in bare)
        if strong or strong_only:
            if strong:
                return start + word.start()
            continue
        if (
            (bare in _DETERMINER and previous not in _INSIDE_NAME)
            or elided
            or (token[0].isupper() and before[:1].islower() and previous not in _INSIDE_NAME | _DETERMINER)
        ):
            return start + word.start()
    return None


def _is_abbreviation_dot(text: str, dot: int) -> bool:
    word = re.search(r"(\w+)$", text[max(0, dot - 8) : dot])
    return bool(word) and (len(word.group(1)) <= 2 or word.group(1).lower() in ABBREVIATIONS)
