"""A participle as the reporting word: "Soulignant que …, X a …", "…, expliquant que …",
"…, saying that …", "Reuters quoted X as saying …", "X was quoted by Y as saying …".

The main clause speaks: its subject, or the speaker of the sentence's last reporting verb before
("“…,” he said, adding that …"), which `constructions.construction` reads (imported where it is
used: that module dispatches here).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimtracker.extraction import addressees, outlets, relayed_by, told_whom
from claimtracker.extraction import speaker_phrases as phrases
from claimtracker.extraction.after_verb import saying_a_clause
from claimtracker.extraction.complementisers import COMPLEMENTISER
from claimtracker.extraction.content_ends import MAIN_CLAUSE_GOES_ON
from claimtracker.extraction.found import Found
from claimtracker.extraction.judgements import judged_object
from claimtracker.extraction.main_subject import main_subject, strip_connectives
from claimtracker.extraction.quotations import quote_after, quoted, trimmed
from claimtracker.extraction.reporting_words import CUE
from claimtracker.extraction.verb_checks import PERCEIVED, lemma_of

# "He was quoted as saying": the search ends just before "saying".
QUOTED_AS = re.compile(r"[\s\u00a0]+(?:was|were|is|are)[\s\u00a0]+quoted[\s\u00a0]+as$", re.IGNORECASE)


_QUOTED_BY_AS = re.compile(
    r"[\s\u00a0]+(?:was|were|is|are|has been|have been)[\s\u00a0]+(?:quoted|cited)[\s\u00a0]+by[\s\u00a0]+"
    r"(?P<by>[^,.;:“\"]{2,60}?)[\s\u00a0]+as[\s\u00a0]*$",
    re.IGNORECASE,
)


# "He is quoted in the Guardian as saying", "Gulfline is quoted in its annual report as saying": the
# outlet by its name passed it on; the speaker's own report did not.
_QUOTED_IN_AS = re.compile(
    r"[\s\u00a0]+(?:was|were|is|are|has been|have been)[\s\u00a0]+quoted[\s\u00a0]+in[\s\u00a0]+"
    r"(?P<in>(?:(?:the|a)[\s\u00a0]+)?(?P<outlet>(?-i:[A-Z]))?[^,.;:“\"]{1,60}?)[\s\u00a0]+as[\s\u00a0]*$",
    re.IGNORECASE,
)


# "Interfax quoted the minister as saying …": the minister, through Interfax.
_QUOTING_AS = re.compile(  # also "The BBC reports the minister as saying …"
    r"[\s\u00a0]+(?:quoted|quotes|reported|reports|cited|cites)[\s\u00a0]+(?P<who>[^,.;:“\"]{2,80}?)[\s\u00a0]+as[\s\u00a0]*$",
    re.IGNORECASE,
)
# "The Guardian reported Tuesday, quoting the minister as saying": the minister, through the Guardian.
_REPORTED_QUOTING_AS = re.compile(
    r"[\s\u00a0]+(?:reported|reports|said|says|wrote|writes)\b[^,.;:“\"]{0,30}?,?[\s\u00a0]+(?:quoting|citing)"
    r"[\s\u00a0]+(?P<who>[^,.;:“\"]{2,80}?)[\s\u00a0]+as[\s\u00a0]*$",
    re.IGNORECASE,
)


# Who was heard saying, after a verb of perception: "I remember my teacher saying", "heard him say".


# "saying on Monday that …", « expliquant mardi soir que … »: a time or place before the clause.
_ADJUNCT_THEN_THAT = re.compile(
    r"[\s\u00a0]+(?:(?:on|in|at|late|early|earlier|last|this|ce|cette|lors)[\s\u00a0]+"
    r"(?:[^\s,.;:«“\"]+[\s\u00a0]+){0,3}?|(?:(?:mon|tues|wednes|thurs|fri|satur|sun|yester|to)day|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)[\s\u00a0]+(?:[^\s,.;:«“\"]+[\s\u00a0]+){0,2}?"
    r"|(?:later|afterwards|again|also|repeatedly|publicly|plus[\s\u00a0]+tard|ensuite)[\s\u00a0]+)"
    r"(?:that|que|qu['’])[\s\u00a0]*",
    re.IGNORECASE,
)


Subject = Callable[[str, int, int], "tuple[int, int] | None"]


def _quoted(
    text: str, begin: int, verb: int, subject: Subject = phrases.subject_before, english: bool = True
) -> tuple[tuple[int, int] | None, tuple[int, int] | None] | None:
    """Who was quoted as saying, between `begin` and the participle at `verb`, and who quoted
    them, each as `subject` finds the subject before a word: "Gomez was quoted by the Washington
    Post as" (Gomez, through the Post), "the minister was quoted as", "Interfax quoted the
    minister as" (the minister, through Interfax). None when no such words stand there."""
    if quoted_by := _QUOTED_BY_AS.search(text, begin, verb):
        return subject(text, begin, quoted_by.start()), trimmed(text, *quoted_by.span("by"))
    if english and (quoted_in := _QUOTED_IN_AS.search(text, begin, verb)):
        outlet = trimmed(text, *quoted_in.span("in")) if quoted_in.group("outlet") else None
        return subject(text, begin, quoted_in.start()), outlet
    if english and (quoted_as := QUOTED_AS.search(text, begin, verb - 1)):
        return subject(text, begin, quoted_as.start()), None
    if english and (quoting := _REPORTED_QUOTING_AS.search(text, begin, verb)):
        return trimmed(text, *quoting.span("who")), subject(text, begin, quoting.start())
    if english and (quoting := _QUOTING_AS.search(text, begin, verb)):
        return trimmed(text, *quoting.span("who")), subject(text, begin, quoting.start())
    return None


# The sentence ends, perhaps after when: "…, Interfax cited the Kremlin as saying on Saturday."
_AT_THE_END = re.compile(r"(?i:" + outlets.ON_A_DAY + r")[\s\u00a0]*[.!]?[\s\u00a0]*$")


def _quoted_as_saying_last(text: str, match: re.Match, start: int) -> Found | None:
    """ "…, state media quoted the minister as saying." / "…, the minister was quoted (by Y) as
    saying.": the content is the clause before the comma."""
    comma = text.rfind(",", start, match.start())
    if comma == -1 or len(text[start:comma].split()) < 3:
        return None
    found = _quoted(text, comma + 1, match.start(), subject=trimmed)
    if found is None:
        return None
    speaker, told = found
    if speaker is None or speaker[1] <= speaker[0] or (told is not None and told[1] <= told[0]):
        return None
    return Found(
        match.span(), speaker, trimmed(text, start, comma), told, 0.75, "en: …, X was quoted as saying."
    )


def participle(text: str, language: str, match: re.Match, start: int, end: int) -> Found | None:
    """Soulignant que …, Maliki a … / …, expliquant que … / …, saying that …: the main clause speaks."""
    after = _ADJUNCT_THEN_THAT.match(text, match.end(), end) or re.compile(
        # not the pronoun of "explaining that, and I never got an answer"
        r"[\s\u00a0]*(?:que|qu['’]|that(?![\s\u00a0]*,[\s\u00a0]*(?:and|but|or|so)\b))?[\s\u00a0]*[,:]?[\s\u00a0]*"
    ).match(text, match.end(), end)
    telling = lemma_of(match.group("verb"), language) == "tell"
    named = told_whom.noun_phrase_after(text, match.end(), end) if telling else None
    told = addressees.as_medium(text, named, end)  # a medium, not "telling President Macron"
    addressed = named or (addressees.audience_after(text, match.end(), end) if telling else None)
    if addressed:  # "…, telling the BBC that …", "…, telling them that …" (an audience: no outlet)
        after = re.compile(r"[\s\u00a0]*(?:that)?[\s\u00a0]*[,:]?[\s\u00a0]*").match(text, addressed[1], end)
    if language == "en" and _AT_THE_END.match(text, match.end(), end):
        return _quoted_as_saying_last(text, match, start)
    said = text[addressed[1] if addressed else match.end() : after.end()]
    opening = quote_after(text, after.start(), end, skip_adjuncts=True)
    # "…, calling it “an act of cowardice”", « …, jugeant les chiffres « fantaisistes » »
    judged = judged_object(lemma_of(match.group("verb"), language), text, match.end(), end)
    if (
        not COMPLEMENTISER.search(said)
        and opening is None
        and judged is None
        and not saying_a_clause(text, match, after.end(), end, told=addressed is not None)
    ):
        return None
    reduced = None  # the noun phrase before the participle, when that is its speaker
    lead = strip_connectives(text, start, match.start())
    if lead[1] <= lead[0] or text[lead[0] : lead[1]].lower() == "en":
        # Sentence-initial: the content runs to the comma before the main clause's subject.
        comma = re.compile(
            r",[\"”»]?[\s\u00a0]+(?=[A-ZÀ-Ý]|(?:il|elle|ils|elles|he|she|they|we|nous)\b)"
        ).search(text, after.end(), end)
        if comma is None:
            return None
        content = trimmed(text, after.end(), comma.start())
        speaker = phrases.subject_after_comma(text, comma.end(), end)
    elif (quoted_speaker := _quoted(text, start, match.start(), english=language == "en")) is not None:
        content = quoted(text, opening, end) if opening is not None else trimmed(text, after.end(), end)
        speaker, told = quoted_speaker
        if told is None and (by := relayed_by.quoted_by(text, match.end(), end)):
            # "was quoted as saying by the BBC that …": who quoted, then what
            told = by
            rest = re.compile(r"[\s\u00a0]*(?:,[\s\u00a0]*)?(?:that\b)?[\s\u00a0]*[,:]?[\s\u00a0]*").match(
                text, by[1], end
            )
            content = quoted(text, opening, end) if opening is not None else trimmed(text, rest.end(), end)
    elif language == "en" and (absolute := _WITH_SUBJECT.search(text, start, match.start())):
        # "The union signalled defiance, with its leader, Anna Rossi, saying: …": the leader speaks
        content = quoted(text, opening, end) if opening is not None else trimmed(text, after.end(), end)
        speaker = trimmed(text, *absolute.span("np"))
    elif language == "en" and (perceived := PERCEIVED.search(text, start, match.start())):
        # "I remember my teacher saying that …": the teacher spoke, heard by the subject
        content = quoted(text, opening, end) if opening is not None else trimmed(text, after.end(), end)
        speaker = trimmed(text, *perceived.span("who"))
    else:
        content = quoted(text, opening, end) if opening is not None else trimmed(text, after.end(), end)
        lead_in = text[start : match.start()].rstrip(" \u00a0")
        while_saying = lead_in.lower().endswith(("tout en", "tout en,"))  # « X, tout en rappelant que … »
        comma_before = lead_in.endswith(",") or while_saying
        if while_saying and opening is None and (resumes := MAIN_CLAUSE_GOES_ON.search(text, *content)):
            content = trimmed(text, content[0], resumes.start())  # « …, a salué la décision »: his own act
        # « La préfecture a réagi lundi en annonçant que … »: the subject of the verb before "en"
        gerund = len(lead_in) - 2 if lead_in.lower().endswith(" en") and not while_saying else None
        subject_end = start + gerund if gerund else match.start()
        reduced = (
            None if comma_before or gerund else phrases.reduced_relative_subject(text, start, match.start())
        )
        # (« « … », a-t-il déclaré, en suggérant que … »: the report's speaker, not the quotation's words)
        earlier = None if reduced else _earlier_report(text, language, start, subject_end, end)
        speaker = reduced or (earlier.speaker if earlier else None) or main_subject(text, start, subject_end)
        if (
            comma_before
            and match.group("verb").lower()
            in _WHAT_A_REPORT_DOES  # ("…, saying it was false": the subject's)
            and (report := _A_REPORT_BEFORE.search(lead_in))
        ):
            speaker = (
                start + report.start("np"),
                start + report.end("np"),
            )  # "a story published by X, reporting"
        if earlier is not None and told is None and addressed is None:
            told = earlier.intermediary  # "he told reporters …, adding that …": the same telling
        elif told is None and (spoke := _SPOKE_TO.search(text, start, match.start())):
            told = told_whom.outlet_told(text, spoke.end() - 1, match.start())  # "spoke to Variety …, saying"
        elif told is None and addressed is None and language == "en":
            told = outlets.medium_in(
                text, start, match.start()
            )  # "made the remarks in an interview with the FT, saying"
    if speaker is None:
        return None
    if judged is not None and not COMPLEMENTISER.search(said):
        content = judged
    rule = f"{language}: …, {'saying that' if language == 'en' else 'soulignant que'} …"
    # "X said A, adding that B": A ends where the participle's clause starts. Not "… all they get is
    # a message stating …": a message that states something is inside A.
    joined = text.rfind(",", start, match.start()) if speaker[1] <= match.start() and not reduced else -1
    return Found(
        match.span(), speaker, content, told, 0.6, rule, coordinated_at=joined if joined > 0 else None,
        embedded=reduced is not None,
    )  # fmt: skip


# A published report just before the participle's comma reports: "in response to a story published by
# Android Police late last night, reporting that …" (the story, not the sentence's subject).
_WHAT_A_REPORT_DOES = frozenset(["reporting", "alleging", "claiming", "suggesting", "revealing", "detailing"])
_A_REPORT_BEFORE = re.compile(
    r"\b(?P<np>(?:a|an|the)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?(?:story|report|article|post|study|survey|investigation)"
    r"[\s\u00a0]+(?:published|released|issued|posted|aired|broadcast|carried)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?"
    r"(?:by|in|on)[\s\u00a0]+(?:the[\s\u00a0]+)?(?-i:[A-Z])[\w&'’.-]*(?:[\s\u00a0]+(?-i:[A-Z])[\w&'’.-]*){0,3})"
    r"(?:[\s\u00a0]+[^,;:]{1,30})?,$",
    re.IGNORECASE,
)
# ", with X saying": X, by itself or with its apposition between commas (not "spoke with reporters, saying").
_WITH_SUBJECT = re.compile(
    r",[\s\u00a0]*with[\s\u00a0]+(?P<np>[^,;:«“\"]{2,60}?(?:,[^,;:«“\"]{2,40},)?)[\s\u00a0]*$", re.IGNORECASE
)
# The main clause says whom the speaker spoke to: "The director spoke to Variety about the film, saying …".
_SPOKE_TO = re.compile(
    r"\b(?:(?:spoke|talked|opened[\s\u00a0]+up)[\s\u00a0]+(?:to|with)"
    r"|(?:gave|granted)[\s\u00a0]+(?:an?|his|her|their)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?interview[\s\u00a0]+to)[\s\u00a0]",
    re.IGNORECASE,
)


def _earlier_report(text: str, language: str, start: int, before: int, end: int) -> Found | None:
    """ "“…,” he said, adding that …": the sentence's last report before, whose speaker adds."""
    # within the few lines before: a very long "sentence" must not make every participle read it all
    window = max(start, before - 600)
    for earlier in reversed([m for m in CUE[language].finditer(text, window, before) if m.group("verb")]):
        if earlier.group("verb").lower().endswith("ant" if language == "fr" else "ing"):
            continue
        from claimtracker.extraction.constructions import construction

        found = construction(text, language, earlier, start, end)
        if found is not None:
            return found
    return None
