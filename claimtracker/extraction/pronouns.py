"""Pronoun speakers ("il", "she") linked to the named speaker they refer to."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from claimtracker.domain.claims import Span
from claimtracker.extraction.persons import names_a_person
from claimtracker.extraction.reporting_words import PRONOUNS

if TYPE_CHECKING:
    from claimtracker.extraction.attributions import Suggestion

_NAME = re.compile(r"[A-ZÀ-Ý][\w'’.-]*")
# Pronouns that stand for someone named before; "selon lui", "according to them" too.
_REFERRING = PRONOUNS - {"i", "je", "we", "nous", "on"} | {"lui", "eux", "him", "them"}
_PLURAL = frozenset("they them ils elles eux".split())
# « Le procureur … a-t-elle ajouté »: a French pronoun never stands for a noun of the other gender.
_MASCULINE = re.compile(r"(?:le|un|ce|cet|du)[\s\u00a0]", re.IGNORECASE)
_FEMININE = re.compile(r"(?:la|une|cette)[\s\u00a0]", re.IGNORECASE)
# « il », « elle » never stand for a plural: « Les syndicats revendiquent … , a-t-elle précisé »
_PLURAL_NP = r"(?:les|des|ces|leurs|ses)[\s\u00a0]"
_OTHER_GENDER = defaultdict(
    lambda: re.compile(r"(?!)"),
    {
        "elle": re.compile(f"{_MASCULINE.pattern}|{_PLURAL_NP}", re.I),
        "elles": _MASCULINE,
        "il": re.compile(f"{_FEMININE.pattern}|{_PLURAL_NP}", re.I),
        "ils": _FEMININE,
    },
)
_FULL_NAME = re.compile(r"(?-i:[A-ZÀ-Ý][\w’'-]+)(?:[ \u00a0]+(?-i:[A-ZÀ-Ý][\w’'-]+))+")  # on one line


class _Said:
    """What the suggestions' contents cover, merged: whether a position lies in what someone said,
    in a bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [start for start, _end in merged]
        self.ends = [end for _start, end in merged]

    def __contains__(self, at: int) -> bool:
        index = bisect_right(self.starts, at) - 1
        return index >= 0 and at < self.ends[index]


def _last_full_name(text: str, before: int, said: _Said) -> tuple[int, int] | None:
    """The last name of two capitalised words in the 400 characters before `before`.

    Names inside what someone said are what they spoke about, not who speaks next: skipped.
    """
    found = None
    for name in _FULL_NAME.finditer(text, max(0, before - 400), before):
        if name.start() not in said and _in_prose(text, name.start()) and not _is_turn(text, name.start()):
            found = name.span()  # an interview's "Jane Doe:" speaks as "I", never as "she"
    return found


# "Par Claire Martin, avec AFP", "By John Smith": who wrote the article, not who speaks in it.
_BYLINE = re.compile(r"[\s\u00a0]*(?:Par|By)[\s\u00a0]")


def _in_prose(text: str, at: int) -> bool:
    """Whether `at` lies in a paragraph of prose: not a byline, nor a menu or a share bar of a
    scraped page ("Partager sur Facebook Partager sur X"), whose lines end with no stop."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end != -1 else len(text)].rstrip()
    return not _BYLINE.match(line) and line.endswith((".", "!", "?", "»", "”", '"', "…"))


# A sentence whose subject is a person named in full: "Maria Zakharova rejected …", "The
# spokeswoman, Maria Zakharova, rejected …".
_BEFORE_SUBJECT = (  # an opener or a title and its comma; or a title: "Le président Luiz Inacio Lula"
    r"(?:[^,.;:!?«»“”\"\n]{0,60},[\s\u00a0]*"
    r"|(?i:le|la|les|l['’]|the|un|une|a|an)[\s\u00a0]+(?:(?-i:[a-zà-ÿ])[\w'’-]*[\s\u00a0]+){1,4}|(?i:l)['’](?:(?-i:[a-zà-ÿ])[\w'’-]*[\s\u00a0]+){1,4}"
    # where they belong, then a title: "Stoke boss Tony Pulis", "Labour leader Keir Starmer"
    # (not a pronoun and its verb: "He told the Evening Post …" names no one)
    r"|(?!(?-i:He|She|It|They|We|I|Il|Elle|Ils|Elles|On|Nous)\b)(?-i:[A-Z][\w'’-]+)[\s\u00a0]+"
    r"(?:(?-i:[a-z])[\w'’-]*[\s\u00a0]+){1,2}(?=(?-i:[A-Z])))?"
)
# A dateline before it: "Indore (Madhya Pradesh): Union minister …, Ashwini Kumar Choubey, played …".
_DATELINE = r"(?:(?-i:[A-Z][\w.-]*)(?:[ \u00a0](?-i:[A-Z][\w.-]*)){0,2}(?:[ \u00a0]*\([^)\n]{1,40}\))?[ \u00a0]*:[ \u00a0]*)?"
_NAMED_SUBJECT = re.compile(rf"[\s\u00a0]*{_DATELINE}{_BEFORE_SUBJECT}(?P<name>{_FULL_NAME.pattern})")


# The same by a surname alone: "Zelenskiy, in his nightly address, accused …".
_SURNAME_SUBJECT = re.compile(rf"[\s\u00a0]*{_BEFORE_SUBJECT}(?P<name>(?-i:[A-ZÀ-Ý])[\w’'-]+)(?=[\s\u00a0,])")


# People named by a body they belong to, before its name: "Scientists from Oxford University".
_GROUP_OF = re.compile(
    r"(?<![\w'’-])(?:[A-ZÀ-Ýa-zà-ÿ][\w'’-]*[\s\u00a0]+)?(?-i:[A-Za-zà-ÿ][a-zà-ÿ]+s)[\s\u00a0]+(?:from|at|of|with|for"
    r"|de|du|des|d['’])(?:[\s\u00a0]+(?:the|la|le|l['’]))?[\s\u00a0]*$"
)
# Someone asked, who answers next: "Wikinews asked Alan Grant whether …", "a demandé à Grant si".
_ASKED = re.compile(
    r"\b(?:asked|a[\s\u00a0]+demandé[\s\u00a0]+à)[\s\u00a0]+(?P<name>(?-i:[A-ZÀ-Ý])[\w’'-]+(?:[ \u00a0]+(?-i:[A-ZÀ-Ý])[\w’'-]+)*)"
)


def _newer_subject(
    text: str, starts: list[int], after: int, before: int, said: _Said
) -> tuple[int, int] | None:
    """The person named as the subject of a sentence between the last named speaker and a
    pronoun: the pronoun is more likely theirs ("… Maria Zakharova rejected the claims. She said …").
    Named in full, or by the surname of someone named in full before ("Zelenskiy")."""
    found = None
    surnames: dict[str, int] | None = None  # surname → where its full name first stands
    for index, start in enumerate(starts):
        if start >= before:
            break
        if start < after or start in said:
            continue
        stop = min(before, starts[index + 1] if index + 1 < len(starts) else before)
        asked = _ASKED.search(text, start, stop)
        if asked and asked.start("name") not in said:  # "Wikinews asked Grant whether … He replied …"
            found = asked.span("name")
            continue
        subject = _NAMED_SUBJECT.match(text, start, before)
        if subject is None and (alone := _SURNAME_SUBJECT.match(text, start, before)):
            if surnames is None:
                surnames = {}
                for name in _FULL_NAME.finditer(text, 0, before):
                    surnames.setdefault(name.group(0).split()[-1], name.start())
            named_before = surnames.get(alone.group("name"), before) < alone.start("name")
            subject = alone if named_before else None
        if subject and subject.start("name") not in said:
            found = subject.span("name")
    return found


def _prose_subject(text: str, starts: list[int], before: int, said: _Said) -> tuple[int, int] | None:
    """The person a sentence of prose in the 400 characters before `before` is about (not a byline,
    a menu, nor an interview's "Jane Doe:")."""
    subject = _newer_subject(text, starts, max(0, before - 400), before, said)
    return subject if subject and _in_prose(text, subject[0]) and not _is_turn(text, subject[0]) else None


# An interview's turn: "Jane Doe: …" at the start of the paragraph.
_TURN = re.compile(
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w’'.-]*(?:[ \u00a0]+(?-i:[A-ZÀ-Ý])[\w’'.-]*){0,3})[ \u00a0]*:[ \u00a0]"
)


def _is_turn(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return at == line_start and _TURN.match(text, line_start) is not None


def _turn_of(text: str, at: int) -> Span | None:
    """Who speaks in the interview turn holding `at`, named at its paragraph's start."""
    turn = _TURN.match(text, text.rfind("\n", 0, at) + 1, at)
    return Span(*turn.span("name")) if turn else None


def resolve_pronouns(
    text: str, suggestions: list[Suggestion], sentences: list[tuple[int, int]]
) -> list[Suggestion]:
    """A pronoun speaker carries the named speaker before it (within a few paragraphs).

    The last named speaker wins; a name mentioned outside any quotation stands in when no speaker
    was named yet ("Marie Curie a quitté la réunion. « … », a-t-elle ajouté.").
    """
    said = _Said([(s.content.start, s.content.end) for s in suggestions])
    starts = [start for start, _end in sentences]
    resolved, last_named = [], None
    for suggestion in suggestions:
        speaker = text[suggestion.speaker.start : suggestion.speaker.end]
        if speaker.lower() in ("i", "je", "j'", "j’"):
            turn = _turn_of(text, suggestion.speaker.start)
            if turn is not None:  # "Jane Doe: … I told her …": the interviewee
                suggestion = replace(suggestion, speaker_name=turn)
        elif speaker.lower() in _REFERRING:
            if last_named is not None and suggestion.cue.start - last_named.end > 2500:
                last_named = None
            if last_named is None:  # a person the subject of a sentence before, else the last name
                mentioned = _prose_subject(text, starts, suggestion.speaker.start, said) or _last_full_name(
                    text, suggestion.speaker.start, said
                )
                last_named = Span(*mentioned) if mentioned else None
            else:
                newer = _newer_subject(text, starts, last_named.end, suggestion.speaker.start, said)
                last_named = Span(*newer) if newer else last_named
            named = last_named
            if named is not None and speaker.lower() in _PLURAL:
                group = _GROUP_OF.search(text, max(0, named.start - 60), named.start)
                named = (
                    Span(group.start(), named.end) if group else named
                )  # "Scientists from Oxford University"
            one_person = named is not None and (
                names_a_person(text[named.start : named.end], text) or _is_turn(text, named.start)
            )  # (an interview's turn is one person's: "Sarah Cole: … They argue that …" are others)
            if (
                named is not None
                and not (speaker.lower() in _PLURAL and one_person)
                and not _OTHER_GENDER[speaker.lower()].match(text, named.start, named.end)
            ):
                suggestion = replace(suggestion, speaker_name=named)  # (not "they" for "Ms Lee")
        elif _NAME.search(speaker) and len(speaker.split()) <= 8 and suggestion.speaker.start not in said:
            last_named = (
                suggestion.speaker
            )  # not a speaker quoted by another: '"My boss told me …," she said'
        resolved.append(suggestion)
    return resolved
