"""Suggested attributions in French and English news text: who said what, through whom, when.

Cue first: every reporting word of the lexicon (`reporting_words`) is a candidate, and the
words around it decide the construction news uses:
* a quotation just before it: "“…,” said X", "« … », a-t-il déclaré", "“…” the mayor said";
* the content before it, in the last clause: "…, two officials told Reuters", "…, dit-elle";
* the content after it: "X said (that) …", "X a déclaré à l'AFP que …", "X said: “…”";
* a preposition: "according to X, …", "…, selon X".
Speakers are whole noun phrases with their apposition; a pronoun speaker carries the named
speaker it refers to. Every suggestion names its construction, so the analyst can judge it;
nothing is stored until the analyst accepts it. No Qt, no storage.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from claimtracker.domain.claims import Span
from claimtracker.domain.dates import ClaimDate
from claimtracker.extraction import appositions, relayed_by
from claimtracker.extraction.according_to import REMARKS_RULE
from claimtracker.extraction.claim_days import claim_day, date_words, same_day_as_before, year_named_before
from claimtracker.extraction.constructions import construction
from claimtracker.extraction.content_ends import MARK_PAIRS, before_own_aside
from claimtracker.extraction.found import Found
from claimtracker.extraction.joined_reports import same_telling, split_joined
from claimtracker.extraction.narrative_infinitives import narrative_infinitives
from claimtracker.extraction.nesting import cut_nested
from claimtracker.extraction.persons import a_narrator_told_someone
from claimtracker.extraction.pronouns import resolve_pronouns
from claimtracker.extraction.quotations import left_open, trimmed
from claimtracker.extraction.remarks_after import said_then
from claimtracker.extraction.reporting_words import CUE
from claimtracker.extraction.sentences import (
    PLACE_DATELINE,
    WIRE_DATELINE,
    line_wraps,
    reading_window,
    sentence_spans,
)
from claimtracker.extraction.signed_quotes import signed_suggestions
from claimtracker.extraction.soundness import sound
from claimtracker.extraction.stated_moods import stated_moods
from claimtracker.extraction.suggestion import Suggestion


def suggest(text: str, language: str, published: ClaimDate | None = None) -> list[Suggestion]:
    """Attributions found in `text`, in reading order; the language picks the lexicon ('fr', 'en').

    One suggestion per cue; an attribution inside another ("the report says officials said …")
    has its own cue and is kept beside it.
    """
    text = text.translate(_PLAIN_HYPHENS)  # same length: every span still points into the caller's text
    languages = [language] if language in CUE else ["fr", "en"]
    found: dict[tuple[int, int], tuple[Found, str, tuple[int, int]]] = {}
    sentences = sentence_spans(text)
    for start, end in sentences:
        if _headline(text, start, end):
            continue
        if dateline := WIRE_DATELINE.match(text, start, end) or PLACE_DATELINE.match(text, start, end):
            start = dateline.end()  # "Carcassonne, 12 août 2025 (AFP) - Un incendie …": from "Un"
        for lang in languages:
            for match in CUE[lang].finditer(text, start, end):
                low, high = reading_window(text, start, end, match.start())
                result = construction(text, lang, match, low, high)
                if result is not None:
                    result.speaker, result.intermediary = relayed_by.relays(
                        text, low, result.speaker, result.intermediary, result.cue[0]
                    )
                if result is not None:
                    result.content = _before_semicolon(text, low, result.content, result.cue)
                    result.content = before_own_aside(text, low, result.content)
                if result is not None and sound(text, result) and result.cue not in found:
                    found[result.cue] = (result, lang, (start, end))
            for mood in stated_moods(text, lang, start, end, list(found)):  # « Le maire est formel : « … » »
                found[mood.cue] = (mood, lang, (start, end))
    cut_nested(text, found)
    split_joined(text, [item for item, _, _ in found.values()])  # "A said B, but C, X told Reuters."
    # « Selon des propos rapportés par Les Échos, X estime … »: X's words, through Les Échos, not theirs
    relayed_remarks = {item.intermediary for item, _, _ in found.values() if item.relayed_by_enclosing}
    for cue in [
        cue
        for cue, (item, _, _) in found.items()
        if item.rule in REMARKS_RULE.values() and item.speaker in relayed_remarks
    ]:
        del found[cue]
    for cue in [cue for cue, (item, _, _) in found.items() if not sound(text, item)]:
        del found[cue]  # cut down to nothing by an attribution inside it: '"We will win," told Reuters'
    relayed = {item.relayed_cue for item, _, _ in found.values() if item.relayed_cue is not None}
    for cue in [cue for cue in found if any(0 <= cue[0] - at <= 3 for at in relayed)]:
        del found[cue]  # "…, selon Y" already read as the intermediary of the attribution it ends
    # "…, a affirmé X, cité par Tass.", "Citing two sources, Bloomberg reported that …": who
    # passed a content on is the intermediary of its attribution, not a source of its own.
    # (Not "According to the Herald, X said …": the Herald's own attribution encloses X's.)
    relays = [
        (item.intermediary, item.content)
        for item, _, _ in found.values()
        if item.intermediary and not item.relayed_by_enclosing
    ]
    for cue in [
        cue
        for cue, (item, _, _) in found.items()
        if any(
            at[0] <= item.speaker[0] < at[1]  # type: ignore[index]
            and (item.rule.endswith(("selon X.", "according to X.")) or _overlap(item.content, content))
            for at, content in relays
        )
    ]:
        del found[cue]
    dates: dict[tuple[int, int], list[re.Match]] = {}  # each sentence's date words, read once
    for _item, _lang, sentence in found.values():
        if sentence not in dates:
            dates[sentence] = date_words(text, *sentence)
    in_sentence: dict[tuple[int, int], list[Found]] = {}
    for item, _lang, sentence in found.values():
        in_sentence.setdefault(sentence, []).append(item)
    reports = {sentence: _SentenceReports(items) for sentence, items in in_sentence.items()}
    suggestions = [
        _suggestion(text, *item, published, dates[item[2]], reports[item[2]]) for item in found.values()
    ]
    suggestions = [_with_apposed_name(text, s) for s in suggestions]
    suggestions = resolve_pronouns(text, sorted(suggestions, key=lambda s: s.cue.start), sentences)
    suggestions = said_then(text, sentences, suggestions, published)  # "She made the remarks on Monday."
    suggestions = same_day_as_before(text, suggestions, published)
    suggestions = [year_named_before(text, s, published) for s in suggestions]  # "On October 17, …"
    suggestions = same_telling(text, suggestions)  # "told Newsnight that A, although she agreed B"
    if "fr" in languages:
        suggestions += narrative_infinitives(text, sentences, suggestions)
    suggestions += signed_suggestions(text, language, published, suggestions)
    return sorted(suggestions, key=lambda s: (s.content.start, s.cue.start))


class _SentenceReports:
    """The reports of one sentence, sorted, to tell which one a day belongs to: inside another's
    source ("…, according to an agreement reached last month") or after another's verb, past this
    one's words ("blames interference, a charge the ministry dismissed on Wednesday as …")."""

    def __init__(self, items: list[Found]) -> None:
        self.cues = sorted(item.cue[0] for item in items)
        self.speakers = sorted((item.speaker, item.cue) for item in items)
        self.speaker_starts = [speaker[0] for speaker, _ in self.speakers]

    def another_s(self, m: re.Match, item: Found) -> bool:
        at = m.start()
        later_cue = bisect.bisect_left(self.cues, max(item.cue[1], item.content[1]))
        if later_cue < len(self.cues) and self.cues[later_cue] <= at:
            return True
        index = bisect.bisect_right(self.speaker_starts, at) - 1
        while index >= 0 and at - self.speaker_starts[index] < 400:  # no speaker is that long
            (start, stop), cue = self.speakers[index]
            if start <= at < stop and cue != item.cue and (start, stop) != item.speaker:
                return True
            index -= 1
        return False


def _overlap(first: tuple[int, int], second: tuple[int, int]) -> bool:
    return min(first[1], second[1]) > max(first[0], second[0])


# Where and from whom a wire story was filed: "PORTO ALEGRE, Brazil (Reuters) - ", "PARIS (AFP) — ".
_DATELINE = re.compile(
    r"(?-i:[A-ZÀ-Ý][A-ZÀ-Ý .'’-]+)(?:,[^–—\n()]{1,40}?)?(?:[\s\u00a0]*\([^()\n]{2,30}\))?[\s\u00a0]+[–—-]{1,2}(?:[\s\u00a0]+|(?=(?-i:[A-ZÀ-Ý])))"
)


# The speaker's own refusal after what they said: not part of it.
_THEN_REFUSED = re.compile(
    r"[\s\u00a0]*,?[\s\u00a0]+(?:and|but|mais|et)[\s\u00a0]+(?:declined|refused|a[\s\u00a0]+refusé|s['’]est[\s\u00a0]+refusée?)\b",
    re.IGNORECASE,
)


_TEASER = re.compile(
    r"[ \t]*(?:watch|listen|video|read more|read also|see also|live|lire aussi|à lire aussi|a lire aussi|voir aussi"
    r"|vidéo|en direct|écouter|related|also read|more on this|sur le même sujet|à voir aussi|a voir aussi)\s*:",
    re.IGNORECASE,
)


# Hyphens a typesetter put in ("a‑t‑elle"): read as the plain one.
_PLAIN_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


# A word no title ends on: the line was cut in mid-sentence.
_OPEN_END = re.compile(
    r"(?:,|(?<![\w'’-])(?:a|an|the|of|in|on|at|to|for|with|from|by|and|or|but|that|which|would|will|could"
    r"|should|has|have|had|is|was|are|were|le|la|les|un|une|des|de|du|à|au|aux|et|ou|que|qui|dans|sur|par))"
    r"[ \u00a0]*$"
)


def _headline(text: str, start: int, end: int) -> bool:
    """A short line with no closing stop, before others: a headline, a menu, a list of links
    ("Celebrity says she is heartbroken"). What a headline says, the article says again in its
    sentences, with their dates; GUM's gold leaves headlines out too."""
    while start < end and text[start].isspace():
        start += 1
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if _TEASER.match(text, line_start):
        return True  # "Watch: Minister says 'we will stay the course'": a link to another page
    if line_end == -1 or not text[line_end:].strip():
        return False  # the last line: a text pasted without its final stop
    if line_wraps(text, line_end) or _OPEN_END.search(text, max(line_start, line_end - 12), line_end):
        return False  # a line cut by a fixed width, in mid-sentence ("… she told reporters in")
    line = text[line_start:line_end].strip()
    if line and not text[:line_start].strip() and len(line.split()) <= 25:
        # the first line, a title ending on a quotation with no stop inside it: '… : « On nous a dit
        # que c'était pour notre sécurité »'
        return not line.rstrip("»”\"’' \u00a0").endswith((".", "!", "?", "…"))
    return (
        bool(line)
        and len(line.split()) <= 20
        and not line.endswith((".", "!", "?", "»", "”", '"', "’", "'", "…", ":", ";", ",", ")", "]"))
    )


def _before_semicolon(
    text: str, sentence: int, content: tuple[int, int], cue: tuple[int, int]
) -> tuple[int, int]:
    """The content up to a semicolon outside quotation marks: what follows is the writer's own
    ("X said A; B"). Inside a quotation it is the speaker's. Before its speaker, the content is
    what follows the semicolon ("A; B, X said"). A dateline before it goes too, and the speaker's
    own refusal after it ("… and declined to comment")."""
    dateline = _DATELINE.match(text, *content)
    if dateline:
        content = dateline.end(), content[1]
    refused = _THEN_REFUSED.search(text, *content)
    if refused:  # "said it was reviewing the situation and declined to comment further"
        content = content[0], refused.start()
    before_speaker = content[1] <= cue[0]
    semi = (
        text.rfind(";", content[0], content[1]) if before_speaker else text.find(";", content[0], content[1])
    )
    if semi < content[0] + 8 or any(left_open(text, sentence, semi, *marks) for marks in MARK_PAIRS):
        return content
    if before_speaker:
        return trimmed(
            text, semi + 1, content[1]
        )  # "A; three remained in a serious condition, a spokesperson told RTP"
    return content[0], len(text[:semi].rstrip(" \u00a0\u202f"))


def _with_apposed_name(text: str, suggestion: Suggestion) -> Suggestion:
    """ "The spokesman, John Smith, said": the whole phrase is the speaker, the name who it is."""
    spans = [(s.start, s.end) for s in (suggestion.speaker, suggestion.cue, suggestion.content)]
    name = appositions.name_apposed_to(text, *spans)
    if name is None:
        return suggestion
    content = suggestion.content
    if content.start == name[0]:  # the content started at the name: it starts after it
        content = Span(*trimmed(text, text.index(",", name[1]) + 1, content.end))
    return replace(
        suggestion, speaker=Span(suggestion.speaker.start, name[1]), speaker_name=Span(*name), content=content
    )


def _suggestion(
    text: str,
    found: Found,
    language: str,
    sentence: tuple[int, int],
    published: ClaimDate | None,
    dates: list[re.Match],
    reports: _SentenceReports,
) -> Suggestion:
    # read lazily, nearest date first: a long sentence may hold hundreds of dates and reports
    wording, claim_date = claim_day(text, found, published, dates, lambda m: reports.another_s(m, found))
    return Suggestion(
        cue=Span(*found.cue),
        speaker=Span(*found.speaker),
        content=Span(*found.content),
        intermediary=(
            Span(*found.intermediary)
            if found.intermediary
            and not a_narrator_told_someone(text, found.speaker, found.cue, found.intermediary)
            else None
        ),
        claim_date=claim_date,
        date_wording=wording,
        confidence=found.confidence,
        rule=found.rule,
        language=language,
    )
