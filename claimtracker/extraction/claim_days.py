"""Which words of a sentence date an attribution: the day its claim was made, named outside what
was said and nearest to the cue ("X said on Monday that …", not the "on September 24" inside the
content), read against the publication's date. No Qt, no storage.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from claimtracker.domain.dates import ClaimDate, Precision
from claimtracker.extraction.content_ends import MAIN_CLAUSE_GOES_ON
from claimtracker.extraction.date_phrases import DATE_WORDS
from claimtracker.extraction.dates import days_after_the_day_told_of, resolve_date
from claimtracker.extraction.found import Found
from claimtracker.extraction.reporting_words import (
    MONTHS_EN,
    MONTHS_FR,
)
from claimtracker.extraction.suggestion import Suggestion

_CLAUSE_JOINS = re.compile(
    r"\b(?:after|before|when|whilst|while|as|because|since|although|whereas|and|but|quand|lorsque?|alors|après"
    r"|avant|parce|puisque|et|mais)\b",
    re.IGNORECASE,
)
_CONTRAST = re.compile(
    r"\b(?:although|though|whereas|but|and|et|mais|alors[\s\u00a0]+que|tandis[\s\u00a0]+que|bien[\s\u00a0]+que)\b",
    re.IGNORECASE,
)
_WHEN = re.compile(r"when|quand|lorsque?", re.IGNORECASE)
_HABITUAL = re.compile(r"\b(?:chaque|every|each|tous[\s\u00a0]+les)[\s\u00a0]+$", re.IGNORECASE)
# The day a document reached an outlet, not the day it was written: « consultée mardi par l'AFP ».
_SEEN_ON = re.compile(
    r"\b(?:seen|obtained|reviewed|consulted|vue?s?|consultée?s?|obtenue?s?)[\s\u00a0]+(?:on[\s\u00a0]+)?$",
    re.IGNORECASE,
)
# One end of a stretch of time, not the day something was said: "Since Monday, the agency has said".
_BOUND = re.compile(r"\b(?:since|until|till|depuis|jusqu['’](?:à|au))[\s\u00a0]+$", re.IGNORECASE)
# The day of an event still to come when the words were said: "told reporters ahead of the state's
# caucus Tuesday", "before the vote on Thursday", « à la veille du scrutin de dimanche ».
_AHEAD_OF = re.compile(
    r"\b(?:ahead[\s\u00a0]+of|in[\s\u00a0]+the[\s\u00a0]+run-up[\s\u00a0]+to"
    r"|before[\s\u00a0]+(?=the\b|a\b|an\b|its\b|his\b|her\b|their\b|next\b)"
    r"|(?:à[\s\u00a0]+)?la[\s\u00a0]+veille[\s\u00a0]+d[eu]|avant[\s\u00a0]+(?=l[ea]\b|l['’]|les\b))"
    r"(?:[\s\u00a0]*[^\s\u00a0,;:.!?«»“”\"]+){0,5}[\s\u00a0]+$",
    re.IGNORECASE,
)


def _an_events_day(text: str, m: re.Match) -> bool:
    """ "Thursday's vote", "ahead of the caucus Tuesday": the day an event is (to be) held."""
    return (
        text[m.end() : m.end() + 2] in ("'s", "’s")
        and not _WORDS_OF_THE_DAY.match(text, m.end() + 2)
        and not _AFTER_OR_AT.search(text, max(0, m.start() - 12), m.start())
        and not re.match(r"(?:on|in)[\s\u00a0]", m.group(0), re.IGNORECASE)  # "on Tuesday's Today programme"
    ) or bool(_AHEAD_OF.search(text, max(0, m.start() - 80), m.start()))


# An event the words follow or are said at: "told reporters after Tuesday's game" is Tuesday's; so is
# what they appear in: "on Tuesday's Today programme", "in Monday's Financial Times", "told Sunday's …".
_AFTER_OR_AT = re.compile(r"\b(?:after|following|at|during|on|in|with|told)[\s\u00a0]+$")


# "Tuesday's statement said …": the day of the words themselves.
_WORDS_OF_THE_DAY = re.compile(
    r"[\s\u00a0]+(?:[\w-]+[\s\u00a0]+)?(?:statement|remarks|comments|speech|interview|announcement|briefing"
    r"|(?:press|news)[\s\u00a0]+(?:conference|release)|letter|report|tweet|post|address|testimony|ruling)\b",
    re.IGNORECASE,
)


def date_words(text: str, start: int, end: int) -> list[re.Match]:
    """Every word of [start, end) that may name the day of a claim."""
    return list(DATE_WORDS.finditer(text, start, end))


# A day that opens the sentence, set off by a comma: it dates the main clause, whatever clause
# comes between.
_OPENS_THE_SENTENCE = re.compile(
    r"[\s\u00a0]*,[\s\u00a0]*(?:as|after|before|whilst|while|when|since|because|although|though|amid|quand|lorsque|alors"
    r"|après|avant|tandis)\b",
    re.IGNORECASE,
)
_AT_THE_SENTENCE_START = re.compile(
    r"(?:^|[.!?\n»”\"])[\s\u00a0]*(?:(?:late|early)[\s\u00a0]+)?$", re.IGNORECASE
)
# the sentence's start, or "In a 2019 interview": the year of the words that open it
_SENTENCE_OPENS = re.compile(
    r"(?:^|[.!?\n»”\"])[\s\u00a0]*(?:(?:in|during)\s(?:a|an|his|her|its|their)\s)?$", re.I
)


def _next_to_the_report(text: str, found: Found, m: re.Match) -> bool:
    """Whether a month or a year dates the report itself: right after the verb ("said in March
    that"), between a speaker and its verb ("The minister in March said"), or opening the sentence
    ("En mai, X avait prévenu"); not in a description ("X, fondé en 1998, a assuré", "…, raconte X,
    qui a repris la ferme en 1998") nor another clause."""
    if m.start() >= found.cue[1]:
        between = text[found.cue[1] : m.start()]
        return not re.search(r"[,;:«“\"]", between) and len(between.split()) <= 6
    if found.speaker[1] <= m.start() and m.end() <= found.cue[0]:
        return "," not in text[found.speaker[1] : found.cue[0]]
    return m.end() <= found.speaker[0] and bool(
        _SENTENCE_OPENS.search(text, max(0, m.start() - 16), m.start())
    )


_RELATIVE_OPENED = re.compile(
    # not the relative of the telling itself: "The minister, who spoke on Tuesday, said …"
    r",[\s\u00a0]*(?:who|which|whose|qui|dont)\b(?![\s\u00a0]+(?:spoke|talked|was[\s\u00a0]+speaking|appeared"
    r"|s['’]exprimait|s['’]est[\s\u00a0]+exprimée?|intervenait|a[\s\u00a0]+parlé)\b)[^,]*$",
    re.IGNORECASE,
)
# Or a participle of what befell the speaker: "The suspect, arrested on Friday, said …" (not "asked
# about it on Thursday", the time of the telling).
_EVENT_ASIDE = re.compile(
    r"[\s\u00a0]*,[\s\u00a0]*(?!(?:asked|questioned|interviewed|contacted|reached|pressed|quoted|interrogée?s?|contactée?s?"
    r"|sollicitée?s?|questionnée?s?|invitée?s?|citée?s?|cités|joint|jointe?s?"
    # a document speaks from the day it was made: "The lawsuit, filed Thursday, alleges …"
    r"|filed|published|released|issued|posted|sent|written|dated|signed|seen|obtained"
    r"|publiée?s?|diffusée?s?|rendue?s?|adressée?s?|datée?s?|signée?s?|déposée?s?|consultée?s?)\b)"
    r"(?-i:[a-z]{3,}ed|[a-zàâçéèêëîïôûùü]{3,}(?:é|ée|és|ées))(?![\w-])[^,]*$"
)


def _in_the_main_clause_after(text: str, found: Found, m: re.Match) -> bool:
    """« Les parents, qui ont confirmé que A, avaient appelé la police vendredi »: the main clause's
    day, after a report in the subject's relative (not « A, avait indiqué vendredi le parquet »: the
    report's own verb after its content)."""
    if found.cue[1] > found.content[0] or m.start() < found.content[1]:
        return False
    end = found.content[1]
    while end < len(text) and text[end] in ' \u00a0»”"':
        end += 1
    return MAIN_CLAUSE_GOES_ON.match(text, end) is not None


def _in_the_speakers_relative(text: str, found: Found, m: re.Match) -> bool:
    """ "Emma Hardy, who visited the town on Friday, told …": the day of the visit, not the claim's."""
    return (
        found.speaker[0] <= m.start()
        and m.end() <= found.cue[0]
        and bool(
            _RELATIVE_OPENED.search(text, found.speaker[0], m.start())
            or _EVENT_ASIDE.match(text, found.speaker[1], m.start())
        )
        and "," in text[m.end() : found.cue[0]]
    )


_PRESENT_REPORT = re.compile(r"(?:say|says|tell|tells|dit|disent|affirme|affirment)$", re.IGNORECASE)


def _opens_a_present_report(text: str, found: Found, m: re.Match) -> bool:
    """ "Police say on April 6, a girl was playing outside …": said now of that day, its words'."""
    return (
        bool(_PRESENT_REPORT.search(text, found.cue[0], found.cue[1]))
        and m.start() >= found.cue[1]  # right after the verb (not "Mercredi, …, le ministère affirme")
        and not text[found.cue[1] : m.start()].strip()
        and text[m.end() : m.end() + 1] == ","
    )


def _quoted(text: str, at: int) -> bool:
    """Whether `at` stands inside a quotation of its paragraph: '"… stronger today," he told reporters,
    adding that …' — the speaker's "today", not the day of the adding."""
    line = max(text.rfind("\n", 0, at) + 1, at - 2000)  # a pasted line may be very long: read near
    before = text[line:at]
    return (
        before.count('"') % 2 == 1
        or before.rfind("“") > before.rfind("”")
        or before.rfind("«") > before.rfind("»")
    )


def claim_day(
    text: str,
    found: Found,
    published: ClaimDate | None,
    dates: list[re.Match],
    another_s: Callable[[re.Match], bool] = lambda m: False,
) -> tuple[str, ClaimDate]:
    """The wording of the day the attribution `found` was made, among its sentence's `dates`, and
    the date it names ("" and an unknown date when none does); `another_s` tells a date that
    belongs to another attribution of the sentence."""

    def is_the_claim_s(m: re.Match) -> bool:
        return (
            not found.content[0] <= m.start() < found.content[1]
            and not _quoted(text, m.start())
            # "rents rose 14% last week, which the landlords say proves …": the relative's own words only
            and not (found.rule.endswith("which X says …") and m.start() < found.speaker[0])
            and not another_s(m)
            and not _HABITUAL.search(text, max(0, m.start() - 12), m.start())  # "qui vient chaque samedi"
            and not _BOUND.search(text, max(0, m.start() - 12), m.start())
            and not _SEEN_ON.search(text, max(0, m.start() - 16), m.start())
            and not _an_events_day(text, m)
            and not _in_the_main_clause_after(text, found, m)
            and not _opens_a_present_report(text, found, m)
            and not _in_the_speakers_relative(text, found, m)
            and (not m.group("broad") or _next_to_the_report(text, found, m))
            # "put off a vote on Thursday, after manufacturers warned": another clause's day (not
            # "were relieved early Sunday when officials announced": the time of both)
            and not (
                m.end() <= found.speaker[0]
                and (join := _CLAUSE_JOINS.search(text, m.end(), found.speaker[0]))
                and not (_WHEN.fullmatch(join.group()) and "," not in text[m.end() : found.speaker[0]])
                and not (  # "On Tuesday, as the storm hit, officials said" (not "put off a vote on Thursday, after")
                    _OPENS_THE_SENTENCE.match(text, m.end())
                    and _AT_THE_SENTENCE_START.search(text, max(0, m.start() - 12), m.start())
                )
            )
            # "said it had won, although results were not expected until Thursday": the writer's clause
            # (not "told me when I visited on Thursday": the time of the telling)
            and not (
                m.start() >= (after := max(found.content[1], found.cue[1]))
                and _CONTRAST.search(text, after, m.start())
            )
        )

    # The nearest to the cue ("The minister, who arrived on Monday, said on Tuesday that …" is
    # Tuesday's), checked lazily: a long sentence may hold hundreds of dates.
    nearest = sorted(dates, key=lambda m: max(m.start() - found.cue[1], found.cue[0] - m.end(), 0))
    date_match = next((m for m in nearest if is_the_claim_s(m)), None)
    wording = date_match.group(0) if date_match else ""
    return wording, resolve_date(wording, published) if wording else ClaimDate.unknown()


def same_day_as_before(
    text: str, suggestions: list[Suggestion], published: ClaimDate | None = None
) -> list[Suggestion]:
    """ "He told MPs later in the day …": the day of the report just before it in its paragraph or
    the one before ("told the BBC yesterday morning"), else of the last day its paragraph named ("The
    board voted on Thursday. The following morning, …"), rather than the day of publication; "A
    day later, he told …", « le lendemain »: the day after it."""
    done: list[Suggestion] = []
    for suggestion in suggestions:
        later = days_after_the_day_told_of(suggestion.date_wording)
        since = _previous_paragraph_start(text, suggestion.cue.start)
        before = later is not None and next(
            (
                s.claim_date.value
                for s in reversed(done)
                if s.claim_date.precision == Precision.DAY
                and s.claim_date.value is not None
                and s.cue.start >= since
            ),
            None,
        )
        if later is not None and not before:
            before = _day_named_before(text, suggestion.cue.start, published)
        if before:
            day = ClaimDate.of(
                before + dt.timedelta(days=later or 0),
                Precision.DAY,
                suggestion.date_wording,
                certain=False,
                doubt="the day after the day told just before it" if later else "the day told just before it",
            )
            suggestion = replace(suggestion, claim_date=day)
        elif (
            gap := _DAYS_AFTER_REPORT.search(
                text, max(0, suggestion.speaker.start - 20), suggestion.speaker.start
            )
        ) and (
            done
            and done[-1].claim_date.precision == Precision.DAY
            and done[-1].claim_date.value is not None
            and "\n" not in text[done[-1].cue.start : suggestion.cue.start]  # the report it is told after
        ):  # "X said on Wednesday, a day after officials said …": the officials spoke on Tuesday
            days = _COUNTS.get(gap.group("n").lower(), 1)
            day = ClaimDate.of(
                done[-1].claim_date.value - dt.timedelta(days=days),
                Precision.DAY,
                gap.group(0).strip(),
                certain=False,
                doubt="days before the report it is told after",
            )
            suggestion = replace(suggestion, claim_date=day, date_wording=gap.group(0).strip())
        done.append(suggestion)
    return done


# A day and month with a year ("October 18, 2008", « le 18 octobre 2008 ») and one without.
_FULL_DATE = re.compile(
    rf"\b(?:(?:{MONTHS_EN})\.?[\s\u00a0]+\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}(?:st|nd|rd|th|er)?[\s\u00a0]+"
    rf"(?:of[\s\u00a0]+)?(?:{MONTHS_EN}|{MONTHS_FR}),?)[\s\u00a0]+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_YEAR_IN_WORDING = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_IN_WORDING = re.compile(rf"\b(?:{MONTHS_EN}|{MONTHS_FR})\b", re.IGNORECASE)


def year_named_before(text: str, suggestion: Suggestion, published: ClaimDate | None) -> Suggestion:
    """ "The Church, on October 18, 2008, accused … On October 17, its president also accused …": a
    day and month without a year take the year of the full date its paragraph or the one before
    named last, rather than the year before publication."""
    date = suggestion.claim_date
    wording = suggestion.date_wording
    if (
        date.precision != Precision.DAY
        or date.value is None
        or _YEAR_IN_WORDING.search(wording)
        or not _MONTH_IN_WORDING.search(wording)
    ):
        return suggestion
    # (read near: a pasted text may be one very long line)
    since = max(_previous_paragraph_start(text, suggestion.cue.start), suggestion.cue.start - 1500)
    full = list(_FULL_DATE.finditer(text, since, suggestion.cue.start))
    if not full or (year := int(full[-1].group("year"))) == date.value.year:
        return suggestion
    try:
        value = date.value.replace(year=year)
    except ValueError:  # 29 February
        return suggestion
    if published is not None and published.value is not None and value > published.value:
        return suggestion
    day = ClaimDate.of(
        value, Precision.DAY, wording, certain=False, doubt="the year of the date named before it"
    )
    return replace(suggestion, claim_date=day)


# "…, a day after officials said": the report before it, so many days earlier.
_DAYS_AFTER_REPORT = re.compile(
    r"\b(?P<n>a|one|two|three)[\s\u00a0]+days?[\s\u00a0]+after[\s\u00a0]+$", re.IGNORECASE
)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}


def _previous_paragraph_start(text: str, at: int) -> int:
    """Where the paragraph before the one holding `at` starts (blank lines between them skipped)."""
    end = text.rfind("\n", 0, at)
    while end > 0 and text[end - 1] in "\n \t\u00a0":
        end -= 1
    return text.rfind("\n", 0, end) + 1 if end > 0 else 0


def _day_named_before(text: str, at: int, published: ClaimDate | None) -> dt.date | None:
    """The last day its paragraph named before `at`, by itself ("on Thursday evening", not "the
    following morning")."""
    for match in reversed(date_words(text, text.rfind("\n", 0, at) + 1, at)):
        if days_after_the_day_told_of(match.group(0)) is not None:
            continue
        day = resolve_date(match.group(0), published)
        if day.precision == Precision.DAY and day.value is not None:
            return day.value
    return None
